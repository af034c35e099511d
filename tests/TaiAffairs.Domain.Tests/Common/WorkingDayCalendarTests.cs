using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace TaiAffairs.Domain.Tests.Common;

[Properties(Arbitrary = new[] { typeof(KernelGenerators) })]
public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.ChinaMainland;

    [Fact]
    public void Year2021_Has250WorkingDays()
    {
        Assert.Equal(250, Calendar.CountWorkingDays(ReportingPeriod.ForYear(2021)));
    }

    [Fact]
    public void MakeUpDays2021_AreWorkingDays()
    {
        Assert.True(Calendar.IsWorkingDay(7.February(2021)));
        Assert.Equal(DayKind.MakeUpWorkingDay, Calendar.GetDayKind(7.February(2021)));
        Assert.True(Calendar.IsWorkingDay(9.October(2021)));
        Assert.Equal(DayKind.MakeUpWorkingDay, Calendar.GetDayKind(9.October(2021)));
    }

    [Fact]
    public void NationalDayWeek2021_IsOff()
    {
        for (var day = 1; day <= 7; day++)
        {
            Assert.False(Calendar.IsWorkingDay(new LocalDate(2021, 10, day)));
        }

        Assert.Equal(DayKind.PublicHoliday, Calendar.GetDayKind(6.October(2021)));
        Assert.Equal("国庆节", Calendar.GetHolidayName(6.October(2021)));
        Assert.Null(Calendar.GetHolidayName(12.October(2021)));
        Assert.Equal(DayKind.RestDay, Calendar.GetDayKind(16.October(2021)));
        Assert.Equal(DayKind.WorkingDay, Calendar.GetDayKind(8.October(2021)));
    }

    [Fact]
    public void SecondWorkingDayAfter_TheEveOfNationalDay_IsTheMakeUpSaturday()
    {
        // 2021-09-30 (Thursday): 10-01..07 are off, 10-08 (Friday) is the first working day, 10-09 (Saturday, 调休) the second.
        Assert.Equal(9.October(2021), Calendar.AddWorkingDays(30.September(2021), 2));
        Assert.Equal(30.September(2021), Calendar.AddWorkingDays(8.October(2021), -1));
        Assert.Equal(2, Calendar.WorkingDaysBetween(30.September(2021), 9.October(2021)));
        Assert.Equal(-2, Calendar.WorkingDaysBetween(9.October(2021), 30.September(2021)));
    }

    [Fact]
    public void AddZero_ReturnsTheDateItself()
    {
        var saturday = 16.October(2021);
        Assert.Equal(saturday, Calendar.AddWorkingDays(saturday, 0));
    }

    /// <summary>
    /// The embedded table against the State Council notices' own facts, kept in this repository so that a fresh clone
    /// checks it: each year's working days, and the weekend days the notices made working days (调休上班; a late-December
    /// one may come from the next year's notice).
    /// </summary>
    [Theory]
    [InlineData(2007, 249, "02-17,02-25,04-28,04-29,09-29,09-30,12-29")]
    [InlineData(2008, 251, "02-02,02-03,05-04,09-27,09-28")]
    [InlineData(2009, 250, "01-04,01-24,02-01,05-31,09-27,10-10")]
    [InlineData(2010, 250, "02-20,02-21,06-12,06-13,09-19,09-25,09-26,10-09")]
    [InlineData(2011, 250, "01-30,02-12,04-02,10-08,10-09,12-31")]
    [InlineData(2012, 249, "01-21,01-29,03-31,04-01,04-28,09-29")]
    [InlineData(2013, 250, "01-05,01-06,02-16,02-17,04-07,04-27,04-28,06-08,06-09,09-22,09-29,10-12")]
    [InlineData(2014, 250, "01-26,02-08,05-04,09-28,10-11")]
    [InlineData(2015, 249, "01-04,02-15,02-28,09-06,10-10")]
    [InlineData(2016, 250, "02-06,02-14,06-12,09-18,10-08,10-09")]
    [InlineData(2017, 249, "01-22,02-04,04-01,05-27,09-30")]
    [InlineData(2018, 250, "02-11,02-24,04-08,04-28,09-29,09-30,12-29")]
    [InlineData(2019, 250, "02-02,02-03,04-28,05-05,09-29,10-12")]
    [InlineData(2020, 249, "01-19,04-26,05-09,06-28,09-27,10-10")]
    [InlineData(2021, 250, "02-07,02-20,04-25,05-08,09-18,09-26,10-09")]
    [InlineData(2022, 249, "01-29,01-30,04-02,04-24,05-07,10-08,10-09")]
    [InlineData(2023, 249, "01-28,01-29,04-23,05-06,06-25,10-07,10-08")]
    [InlineData(2024, 251, "02-04,02-18,04-07,04-28,05-11,09-14,09-29,10-12")]
    [InlineData(2025, 248, "01-26,02-08,04-27,09-28,10-11")]
    [InlineData(2026, 248, "01-04,02-14,02-28,05-09,09-20,10-10")]
    public void EmbeddedTable_AgreesWithEachNoticesWorkingDaysAndMakeUpDays(int year, int workingDays, string makeUpDays)
    {
        var expected = makeUpDays.Split(',').Select(md => new LocalDate(year, int.Parse(md[..2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(md[3..], System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var madeUp = Enumerable.Range(0, ReportingPeriod.ForYear(year).LengthInDays)
            .Select(i => new LocalDate(year, 1, 1).PlusDays(i))
            .Where(d => Calendar.GetDayKind(d) == DayKind.MakeUpWorkingDay)
            .ToArray();

        Assert.Equal(workingDays, Calendar.CountWorkingDays(ReportingPeriod.ForYear(year)));
        Assert.Equal(expected, madeUp);
        Assert.All(expected, d => Assert.True(d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday));
    }

    [Fact]
    public void TheEmbeddedTable_CoversTheNoticesOf2007To2026()
    {
        Assert.Equal(2007, Calendar.FirstCoveredYear);
        Assert.Equal(2026, Calendar.LastCoveredYear);
        Assert.Equal(20, Calendar.Years.Count);
    }

    [Fact]
    public void LateDecember_FollowsTheNextYearsNotice()
    {
        // The 2008 notice made 2007-12-29 (Saturday) a working day and 2007-12-31 (Monday) a holiday.
        Assert.True(Calendar.IsWorkingDay(29.December(2007)));
        Assert.False(Calendar.IsWorkingDay(31.December(2007)));
    }

    [Theory]
    [InlineData(2006, 12, 31)]
    [InlineData(2027, 1, 4)]
    public void UncoveredYear_IsASpecificError(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);

        var ex = Assert.Throws<CalendarYearNotCoveredException>(() => Calendar.IsWorkingDay(date));
        Assert.Equal(year, ex.Year);
        Assert.Equal(2007, ex.FirstCoveredYear);
        Assert.Equal(2026, ex.LastCoveredYear);
        Assert.False(Calendar.Covers(date));
        Assert.Throws<CalendarYearNotCoveredException>(() => Calendar.AddWorkingDays(date, 1));
        Assert.Throws<CalendarYearNotCoveredException>(() => Calendar.WorkingDaysBetween(4.January(2021), date));
    }

    [Fact]
    public void AddWorkingDays_PastTheLastCoveredYear_Throws()
    {
        var ex = Assert.Throws<CalendarYearNotCoveredException>(() => Calendar.AddWorkingDays(30.December(2026), 5));
        Assert.Equal(2027, ex.Year);
        Assert.Throws<CalendarYearNotCoveredException>(() => Calendar.AddWorkingDays(5.January(2007), -5));
    }

    [Fact]
    public void WithYears_AddsANoticeTheCallerSupplies()
    {
        var notice2027 = HolidayYear.Create(2027, [new HolidayAdjustment(1.January(2027), "元旦", true)]);

        var extended = Calendar.WithYears([notice2027]);

        Assert.Equal(2027, extended.LastCoveredYear);
        Assert.False(extended.IsWorkingDay(1.January(2027)));
        Assert.True(extended.IsWorkingDay(4.January(2027)));
        Assert.Equal(4.January(2027), extended.AddWorkingDays(31.December(2026), 1));
        Assert.False(Calendar.Covers(1.January(2027)));
    }

    [Fact]
    public void WithYears_LeavingAGap_Throws()
    {
        var notice2029 = HolidayYear.Create(2029, []);

        Assert.Throws<ArgumentException>(() => Calendar.WithYears([notice2029]));
        Assert.Throws<ArgumentException>(() => WorkingDayCalendar.FromYears([]));
        Assert.Throws<ArgumentException>(() => WorkingDayCalendar.FromYears([notice2029, notice2029]));
    }

    [Theory]
    [InlineData("not json", "holiday.json")]
    [InlineData("{}", "holiday.year")]
    [InlineData("{\"year\": 2027}", "holiday.day")]
    [InlineData("{\"year\": 2027, \"days\": [{\"date\": \"2027-13-01\", \"isOffDay\": true}]}", "holiday.day")]
    [InlineData("{\"year\": 2027, \"days\": [{\"date\": \"2025-01-01\", \"isOffDay\": true}]}", "holiday.date-outside-year")]
    [InlineData("{\"year\": 2027, \"days\": [{\"date\": \"2027-01-01\", \"isOffDay\": true}, {\"date\": \"2027-01-01\", \"isOffDay\": true}]}", "holiday.duplicate-date")]
    public void TryParseHolidayCnJson_BadNotice_NamesTheRule(string json, string code)
    {
        var result = HolidayYear.HolidayCnJsonPattern.Parse(json);
        Assert.False(HolidayYear.TryParseHolidayCnJson(json, out var refused));
        Assert.Null(refused);

        Assert.False(result.Success);
        Assert.Equal(code, result.Error!.Code);
    }

    [Property]
    public bool IsWorkingDay_AgreesWithTheRule(LocalDate date)
    {
        var kind = Calendar.GetDayKind(date);
        var weekend = date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
        return Calendar.IsWorkingDay(date) == kind is DayKind.WorkingDay or DayKind.MakeUpWorkingDay
               && (kind != DayKind.MakeUpWorkingDay || weekend)
               && (kind != DayKind.RestDay || weekend)
               && (kind != DayKind.WorkingDay || !weekend);
    }

    [Property]
    public Property WorkingDaysBetween_CountsDayByDay() =>
        Prop.ForAll(
            Arb.From(from a in KernelGenerators.CoveredDateGen from span in Gen.Choose(-400, 400) select (a, span)),
            t =>
            {
                var b = t.a.PlusDays(t.span);
                if (!Calendar.Covers(b))
                {
                    return true;
                }

                var (from, to, sign) = b >= t.a ? (t.a, b, 1) : (b, t.a, -1);
                var expected = 0;
                for (var d = from.PlusDays(1); d <= to; d = d.PlusDays(1))
                {
                    expected += Calendar.IsWorkingDay(d) ? 1 : 0;
                }

                return Calendar.WorkingDaysBetween(t.a, b) == sign * expected
                       && Calendar.WorkingDaysBetween(b, t.a) == -sign * expected;
            });

    [Property]
    public Property AddWorkingDays_IsConsistentWithWorkingDaysBetween() =>
        Prop.ForAll(
            Arb.From(from d in KernelGenerators.CoveredDateGen.Where(x => x.Year is > 2007 and < 2026) from n in Gen.Choose(-250, 250) select (d, n)),
            t =>
            {
                var reached = Calendar.AddWorkingDays(t.d, t.n);
                var forwardHolds = t.n < 0 || Calendar.WorkingDaysBetween(t.d, reached) == t.n;
                var backwardHolds = t.n >= 0 || !Calendar.IsWorkingDay(t.d) || Calendar.WorkingDaysBetween(t.d, reached) == t.n;
                var lands = t.n == 0 ? reached == t.d : Calendar.IsWorkingDay(reached);
                var direction = t.n switch { > 0 => reached > t.d, < 0 => reached < t.d, _ => true };
                return forwardHolds && backwardHolds && lands && direction;
            });

    [Property]
    public Property AddWorkingDays_IsTheFirstSuchDay() =>
        Prop.ForAll(
            Arb.From(from d in KernelGenerators.CoveredDateGen.Where(x => x.Year is > 2007 and < 2026) from n in Gen.Choose(1, 30) select (d, n)),
            t =>
            {
                var date = t.d;
                var left = t.n;
                while (left > 0)
                {
                    date = date.PlusDays(1);
                    left -= Calendar.IsWorkingDay(date) ? 1 : 0;
                }

                return Calendar.AddWorkingDays(t.d, t.n) == date;
            });

    [Property]
    public Property CountWorkingDays_OfAYear_IsTheSumOfItsQuartersAndOfItsDays() =>
        Prop.ForAll(
            Arb.From(Gen.Choose(2007, 2026)),
            year =>
            {
                var period = ReportingPeriod.ForYear(year);
                var dayByDay = Enumerable.Range(0, period.LengthInDays).Count(i => Calendar.IsWorkingDay(period.Start.PlusDays(i)));
                return Calendar.CountWorkingDays(period) == dayByDay
                       && period.Quarters().Sum(Calendar.CountWorkingDays) == dayByDay;
            });

    [Fact]
    public void WorkingEntryOnAWeekday_IsAnOrdinaryWorkingDay()
    {
        // The 2020 notice extended the Spring Festival to 2020-02-02 and lists Monday 2020-02-03 as a working day.
        Assert.Equal(DayKind.WorkingDay, Calendar.GetDayKind(3.February(2020)));
        Assert.Equal(DayKind.PublicHoliday, Calendar.GetDayKind(31.January(2020)));
    }
}
