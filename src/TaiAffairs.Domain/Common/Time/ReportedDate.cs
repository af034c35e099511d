using System.Globalization;
using NodaTime;

namespace TaiAffairs.Domain.Common;

/// <summary>How precisely a <see cref="ReportedDate"/> states when something happened.</summary>
public enum DatePrecision
{
    /// <summary>A day (2021年4月8日).</summary>
    Day = 0,

    /// <summary>A part of a month: 上旬 (days 1-10, also 初), 中旬 (11-20) or 下旬 (21 to the end, also 底, 末).</summary>
    PartOfMonth = 1,

    /// <summary>A named holiday period of the year, or the days just before it (国庆期间, 中秋节来临之际).</summary>
    HolidayPeriod = 2,

    /// <summary>A month (今年4月).</summary>
    Month = 3,

    /// <summary>A season or a stretch of months (年初, 寒潮来临, 汛期来临之前).</summary>
    Season = 4,

    /// <summary>A quarter (第二季度).</summary>
    Quarter = 5,

    /// <summary>A year, or an unspecified time in it (今年, 疫情期间).</summary>
    Year = 6,
}

/// <summary>
/// A date as a source states it: a day, or a span it lies in (今年4月, 9月初, 国庆期间, 中秋节来临之际, 寒潮来临, 年初,
/// 第二季度, 今年), with the phrase the source used. A review prints the phrase, never a day the data had to invent.
/// </summary>
/// <remarks>
/// The span is <see cref="Start"/> to <see cref="End"/>, both inclusive. Two reported dates are ordered only when
/// their spans do not overlap (<see cref="TryCompareTo"/>); a date is before, inside or after a <see cref="LocalDate"/>.
/// Durations are computed only when both ends are exact days (<see cref="DaysBetween"/>); otherwise
/// <see cref="DaysBetweenRange"/> gives the range. Immutable and thread-safe; equality is by span, precision and phrase.
/// </remarks>
public readonly struct ReportedDate : IEquatable<ReportedDate>
{
    private ReportedDate(LocalDate start, LocalDate end, DatePrecision precision, string? phrase) =>
        (Start, End, Precision, Phrase) = (start, end, precision, phrase);

    /// <summary>Gets the first day the date may be.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day the date may be.</summary>
    public LocalDate End { get; }

    /// <summary>Gets how precise the date is.</summary>
    public DatePrecision Precision { get; }

    /// <summary>Gets the phrase the source used (9月初), or <see langword="null"/> for a day or span given by its parts.</summary>
    public string? Phrase { get; }

    /// <summary>Gets whether the date is one day.</summary>
    public bool IsExact => Start == End;

    /// <summary>Gets the day, when the date is exact.</summary>
    public LocalDate? Day => IsExact ? Start : null;

    /// <summary>Gets whether this is the default value (no date).</summary>
    public bool IsDefault => Start == default && End == default;

    /// <summary>Compares two reported dates for equality.</summary>
    public static bool operator ==(ReportedDate left, ReportedDate right) => left.Equals(right);

    /// <summary>Compares two reported dates for inequality.</summary>
    public static bool operator !=(ReportedDate left, ReportedDate right) => !left.Equals(right);

    /// <summary>A day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The exact date.</returns>
    public static ReportedDate OnDay(LocalDate day) => new(day, day, DatePrecision.Day, null);

    /// <summary>A month of a year.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The month.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static ReportedDate InMonth(int year, int month)
    {
        var start = new LocalDate(year, month, 1);
        return new ReportedDate(start, start.With(DateAdjusters.EndOfMonth), DatePrecision.Month, null);
    }

    /// <summary>A part of a month: 上旬 is 1, 中旬 is 2, 下旬 is 3.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month.</param>
    /// <param name="third">1 for 上旬 (days 1-10), 2 for 中旬 (11-20), 3 for 下旬 (21 to the end).</param>
    /// <returns>The part of the month.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportedDate InThirdOfMonth(int year, int month, int third)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(third, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(third, 3);
        var first = new LocalDate(year, month, 1);
        var start = first.PlusDays((third - 1) * 10);
        var end = third == 3 ? first.With(DateAdjusters.EndOfMonth) : start.PlusDays(9);
        return new ReportedDate(start, end, DatePrecision.PartOfMonth, null);
    }

    /// <summary>A quarter of a year.</summary>
    /// <param name="year">The year.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The quarter.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportedDate InQuarter(int year, int quarter)
    {
        var period = ReportingPeriod.ForQuarter(year, quarter);
        return new ReportedDate(period.Start, period.End, DatePrecision.Quarter, null);
    }

    /// <summary>A year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static ReportedDate InYear(int year)
    {
        var period = ReportingPeriod.ForYear(year);
        return new ReportedDate(period.Start, period.End, DatePrecision.Year, null);
    }

    /// <summary>Gets a parser of the sources' date phrases for a year, naming holidays from a calendar.</summary>
    /// <param name="year">The year the phrases speak of (今年).</param>
    /// <param name="calendar">The calendar whose holidays give 国庆期间, 中秋节来临之际 their days.</param>
    /// <returns>The parser; see <see cref="TryParse"/> for the phrases.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    public static ValuePattern<ReportedDate> PatternFor(int year, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return new ValuePattern<ReportedDate>(text => ReportedDatePhrases.Parse(text, year, calendar));
    }

    /// <summary>
    /// Parses a source's date phrase: an ISO day (2021-04-08); 2021年4月8日 or 4月8日; 2021年4月, 今年4月 or 4月; 9月初,
    /// 9月上旬, 9月中旬, 9月下旬, 9月底, 9月末; 年初 (January-February), 年底 and 年末 (November-December); 第二季度 or 二季度;
    /// 今年, 全年, 2021年; a holiday's days (国庆期间, 春节期间, 中秋期间) and the seven days before it (中秋节来临之际,
    /// 国庆节前夕); 入冬 (November-December); 寒潮来临 and 冬季 (a cold wave may come at either end of the year: the
    /// year); 汛期来临之前 (May); 疫情期间 (the whole year).
    /// </summary>
    /// <param name="text">The phrase.</param>
    /// <param name="year">The year the phrases speak of.</param>
    /// <param name="calendar">The calendar whose holidays give the holiday periods their days.</param>
    /// <param name="result">The date; <see langword="default"/> when refused.</param>
    /// <returns>Whether the phrase was understood (why not: <see cref="PatternFor"/>). Never throws for any text.</returns>
    public static bool TryParse(string? text, int year, WorkingDayCalendar calendar, out ReportedDate result)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var parsed = ReportedDatePhrases.Parse(text, year, calendar);
        result = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }

    /// <summary>Returns the same span with the phrase the source used.</summary>
    /// <param name="phrase">The phrase, e.g. 9月初; blank for none.</param>
    /// <returns>The date stated with the phrase.</returns>
    public ReportedDate WithPhrase(string? phrase) => new(Start, End, Precision, string.IsNullOrWhiteSpace(phrase) ? null : phrase.Trim());

    /// <summary>Gets whether <paramref name="day"/> lies inside the span.</summary>
    /// <param name="day">The day.</param>
    /// <returns>Whether the date may be that day.</returns>
    public bool Contains(LocalDate day) => day >= Start && day <= End;

    /// <summary>Gets whether the whole span is before <paramref name="day"/>.</summary>
    /// <param name="day">The day.</param>
    /// <returns>Whether the date is certainly before the day.</returns>
    public bool IsBefore(LocalDate day) => End < day;

    /// <summary>Gets whether the whole span is after <paramref name="day"/>.</summary>
    /// <param name="day">The day.</param>
    /// <returns>Whether the date is certainly after the day.</returns>
    public bool IsAfter(LocalDate day) => Start > day;

    /// <summary>Orders two dates when their order is known: their spans do not overlap, or they are equal.</summary>
    /// <param name="other">The other date.</param>
    /// <param name="comparison">Negative, zero or positive; 0 when the order is not known.</param>
    /// <returns>Whether the order is known.</returns>
    public bool TryCompareTo(ReportedDate other, out int comparison)
    {
        comparison = End < other.Start ? -1 : Start > other.End ? 1 : 0;
        return comparison != 0 || (Start == other.Start && End == other.End && IsExact);
    }

    /// <summary>The days from one exact date to another; <see langword="null"/> unless both are exact days.</summary>
    /// <param name="from">The start.</param>
    /// <param name="to">The end.</param>
    /// <returns>The days, or <see langword="null"/>.</returns>
    public static int? DaysBetween(ReportedDate from, ReportedDate to) =>
        from.IsExact && to.IsExact ? Period.DaysBetween(from.Start, to.Start) : null;

    /// <summary>The least and the most days from one date to another, whatever their precision.</summary>
    /// <param name="from">The start.</param>
    /// <param name="to">The end.</param>
    /// <returns>The range of days (negative when the end may precede the start).</returns>
    public static (int Min, int Max) DaysBetweenRange(ReportedDate from, ReportedDate to) =>
        (Period.DaysBetween(from.End, to.Start), Period.DaysBetween(from.Start, to.End));

    /// <summary>The working days from one exact date to another; <see langword="null"/> unless both are exact days.</summary>
    /// <param name="from">The start.</param>
    /// <param name="to">The end.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <returns>The working days, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="CalendarYearNotCoveredException">A day is in a year the calendar does not cover.</exception>
    public static int? WorkingDaysBetween(ReportedDate from, ReportedDate to, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return from.IsExact && to.IsExact ? calendar.WorkingDaysBetween(from.Start, to.Start) : null;
    }

    /// <inheritdoc />
    public bool Equals(ReportedDate other) => Start == other.Start && End == other.End && Precision == other.Precision && Phrase == other.Phrase;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportedDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End, Precision, Phrase);

    /// <summary>Returns the phrase the source used, else the date in Chinese: 2021年4月8日, 2021年4月, 2021年9月上旬, 2021年第二季度, 2021年.</summary>
    /// <returns>The date as a review states it.</returns>
    public override string ToString() => Phrase ?? Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Start.Year}年{Start.Month}月{Start.Day}日"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Start.Year}年{Start.Month}月"),
        DatePrecision.PartOfMonth => string.Create(CultureInfo.InvariantCulture, $"{Start.Year}年{Start.Month}月{(Start.Day == 1 ? "上" : Start.Day == 11 ? "中" : "下")}旬"),
        DatePrecision.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Start.Year}年第{"一二三四"[(Start.Month - 1) / 3]}季度"),
        DatePrecision.Year => string.Create(CultureInfo.InvariantCulture, $"{Start.Year}年"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Start:uuuu-MM-dd}..{End:uuuu-MM-dd}"),
    };

    internal static ReportedDate Span(LocalDate start, LocalDate end, DatePrecision precision, string phrase) => new(start, end, precision, phrase);
}
