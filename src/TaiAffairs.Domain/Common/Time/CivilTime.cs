using NodaTime;

namespace TaiAffairs.Domain.Common;

/// <summary>
/// The civil time of the records: every dated record belongs to exactly one day of the Asia/Shanghai time
/// zone (China Standard Time, UTC+8, no daylight saving since 1991).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class CivilTime
{
    /// <summary>Gets the Asia/Shanghai zone from the TZDB bundled with NodaTime.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>Gets the civil date, in Asia/Shanghai, on which an instant falls.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The ISO date of <paramref name="instant"/> in Asia/Shanghai.</returns>
    public static LocalDate DateOf(Instant instant) => instant.InZone(Zone).Date;

    /// <summary>Gets today's civil date in Asia/Shanghai from a clock (never from the system time directly).</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>Today's date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <see langword="null"/>.</exception>
    public static LocalDate Today(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOf(clock.GetCurrentInstant());
    }
}
