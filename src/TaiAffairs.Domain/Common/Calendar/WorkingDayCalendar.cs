using NodaTime;

namespace TaiAffairs.Domain.Common;

/// <summary>
/// The China mainland calendar of working days: Monday to Friday, minus public holidays, plus make-up
/// working days (调休), as the State Council's yearly notices set them. <see cref="ChinaMainland"/> carries
/// the notices for 2007-2026, embedded in the package.
/// </summary>
/// <remarks>
/// <para>Every query is O(1): the calendar precomputes, for its covered years, a running count of working
/// days and the list of working dates. A date in a year the calendar has no notice for is an error
/// (<see cref="CalendarYearNotCoveredException"/>), never a guess. The last covered December may still be
/// moved by the next year's notice; add that notice with <see cref="WithYears(IEnumerable{HolidayYear})"/>.</para>
/// <para>Conventions: <see cref="WorkingDaysBetween(LocalDate, LocalDate)"/> counts the working days in
/// (start, end], negated when end is before start, so it is antisymmetric; <see cref="AddWorkingDays(LocalDate, int)"/>
/// with n &gt; 0 is the n-th working day after the date ("the second working day after application" is
/// <c>AddWorkingDays(application, 2)</c>), with n &lt; 0 the |n|-th working day before it, with 0 the date
/// itself. For every date d and n ≥ 0, and for every working day d and any n,
/// <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c>.</para>
/// <para>Immutable and thread-safe; equality is by reference.</para>
/// </remarks>
public sealed class WorkingDayCalendar
{
    private static readonly Lazy<WorkingDayCalendar> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SortedDictionary<int, HolidayYear> years;
    private readonly LocalDate firstDate;
    private readonly int[] yearStart;
    private readonly DayKind[] kinds;
    private readonly int[] workingBefore;
    private readonly LocalDate[] workingDates;
    private readonly Dictionary<LocalDate, string> names;

    private WorkingDayCalendar(SortedDictionary<int, HolidayYear> years)
    {
        this.years = years;
        FirstCoveredYear = years.Keys.First();
        LastCoveredYear = years.Keys.Last();
        firstDate = new LocalDate(FirstCoveredYear, 1, 1);

        var yearCount = LastCoveredYear - FirstCoveredYear + 1;
        yearStart = new int[yearCount + 1];
        for (var i = 0; i < yearCount; i++)
        {
            yearStart[i + 1] = yearStart[i] + CalendarSystem.Iso.GetDaysInYear(FirstCoveredYear + i);
        }

        var dayCount = yearStart[yearCount];
        kinds = new DayKind[dayCount];
        var date = firstDate;
        for (var i = 0; i < dayCount; i++, date = date.PlusDays(1))
        {
            kinds[i] = date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? DayKind.RestDay : DayKind.WorkingDay;
        }

        // Later notices win: a notice may move the end of the previous December.
        names = [];
        foreach (var year in years.Values)
        {
            foreach (var adjustment in year.Adjustments)
            {
                if (adjustment.Date.Year < FirstCoveredYear)
                {
                    continue;
                }

                var weekend = adjustment.Date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
                kinds[IndexOf(adjustment.Date)] = adjustment.IsOffDay ? DayKind.PublicHoliday
                    : weekend ? DayKind.MakeUpWorkingDay
                    : DayKind.WorkingDay;
                names[adjustment.Date] = adjustment.Name;
            }
        }

        workingBefore = new int[dayCount + 1];
        var working = new List<LocalDate>(dayCount * 3 / 4);
        date = firstDate;
        for (var i = 0; i < dayCount; i++, date = date.PlusDays(1))
        {
            var isWorking = kinds[i] is DayKind.WorkingDay or DayKind.MakeUpWorkingDay;
            workingBefore[i + 1] = workingBefore[i] + (isWorking ? 1 : 0);
            if (isWorking)
            {
                working.Add(date);
            }
        }

        workingDates = working.ToArray();
    }

