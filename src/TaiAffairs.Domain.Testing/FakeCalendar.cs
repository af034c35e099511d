namespace TaiAffairs.Domain.Testing;

/// <summary>
/// Working-day calendars for tests whose expectations should not depend on the State Council's notices: weekends
/// only, or weekends plus the days a test names. Built with the package's own <see cref="WorkingDayCalendar.FromYears"/>.
/// </summary>
/// <example>
/// <code>
/// var calendar = FakeCalendar.WeekendsOnly(2021, 2022);
/// calendar.AddWorkingDays(1.October(2021), 1); // 4 October 2021, a Monday: no National Day holiday here
/// </code>
/// </example>
public static class FakeCalendar
{
    /// <summary>A calendar covering <paramref name="firstYear"/> to <paramref name="lastYear"/> in which every weekday works and every weekend rests.</summary>
    /// <param name="firstYear">The first year covered.</param>
    /// <param name="lastYear">The last year covered.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The years are out of order or outside 1900-9999.</exception>
    public static WorkingDayCalendar WeekendsOnly(int firstYear, int lastYear) => With(firstYear, lastYear, [], []);

    /// <summary>A calendar covering <paramref name="firstYear"/> to <paramref name="lastYear"/> with the given days off and make-up working days on top of weekends.</summary>
    /// <param name="firstYear">The first year covered.</param>
    /// <param name="lastYear">The last year covered.</param>
    /// <param name="daysOff">Weekdays that are holidays.</param>
    /// <param name="workingWeekendDays">Weekend days that are worked (调休).</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException">A list is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The years are out of order or outside 1900-9999, or a day lies outside them.</exception>
    public static WorkingDayCalendar With(int firstYear, int lastYear, IEnumerable<LocalDate> daysOff, IEnumerable<LocalDate> workingWeekendDays)
    {
        ArgumentNullException.ThrowIfNull(daysOff);
        ArgumentNullException.ThrowIfNull(workingWeekendDays);
        ArgumentOutOfRangeException.ThrowIfLessThan(firstYear, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lastYear, 9999);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstYear, lastYear);
        var adjustments = daysOff.Select(d => new HolidayAdjustment(d, "test holiday", IsOffDay: true))
            .Concat(workingWeekendDays.Select(d => new HolidayAdjustment(d, "test make-up day", IsOffDay: false)))
            .ToList();
        var outside = adjustments.FirstOrDefault(a => a.Date.Year < firstYear || a.Date.Year > lastYear);
        if (outside.Name is not null)
        {
            throw new ArgumentOutOfRangeException(nameof(daysOff), outside.Date, $"A day lies outside the years {firstYear}-{lastYear}.");
        }

        return WorkingDayCalendar.FromYears(Enumerable.Range(firstYear, lastYear - firstYear + 1)
            .Select(year => HolidayYear.Create(year, adjustments.Where(a => a.Date.Year == year))));
    }
}
