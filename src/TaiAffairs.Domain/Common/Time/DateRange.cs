using NodaTime;

namespace TaiAffairs.Domain.Common;

/// <summary>
/// A run of days from <see cref="From"/> to an optional <see cref="To"/> (both inclusive); open-ended while
/// <see cref="To"/> is <see langword="null"/>. Used for membership and office terms.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe. <see langword="default"/> is the open range from 0001-01-01.</remarks>
public readonly record struct DateRange
{
    private DateRange(LocalDate from, LocalDate? to)
    {
        From = from;
        To = to;
    }

    /// <summary>Gets the first day.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the last day, or <see langword="null"/> while the range is open.</summary>
    public LocalDate? To { get; }

    /// <summary>Gets whether the range has no end yet.</summary>
    public bool IsOpen => To is null;

    /// <summary>Creates a range.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, on or after <paramref name="from"/>, or <see langword="null"/> for an open range.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static DateRange Create(LocalDate from, LocalDate? to = null)
    {
        if (to is { } end && end < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), "A date range cannot end before it starts.");
        }

        return new DateRange(from, to);
    }

    /// <summary>Gets whether a date lies in the range.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether <see cref="From"/> &lt;= <paramref name="date"/> and, if closed, <paramref name="date"/> &lt;= <see cref="To"/>.</returns>
    public bool Contains(LocalDate date) => date >= From && (To is not { } end || date <= end);

    /// <summary>Gets whether two ranges share at least one day.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>Whether they overlap.</returns>
    public bool Overlaps(DateRange other) =>
        (To is not { } end || other.From <= end) && (other.To is not { } otherEnd || From <= otherEnd);

    /// <summary>Returns the range closed on a last day.</summary>
    /// <param name="to">The last day, on or after <see cref="From"/>.</param>
    /// <returns>The closed range.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <see cref="From"/>.</exception>
    public DateRange EndingOn(LocalDate to) => Create(From, to);
}
