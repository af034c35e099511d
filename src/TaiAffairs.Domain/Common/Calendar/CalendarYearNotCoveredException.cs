namespace TaiAffairs.Domain.Common;

/// <summary>
/// Thrown when a <see cref="WorkingDayCalendar"/> is asked about a date (or would have to reach a date) in a
/// year it has no State Council data for. The calendar never guesses; callers can add years with
/// <see cref="WorkingDayCalendar.WithYears(IEnumerable{HolidayYear})"/>.
/// </summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class CalendarYearNotCoveredException : ArgumentOutOfRangeException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="year">The year that is not covered.</param>
    /// <param name="firstCoveredYear">The first year the calendar covers.</param>
    /// <param name="lastCoveredYear">The last year the calendar covers.</param>
    /// <param name="parameterName">The parameter whose value led there.</param>
    public CalendarYearNotCoveredException(int year, int firstCoveredYear, int lastCoveredYear, string? parameterName)
        : base(parameterName, $"The working-day calendar has no holiday data for {year}; it covers {firstCoveredYear}-{lastCoveredYear}. Add the year's notice with WorkingDayCalendar.WithYears.")
    {
        Year = year;
        FirstCoveredYear = firstCoveredYear;
        LastCoveredYear = lastCoveredYear;
    }

    /// <summary>Gets the year that is not covered.</summary>
    public int Year { get; }

    /// <summary>Gets the first year the calendar covers.</summary>
    public int FirstCoveredYear { get; }

    /// <summary>Gets the last year the calendar covers.</summary>
    public int LastCoveredYear { get; }
}
