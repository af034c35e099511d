using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace TaiAffairs.Domain.Common;

/// <summary>The sources' date phrases, read into <see cref="ReportedDate"/> spans (see <see cref="ReportedDate.TryParse"/>).</summary>
internal static partial class ReportedDatePhrases
{
    private const int MaxLength = 32;

    public static ParseResult<ReportedDate> Parse(string? text, int year, WorkingDayCalendar calendar)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<ReportedDate>.ForError(ParseErrorCodes.ReportedDateEmpty, "A date phrase is empty.");
        }

        var phrase = text.Trim();
        if (phrase.Length > MaxLength || year is < 1 or > 9999)
        {
            return ParseResult<ReportedDate>.ForError(ParseErrorCodes.ReportedDateUnknown, "The date phrase is not one the sources use.");
        }

        var iso = LocalDatePattern.Iso.Parse(phrase);
        if (iso.Success)
        {
            return InRange(ReportedDate.OnDay(iso.Value));
        }

        try
        {
            return Read(phrase, year, calendar) is { } date
                ? InRange(date)
                : ParseResult<ReportedDate>.ForError(ParseErrorCodes.ReportedDateUnknown, "The date phrase is not one the sources use.");
        }
        catch (ArgumentOutOfRangeException)
        {
            // 2月30日, 13月, a holiday the calendar has no data for: a phrase with no day in it.
            return ParseResult<ReportedDate>.ForError(ParseErrorCodes.ReportedDateRange, "The date phrase names no day of the year (or a year the calendar does not cover).");
        }
    }

    /// <summary>
    /// Dates of record are 1900-9999 (as everywhere in the data-set format); a day outside that, such as 0001-01-01,
    /// would not read back from its own text.
    /// </summary>
    private static ParseResult<ReportedDate> InRange(ReportedDate date) => date.Start.Year >= 1900 && date.End.Year <= 9999
        ? ParseResult<ReportedDate>.ForValue(date)
        : ParseResult<ReportedDate>.ForError(ParseErrorCodes.ReportedDateRange, "The date is outside 1900-9999.");

    private static ReportedDate? Read(string phrase, int year, WorkingDayCalendar calendar)
    {
        var body = YearPrefix().Match(phrase) is { Success: true } m ? m : null;
        var y = year;
        var rest = phrase;
        if (body is not null)
        {
            y = body.Groups["y"].Success ? int.Parse(body.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : year;
            rest = phrase[body.Length..];
        }

        if (DayPattern().Match(rest) is { Success: true } day)
        {
            var date = new LocalDate(y, Number(day.Groups["m"].Value), Number(day.Groups["d"].Value));
            return ReportedDate.OnDay(date);
        }

        if (MonthPart().Match(rest) is { Success: true } part)
        {
            var month = Number(part.Groups["m"].Value);
            var third = part.Groups["p"].Value switch
            {
                "初" or "上旬" => 1,
                "中旬" => 2,
                _ => 3,
            };
            return ReportedDate.InThirdOfMonth(y, month, third).WithPhrase(phrase);
        }

        if (MonthOnly().Match(rest) is { Success: true } monthOnly)
        {
            return ReportedDate.InMonth(y, Number(monthOnly.Groups["m"].Value)).WithPhrase(phrase);
        }

        if (QuarterPattern().Match(rest) is { Success: true } quarter)
        {
            return ReportedDate.InQuarter(y, "一二三四".IndexOf(quarter.Groups["q"].Value, StringComparison.Ordinal) + 1).WithPhrase(phrase);
        }

        return rest switch
        {
            "" or "全年" or "年内" or "年度" or "本年度" or "疫情期间" => ReportedDate.InYear(y).WithPhrase(phrase),
            "年初" => Season(y, 1, 2, phrase),
            "年底" or "年末" => Season(y, 11, 12, phrase),
            "入冬" => Season(y, 11, 12, phrase),
            // A cold wave or "winter" may come at either end of a year: the span is the year.
            "寒潮来临" or "冬季" => Season(y, 1, 12, phrase),
            "汛期来临之前" or "汛期来临前" or "汛期前" => Season(y, 5, 5, phrase),
            _ => Holiday(rest, y, calendar, phrase),
        };
    }

    private static ReportedDate Season(int year, int fromMonth, int toMonth, string phrase) =>
        ReportedDate.Span(new LocalDate(year, fromMonth, 1), new LocalDate(year, toMonth, 1).With(DateAdjusters.EndOfMonth), DatePrecision.Season, phrase);

    private static ReportedDate? Holiday(string rest, int year, WorkingDayCalendar calendar, string phrase)
    {
        if (HolidayPattern().Match(rest) is not { Success: true } holiday)
        {
            return null;
        }

        var name = holiday.Groups["h"].Value;
        name = name switch { "五一" => "劳动节", "清明" => "清明节", _ => name.EndsWith('节') ? name : name + "节" };
        var notice = calendar.Years.FirstOrDefault(n => n.Year == year)
            ?? throw new ArgumentOutOfRangeException(nameof(year), "The calendar has no holidays for this year.");
        var days = notice.Adjustments.Where(a => a.IsOffDay && a.Name == name).Select(a => a.Date).Order().ToArray();
        if (days.Length == 0)
        {
            return null;
        }

        return holiday.Groups["when"].Value is "期间" or ""
            ? ReportedDate.Span(days[0], days[^1], DatePrecision.HolidayPeriod, phrase)
            : ReportedDate.Span(days[0].PlusDays(-7), days[0].PlusDays(-1), DatePrecision.HolidayPeriod, phrase);
    }

    private static int Number(string text) =>
        char.IsAsciiDigit(text[0])
            ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture)
            : ChineseNumerals.TryParse(text, out var value) && value <= 31 ? (int)value : throw new ArgumentOutOfRangeException(nameof(text));

    [GeneratedRegex(@"^(?:(?<y>\d{4})年|今年|本年)")]
    private static partial Regex YearPrefix();

    [GeneratedRegex(@"^(?<m>\d{1,2}|[一二三四五六七八九十]{1,3})月(?<d>\d{1,2}|[一二三四五六七八九十]{1,4})日$")]
    private static partial Regex DayPattern();

    [GeneratedRegex(@"^(?<m>\d{1,2}|[一二三四五六七八九十]{1,3})月(?<p>初|上旬|中旬|下旬|底|末)$")]
    private static partial Regex MonthPart();

    [GeneratedRegex(@"^(?<m>\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?$")]
    private static partial Regex MonthOnly();

    [GeneratedRegex(@"^第?(?<q>[一二三四])季度$")]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^(?<h>春节|元旦|清明|清明节|劳动节|五一|端午|端午节|中秋|中秋节|国庆|国庆节)(?<when>期间|来临之际|前夕|来临之前|之前|)$")]
    private static partial Regex HolidayPattern();
}
