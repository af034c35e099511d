namespace TaiAffairs.Domain.Tests.Common;

public class ReportingPeriodTests
{
    [Fact]
    public void ForYear_SpansTheCalendarYear()
    {
        var year = ReportingPeriod.ForYear(2021);

        Assert.Equal(ReportingPeriodKind.Year, year.Kind);
        Assert.Equal(1.January(2021), year.Start);
        Assert.Equal(31.December(2021), year.End);
        Assert.Equal(365, year.LengthInDays);
        Assert.Equal("2021年", year.ToString());
    }

    [Theory]
    [InlineData(1, 1, 1, 3, 31)]
    [InlineData(2, 4, 1, 6, 30)]
    [InlineData(3, 7, 1, 9, 30)]
    [InlineData(4, 10, 1, 12, 31)]
    public void ForQuarter_SpansThreeMonths(int quarter, int startMonth, int startDay, int endMonth, int endDay)
    {
        var q = ReportingPeriod.ForQuarter(2021, quarter);

        Assert.Equal(new LocalDate(2021, startMonth, startDay), q.Start);
        Assert.Equal(new LocalDate(2021, endMonth, endDay), q.End);
        Assert.Equal(quarter, q.Quarter);
        Assert.Equal($"2021年第{quarter}季度", q.ToString());
    }

    [Fact]
    public void Between_AWholeYearOrQuarter_IsNormalised()
    {
        Assert.Equal(ReportingPeriod.ForYear(2021), ReportingPeriod.Between(1.January(2021), 31.December(2021)));
        Assert.Equal(ReportingPeriodKind.Year, ReportingPeriod.Between(1.January(2021), 31.December(2021)).Kind);
        Assert.Equal(ReportingPeriodKind.Quarter, ReportingPeriod.Between(1.April(2021), 30.June(2021)).Kind);
        Assert.Equal(ReportingPeriodKind.Interval, ReportingPeriod.Between(1.April(2021), 10.September(2021)).Kind);
    }

    [Fact]
    public void Quarters_OfAYear_AreFourInOrder()
    {
        var quarters = ReportingPeriod.ForYear(2021).Quarters();

        Assert.Equal([1, 2, 3, 4], quarters.Select(q => q.Quarter!.Value));
        Assert.Equal(365, quarters.Sum(q => q.LengthInDays));
    }

    [Fact]
    public void Contains_IncludesBothEnds()
    {
        var period = ReportingPeriod.Between(1.April(2021), 10.September(2021));

        Assert.True(period.Contains(1.April(2021)));
        Assert.True(period.Contains(10.September(2021)));
        Assert.False(period.Contains(11.September(2021)));
        Assert.True(ReportingPeriod.ForYear(2021).Contains(period));
        Assert.False(period.Contains(ReportingPeriod.ForYear(2021)));
    }

    [Fact]
    public void BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.ForQuarter(2021, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.ForYear(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Between(1.February(2021), 31.January(2021)));
        Assert.Throws<ArgumentException>(() => ReportingPeriod.Between(new LocalDate(2021, 1, 1, CalendarSystem.Julian), 1.February(2021)));
    }

    [Fact]
    public void Ordering_IsByStartThenEnd()
    {
        var q1 = ReportingPeriod.ForQuarter(2021, 1);
        var q2 = ReportingPeriod.ForQuarter(2021, 2);
        var year = ReportingPeriod.ForYear(2021);

        Assert.True(q1 < q2);
        Assert.True(q1 < year);
        Assert.True(year > q1);
        Assert.True(q1 <= ReportingPeriod.ForQuarter(2021, 1));
        Assert.True(year >= ReportingPeriod.ForYear(2021));
        Assert.Equal(0, q1.CompareTo(ReportingPeriod.ForQuarter(2021, 1)));
    }

    [Fact]
    public void CivilTime_UsesShanghai()
    {
        // 2021-09-30T16:30Z is 2021-10-01 00:30 in Shanghai.
        var instant = Instant.FromUtc(2021, 9, 30, 16, 30);

        Assert.Equal(1.October(2021), CivilTime.DateOf(instant));
        Assert.Equal(1.October(2021), CivilTime.Today(new FixedClock(instant)));
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
