using System.Diagnostics;
using NodaTime;

namespace TaiAffairs.Domain.Compatriots;

/// <summary>
/// When a person was born: the full date, or only the year where that is all that is known. Personal data:
/// <see cref="ToString"/> shows nothing of it.
/// </summary>
/// <remarks>
/// With a year only, an age is an interval: on a date in year Y someone born in year B is Y−B−1 or Y−B.
/// <see langword="default"/> is not valid (year 0). Equality is structural. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct BirthInfo
{
    private BirthInfo(int year, LocalDate? date)
    {
        Year = year;
        Date = date;
    }

    /// <summary>Gets the birth year.</summary>
    public int Year { get; }

    /// <summary>Gets the full birth date, when known.</summary>
    public LocalDate? Date { get; }

    /// <summary>Gets whether this is the invalid <see langword="default"/>.</summary>
    public bool IsDefault => Year == 0;

    /// <summary>Creates a birth known to the day.</summary>
    /// <param name="date">The birth date (ISO calendar, year 1850 or later).</param>
    /// <returns>The birth.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is before 1850.</exception>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    public static BirthInfo OnDate(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("A birth date must be in the ISO calendar.", nameof(date));
        }

        RequireYear(date.Year);
        return new BirthInfo(date.Year, date);
    }

    /// <summary>Creates a birth known only by its year.</summary>
    /// <param name="year">The year, 1850 or later.</param>
    /// <returns>The birth.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is before 1850 or after 9998.</exception>
    public static BirthInfo InYear(int year)
    {
        RequireYear(year);
        return new BirthInfo(year, null);
    }

    /// <summary>Gets the youngest and oldest the person can be on a date, in completed years.</summary>
    /// <param name="date">The date.</param>
    /// <returns>(Min, Max); equal when the birth date is known. Negative before birth.</returns>
    public (int Min, int Max) AgeOn(LocalDate date)
    {
        if (Date is { } birth)
        {
            var age = date.Year - birth.Year;
            if (date.Month < birth.Month || (date.Month == birth.Month && date.Day < birth.Day))
            {
                age--;
            }

            return (age, age);
        }

        return (date.Year - Year - 1, date.Year - Year);
    }

    /// <summary>Returns a placeholder; a birth is never shown.</summary>
    /// <returns><c>(birth)</c>.</returns>
    public override string ToString() => "(birth)";

    private static void RequireYear(int year)
    {
        if (year is < 1850 or > 9998)
        {
            throw new ArgumentOutOfRangeException(nameof(year), "A birth year must be 1850 or later.");
        }
    }
}
