using System.Globalization;
using NodaTime;

namespace TaiAffairs.Domain.Common;

/// <summary>
/// A period that figures are reported for: a calendar year, a quarter, or an interval of whole days, as
/// ISO <see cref="LocalDate"/>s (civil dates in Asia/Shanghai; see <see cref="CivilTime"/>). Both ends are
/// inclusive.
/// </summary>
/// <remarks>
/// An interval that spans exactly a calendar year or quarter is normalised to that kind, so equality is by
/// the two dates alone. Ordering is by start, then end. Immutable and thread-safe.
/// </remarks>
public sealed class ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>
{
    private ReportingPeriod(ReportingPeriodKind kind, LocalDate start, LocalDate end)
    {
        Kind = kind;
        Start = start;
        End = end;
    }

    /// <summary>Gets the kind of span.</summary>
    public ReportingPeriodKind Kind { get; }

    /// <summary>Gets the first day of the period.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day of the period (inclusive).</summary>
    public LocalDate End { get; }

    /// <summary>Gets the number of days in the period.</summary>
    public int LengthInDays => Period.DaysBetween(Start, End) + 1;

    /// <summary>Gets the year of a <see cref="ReportingPeriodKind.Year"/> or <see cref="ReportingPeriodKind.Quarter"/> period, or the start's year.</summary>
    public int Year => Start.Year;

    /// <summary>Gets the quarter (1-4) of a <see cref="ReportingPeriodKind.Quarter"/> period, otherwise <see langword="null"/>.</summary>
    public int? Quarter => Kind == ReportingPeriodKind.Quarter ? QuarterOf(Start) : null;

    /// <summary>Creates the period of a calendar year.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns>1 January to 31 December of <paramref name="year"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1-9999.</exception>
    public static ReportingPeriod ForYear(int year)
    {
        RequireYear(year);
        return new ReportingPeriod(ReportingPeriodKind.Year, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
    }

    /// <summary>Creates the period of a calendar quarter.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The quarter's three months.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> or <paramref name="quarter"/> is out of range.</exception>
    public static ReportingPeriod ForQuarter(int year, int quarter)
    {
        RequireYear(year);
        if (quarter is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(quarter), "A quarter is 1, 2, 3 or 4.");
        }

        var start = new LocalDate(year, ((quarter - 1) * 3) + 1, 1);
        return new ReportingPeriod(ReportingPeriodKind.Quarter, start, QuarterEnd(start));
    }

    /// <summary>Creates the period of the days from <paramref name="start"/> to <paramref name="end"/>, both inclusive.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, on or after <paramref name="start"/>.</param>
    /// <returns>The period; a whole calendar year or quarter gets that kind.</returns>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="end"/> is before <paramref name="start"/>, or a date is outside the years 1 to 9999.</exception>
    public static ReportingPeriod Between(LocalDate start, LocalDate end)
    {
        RequireIso(start, nameof(start));
        RequireIso(end, nameof(end));
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), "A reporting period cannot end before it starts.");
        }

        if (start.Day == 1 && start.Month == 1 && end == new LocalDate(start.Year, 12, 31))
        {
            return ForYear(start.Year);
        }

        if (start.Day == 1 && (start.Month - 1) % 3 == 0 && end == QuarterEnd(start))
        {
            return ForQuarter(start.Year, QuarterOf(start));
        }

        return new ReportingPeriod(ReportingPeriodKind.Interval, start, end);
    }

    /// <summary>Gets the quarter (1-4) a date falls in.</summary>
    /// <param name="date">The date.</param>
    /// <returns>1 for January-March ... 4 for October-December.</returns>
    public static int QuarterOf(LocalDate date) => ((date.Month - 1) / 3) + 1;

    /// <summary>Compares two periods for equality.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether both are null or cover the same days.</returns>
    public static bool operator ==(ReportingPeriod? left, ReportingPeriod? right) => Equals(left, right);

    /// <summary>Compares two periods for inequality.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ReportingPeriod? left, ReportingPeriod? right) => !Equals(left, right);

    /// <summary>Whether <paramref name="left"/> orders before <paramref name="right"/> (by start, then end).</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) < 0;

    /// <summary>Whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) > 0;

    /// <summary>Whether <paramref name="left"/> orders before or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <=(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) <= 0;

    /// <summary>Whether <paramref name="left"/> orders after or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >=(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) >= 0;

    /// <summary>Gets whether a date falls within the period.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether <see cref="Start"/> &lt;= <paramref name="date"/> &lt;= <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Gets whether another period lies wholly within this one.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>Whether every day of <paramref name="other"/> is in this period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public bool Contains(ReportingPeriod other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Start >= Start && other.End <= End;
    }

    /// <summary>Gets the calendar quarters that overlap the period, in order.</summary>
    /// <returns>The quarters; four for a year, one for a quarter.</returns>
    public IReadOnlyList<ReportingPeriod> Quarters()
    {
        var result = new List<ReportingPeriod>();
        var year = Start.Year;
        var quarter = QuarterOf(Start);
        while (true)
        {
            var q = ForQuarter(year, quarter);
            if (q.Start > End)
            {
                break;
            }

            result.Add(q);
            if (quarter == 4)
            {
                if (year == 9999)
                {
                    break;
                }

                year++;
                quarter = 1;
            }
            else
            {
                quarter++;
            }
        }

        return result;
    }

    /// <summary>Gets the period as a NodaTime <see cref="DateInterval"/>.</summary>
    /// <returns>The interval from <see cref="Start"/> to <see cref="End"/>, inclusive.</returns>
    public DateInterval ToDateInterval() => new(Start, End);

    /// <inheritdoc />
    public bool Equals(ReportingPeriod? other) => other is not null && Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportingPeriod);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <inheritdoc />
    public int CompareTo(ReportingPeriod? other) => Compare(this, other);

    /// <summary>Renders the period: <c>2021年</c>, <c>2021年第3季度</c>, <c>2021-04-01至2021-09-10</c>.</summary>
    /// <returns>The rendered period.</returns>
    public override string ToString() => Kind switch
    {
        ReportingPeriodKind.Year => Year.ToString(CultureInfo.InvariantCulture) + "年",
        ReportingPeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year}年第{Quarter}季度"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Start:uuuu-MM-dd}至{End:uuuu-MM-dd}"),
    };

    private static int Compare(ReportingPeriod? left, ReportingPeriod? right)
    {
        if (ReferenceEquals(left, right))
        {
            return 0;
        }

        if (left is null)
        {
            return -1;
        }

        if (right is null)
        {
            return 1;
        }

        var byStart = left.Start.CompareTo(right.Start);
        return byStart != 0 ? byStart : left.End.CompareTo(right.End);
    }

    private static void RequireYear(int year)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), "A year is between 1 and 9999.");
        }
    }

    private static void RequireIso(LocalDate date, string parameterName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Dates must be in the ISO calendar.", parameterName);
        }

        if (date.Year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(parameterName, "A reporting period's dates are in the years 1 to 9999.");
        }
    }

    /// <summary>The last day of the quarter that starts on <paramref name="start"/>, computed without leaving the year (9999 included).</summary>
    private static LocalDate QuarterEnd(LocalDate start)
    {
        var month = start.Month + 2;
        return new LocalDate(start.Year, month, CalendarSystem.Iso.GetDaysInMonth(start.Year, month));
    }
}
