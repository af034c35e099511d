using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace TaiAffairs.Domain.Tests.Common;

/// <summary>Imprecise dates as the seed states them (issue 11): parsing, ordering, containment, durations.</summary>
public class ReportedDateTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.ChinaMainland;

    private static ReportedDate Parse(string phrase)
    {
        Assert.True(ReportedDate.TryParse(phrase, 2021, Calendar, out var date), phrase);
        return date;
    }

    [Theory]
    [InlineData("今年4月", "2021-04-01", "2021-04-30", DatePrecision.Month)]
    [InlineData("9月初", "2021-09-01", "2021-09-10", DatePrecision.PartOfMonth)]
    [InlineData("2021年9月下旬", "2021-09-21", "2021-09-30", DatePrecision.PartOfMonth)]
    [InlineData("国庆期间", "2021-10-01", "2021-10-07", DatePrecision.HolidayPeriod)]
    [InlineData("中秋节来临之际", "2021-09-12", "2021-09-18", DatePrecision.HolidayPeriod)]
    [InlineData("春节期间", "2021-02-11", "2021-02-17", DatePrecision.HolidayPeriod)]
    [InlineData("疫情期间", "2021-01-01", "2021-12-31", DatePrecision.Year)]
    [InlineData("寒潮来临", "2021-01-01", "2021-12-31", DatePrecision.Season)]
    [InlineData("入冬", "2021-11-01", "2021-12-31", DatePrecision.Season)]
    [InlineData("汛期来临之前", "2021-05-01", "2021-05-31", DatePrecision.Season)]
    [InlineData("年初", "2021-01-01", "2021-02-28", DatePrecision.Season)]
    [InlineData("今年", "2021-01-01", "2021-12-31", DatePrecision.Year)]
    [InlineData("第二季度", "2021-04-01", "2021-06-30", DatePrecision.Quarter)]
    [InlineData("4月8日", "2021-04-08", "2021-04-08", DatePrecision.Day)]
    [InlineData("2021-04-08", "2021-04-08", "2021-04-08", DatePrecision.Day)]
    [InlineData("十月一日", "2021-10-01", "2021-10-01", DatePrecision.Day)]
    public void TheSeedsPhrases_AreRead_WithTheirSpan(string phrase, string start, string end, DatePrecision precision)
    {
        var date = Parse(phrase);

        Assert.Equal((start, end, precision), (date.Start.ToString("uuuu-MM-dd", null), date.End.ToString("uuuu-MM-dd", null), precision));
        Assert.Equal(precision, date.Precision);
        Assert.Equal(date.IsExact ? date.ToString() : phrase, date.IsExact ? date.ToString() : date.Phrase);
    }

    [Theory]
    [InlineData("")]
    [InlineData("某天")]
    [InlineData("2月30日")]
    [InlineData("13月")]
    [InlineData("\ud800")]
    [InlineData("0001-01-01")]
    [InlineData("-0001-01-01")]
    [InlineData("1899-12-31")]
    public void OtherText_IsRefused_WithoutThrowing(string text)
    {
        Assert.False(ReportedDate.TryParse(text, 2021, Calendar, out var date));
        Assert.True(date.IsDefault);
        Assert.False(ReportedDate.PatternFor(2021, Calendar).Parse(text).Success);
        Assert.False(ReportedDate.TryParse("国庆期间", 2040, Calendar, out _));
    }

    [Fact]
    public void Dates_AreOrdered_OnlyWhenTheirSpansDoNotOverlap()
    {
        var april = Parse("今年4月");
        var early = Parse("9月初");
        var year = Parse("疫情期间");

        Assert.True(april.TryCompareTo(early, out var c) && c < 0);
        Assert.True(early.TryCompareTo(april, out c) && c > 0);
        Assert.False(year.TryCompareTo(april, out _));
        Assert.True(Parse("4月8日").TryCompareTo(Parse("4月8日"), out c) && c == 0);
        Assert.True(april.IsBefore(new LocalDate(2021, 5, 1)));
        Assert.True(early.IsAfter(new LocalDate(2021, 8, 31)));
        Assert.True(early.Contains(new LocalDate(2021, 9, 5)));
        Assert.False(early.Contains(new LocalDate(2021, 9, 11)));
    }

    [Fact]
    public void Durations_AreComputedOnlyBetweenExactDays()
    {
        var raised = Parse("今年4月");
        var done = Parse("9月初");

        Assert.Null(ReportedDate.DaysBetween(raised, done));
        Assert.Null(ReportedDate.WorkingDaysBetween(raised, done, Calendar));
        Assert.Equal((124, 162), ReportedDate.DaysBetweenRange(raised, done)); // 4月30日 to 9月1日, 4月1日 to 9月10日
        Assert.Equal(7, ReportedDate.DaysBetween(Parse("4月1日"), Parse("4月8日")));
        Assert.Equal(Calendar.WorkingDaysBetween(new LocalDate(2021, 4, 1), new LocalDate(2021, 4, 8)), ReportedDate.WorkingDaysBetween(Parse("4月1日"), Parse("4月8日"), Calendar));
    }

    [Property]
    public bool ADayIsInsideEveryPhraseSpanThatContainsIt_AndOrderAgreesWithDays(int a, int b)
    {
        var first = ReportedDate.OnDay(new LocalDate(2021, 1, 1).PlusDays(Math.Abs(a % 365)));
        var second = ReportedDate.OnDay(new LocalDate(2021, 1, 1).PlusDays(Math.Abs(b % 365)));
        var month = ReportedDate.InMonth(2021, first.Start.Month);

        return month.Contains(first.Start)
            && first.TryCompareTo(second, out var c) && Math.Sign(c) == Math.Sign(first.Start.CompareTo(second.Start))
            && ReportedDate.DaysBetween(first, second) == Period.DaysBetween(first.Start, second.Start);
    }

    [Property]
    public bool EveryParsedDate_ReadsBackFromItsOwnText(int day, int which)
    {
        // Found by fuzzing: a case's "raised" of 0001-01-01 imported, then printed as 1年1月1日, which did not read back.
        string[] phrases = ["今年4月", "9月初", "国庆期间", "中秋节来临之际", "第三季度", "2021年", "年初", "寒潮来临"];
        var text = which % 2 == 0
            ? new LocalDate(1900, 1, 1).PlusDays((int)((long)day * 20_011 % 2_000_000)).ToString("uuuu-MM-dd", null)
            : phrases[Math.Abs(which % phrases.Length)];
        if (!ReportedDate.TryParse(text, 2021, Calendar, out var date))
        {
            return !ReportedDate.PatternFor(2021, Calendar).Parse(text).Success;
        }

        return ReportedDate.TryParse(date.ToString(), 2021, Calendar, out var again) && again == date;
    }
}