    /// <summary>Gets the calendar of the State Council notices for 2007-2026, embedded in the package.</summary>
    public static WorkingDayCalendar ChinaMainland => Embedded.Value;

    /// <summary>Gets the first year the calendar has a notice for.</summary>
    public int FirstCoveredYear { get; }

    /// <summary>Gets the last year the calendar has a notice for.</summary>
    public int LastCoveredYear { get; }

    /// <summary>Gets the notices the calendar was built from, in year order.</summary>
    public IReadOnlyList<HolidayYear> Years => Array.AsReadOnly(years.Values.ToArray());

    /// <summary>Builds a calendar from yearly notices.</summary>
    /// <param name="notices">At least one notice; their years must be distinct and contiguous.</param>
    /// <returns>The calendar covering the notices' years.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="notices"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No notices, a year given twice, or a gap between years.</exception>
    public static WorkingDayCalendar FromYears(IEnumerable<HolidayYear> notices)
    {
        ArgumentNullException.ThrowIfNull(notices);
        var byYear = new SortedDictionary<int, HolidayYear>();
        foreach (var notice in notices)
        {
            ArgumentNullException.ThrowIfNull(notice, nameof(notices));
            if (!byYear.TryAdd(notice.Year, notice))
            {
                throw new ArgumentException($"The notice for {notice.Year} is given twice.", nameof(notices));
            }
        }

        RequireContiguous(byYear, nameof(notices));
        return new WorkingDayCalendar(byYear);
    }

    /// <summary>
    /// Returns a calendar with more notices: a year not yet covered is added (it must extend the range without
    /// a gap), a covered year is replaced by the new notice.
    /// </summary>
    /// <param name="notices">The notices to add or replace.</param>
    /// <returns>A new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="notices"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A year is given twice, or the years would leave a gap.</exception>
    public WorkingDayCalendar WithYears(IEnumerable<HolidayYear> notices)
    {
        ArgumentNullException.ThrowIfNull(notices);
        var byYear = new SortedDictionary<int, HolidayYear>(years);
        var seen = new HashSet<int>();
        foreach (var notice in notices)
        {
            ArgumentNullException.ThrowIfNull(notice, nameof(notices));
            if (!seen.Add(notice.Year))
            {
                throw new ArgumentException($"The notice for {notice.Year} is given twice.", nameof(notices));
            }

            byYear[notice.Year] = notice;
        }

        RequireContiguous(byYear, nameof(notices));
        return new WorkingDayCalendar(byYear);
    }

    /// <summary>Gets whether the calendar has a notice for the date's year.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether queries about <paramref name="date"/> can be answered.</returns>
    public bool Covers(LocalDate date) =>
        date.Calendar == CalendarSystem.Iso && date.Year >= FirstCoveredYear && date.Year <= LastCoveredYear;

    /// <summary>Gets what a date is: a working day, a rest day, a public holiday or a make-up working day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The kind of day.</returns>
    /// <exception cref="CalendarYearNotCoveredException">The calendar has no notice for the date's year.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public DayKind GetDayKind(LocalDate date) => kinds[IndexOf(date, nameof(date))];

    /// <summary>Gets whether a date is a working day (an ordinary weekday or a make-up working day).</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether <paramref name="date"/> is worked.</returns>
    /// <exception cref="CalendarYearNotCoveredException">The calendar has no notice for the date's year.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool IsWorkingDay(LocalDate date) => kinds[IndexOf(date, nameof(date))] is DayKind.WorkingDay or DayKind.MakeUpWorkingDay;

    /// <summary>Gets the holiday a date was adjusted for (<c>春节</c>), or <see langword="null"/> for an unadjusted date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The holiday's name, or <see langword="null"/>.</returns>
    /// <exception cref="CalendarYearNotCoveredException">The calendar has no notice for the date's year.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public string? GetHolidayName(LocalDate date)
    {
        IndexOf(date, nameof(date));
        return names.TryGetValue(date, out var name) ? name : null;
    }

