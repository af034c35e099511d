using NodaTime;

namespace TaiAffairs.Domain.Testing;

/// <summary>
/// Date literals in NodaTime.Testing's style: <c>6.May(2021)</c> reads as the date it is, where
/// <c>new LocalDate(2021, 5, 6)</c> makes the reader count arguments.
/// </summary>
public static class Dates
{
    /// <summary>The <paramref name="day"/>th of January <paramref name="year"/>.</summary>
    public static LocalDate January(this int day, int year) => new(year, 1, day);

    /// <summary>The <paramref name="day"/>th of February <paramref name="year"/>.</summary>
    public static LocalDate February(this int day, int year) => new(year, 2, day);

    /// <summary>The <paramref name="day"/>th of March <paramref name="year"/>.</summary>
    public static LocalDate March(this int day, int year) => new(year, 3, day);

    /// <summary>The <paramref name="day"/>th of April <paramref name="year"/>.</summary>
    public static LocalDate April(this int day, int year) => new(year, 4, day);

    /// <summary>The <paramref name="day"/>th of May <paramref name="year"/>.</summary>
    public static LocalDate May(this int day, int year) => new(year, 5, day);

    /// <summary>The <paramref name="day"/>th of June <paramref name="year"/>.</summary>
    public static LocalDate June(this int day, int year) => new(year, 6, day);

    /// <summary>The <paramref name="day"/>th of July <paramref name="year"/>.</summary>
    public static LocalDate July(this int day, int year) => new(year, 7, day);

    /// <summary>The <paramref name="day"/>th of August <paramref name="year"/>.</summary>
    public static LocalDate August(this int day, int year) => new(year, 8, day);

    /// <summary>The <paramref name="day"/>th of September <paramref name="year"/>.</summary>
    public static LocalDate September(this int day, int year) => new(year, 9, day);

    /// <summary>The <paramref name="day"/>th of October <paramref name="year"/>.</summary>
    public static LocalDate October(this int day, int year) => new(year, 10, day);

    /// <summary>The <paramref name="day"/>th of November <paramref name="year"/>.</summary>
    public static LocalDate November(this int day, int year) => new(year, 11, day);

    /// <summary>The <paramref name="day"/>th of December <paramref name="year"/>.</summary>
    public static LocalDate December(this int day, int year) => new(year, 12, day);
}
