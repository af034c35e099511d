using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Issues;

/// <summary>
/// A due date as the offices set it (限期): a number of working days counted from a date, in the China
/// mainland calendar. The due date itself is computed with a <see cref="WorkingDayCalendar"/>, never stored.
/// </summary>
/// <remarks>Equality is structural. Immutable. <see langword="default"/> is 0 working days from 0001-01-01.</remarks>
public readonly record struct Deadline
{
    private Deadline(int workingDays, LocalDate countedFrom)
    {
        WorkingDays = workingDays;
        CountedFrom = countedFrom;
    }

    /// <summary>Gets the number of working days allowed.</summary>
    public int WorkingDays { get; }

    /// <summary>Gets the date the working days are counted from (not itself counted).</summary>
    public LocalDate CountedFrom { get; }

    /// <summary>Creates a deadline.</summary>
    /// <param name="workingDays">The working days allowed, 0 to 3650.</param>
    /// <param name="countedFrom">The date they are counted from.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is out of range.</exception>
    public static Deadline Create(int workingDays, LocalDate countedFrom)
    {
        if (workingDays is < 0 or > 3650)
        {
            throw new ArgumentOutOfRangeException(nameof(workingDays), "A deadline is 0 to 3650 working days.");
        }

        return new Deadline(workingDays, countedFrom);
    }

    /// <summary>Computes the due date: the n-th working day after <see cref="CountedFrom"/>.</summary>
    /// <param name="calendar">The working-day calendar.</param>
    /// <returns>The due date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="CalendarYearNotCoveredException">The calendar cannot reach the due date.</exception>
    public LocalDate DueDate(WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(CountedFrom, WorkingDays);
    }
}