    /// <summary>Moves a number of working days from a date; see the type's remarks for the convention.</summary>
    /// <param name="date">The date to count from.</param>
    /// <param name="workingDays">How many working days to move: positive forward, negative back, 0 for the date itself.</param>
    /// <returns>The working day reached (or <paramref name="date"/> for 0).</returns>
    /// <exception cref="CalendarYearNotCoveredException">The date, or the day reached, is in a year without a notice.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public LocalDate AddWorkingDays(LocalDate date, int workingDays)
    {
        var index = IndexOf(date, nameof(date));
        if (workingDays == 0)
        {
            return date;
        }

        long target = workingDays > 0
            ? (long)workingBefore[index + 1] + workingDays - 1
            : (long)workingBefore[index] + workingDays;
        if (target >= workingDates.Length)
        {
            throw new CalendarYearNotCoveredException(LastCoveredYear + 1, FirstCoveredYear, LastCoveredYear, nameof(workingDays));
        }

        if (target < 0)
        {
            throw new CalendarYearNotCoveredException(FirstCoveredYear - 1, FirstCoveredYear, LastCoveredYear, nameof(workingDays));
        }

        return workingDates[target];
    }

    /// <summary>
    /// Counts the working days after <paramref name="start"/> up to and including <paramref name="end"/>;
    /// negative (the count in (end, start]) when <paramref name="end"/> is before <paramref name="start"/>.
    /// </summary>
    /// <param name="start">The date to count from (not counted).</param>
    /// <param name="end">The date to count to (counted when it is a working day).</param>
    /// <returns>The signed number of working days; an issue raised on Monday and resolved on Wednesday took 2.</returns>
    /// <exception cref="CalendarYearNotCoveredException">A date is in a year without a notice.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    public int WorkingDaysBetween(LocalDate start, LocalDate end) =>
        workingBefore[IndexOf(end, nameof(end)) + 1] - workingBefore[IndexOf(start, nameof(start)) + 1];

    /// <summary>Counts the working days within a period, both ends included.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The number of working days; 250 for 2021.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="CalendarYearNotCoveredException">The period reaches a year without a notice.</exception>
    public int CountWorkingDays(ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return workingBefore[IndexOf(period.End, nameof(period)) + 1] - workingBefore[IndexOf(period.Start, nameof(period))];
    }

    private int IndexOf(LocalDate date, string parameterName = "date")
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Dates must be in the ISO calendar.", parameterName);
        }

        var offset = date.Year - FirstCoveredYear;
        if (offset < 0 || date.Year > LastCoveredYear)
        {
            throw new CalendarYearNotCoveredException(date.Year, FirstCoveredYear, LastCoveredYear, parameterName);
        }

        return yearStart[offset] + date.DayOfYear - 1;
    }

    private static void RequireContiguous(SortedDictionary<int, HolidayYear> byYear, string parameterName)
    {
        if (byYear.Count == 0)
        {
            throw new ArgumentException("A calendar needs at least one year's notice.", parameterName);
        }

        var expected = byYear.Keys.First();
        foreach (var year in byYear.Keys)
        {
            if (year != expected)
            {
                throw new ArgumentException($"The calendar's years must be contiguous; {expected} is missing.", parameterName);
            }

            expected++;
        }
    }

    private static WorkingDayCalendar LoadEmbedded()
    {
        var assembly = typeof(WorkingDayCalendar).Assembly;
        const string prefix = "TaiAffairs.Domain.HolidayData.";
        var notices = new List<HolidayYear>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException("An embedded holiday resource could not be opened.");
            using var reader = new StreamReader(stream);
            notices.Add(HolidayYear.ParseHolidayCnJson(reader.ReadToEnd()));
        }

        return FromYears(notices);
    }
}
