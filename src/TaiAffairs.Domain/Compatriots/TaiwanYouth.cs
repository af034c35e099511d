using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Compatriots;

/// <summary>
/// A compatriot seen as a Taiwan youth (台青) on a date: derived from the birth date and an
/// <see cref="AgeBandPolicy"/>, never stored. Obtain it from <see cref="Compatriot.AsYouthOn"/>.
/// </summary>
/// <remarks>An immutable snapshot; equality is by reference. <see cref="ToString"/> shows no personal data.</remarks>
public sealed class TaiwanYouth
{
    internal TaiwanYouth(Compatriot person, LocalDate date, OccupationRecord? occupation)
    {
        Person = person;
        Date = date;
        Occupation = occupation?.Occupation;
        Startup = occupation?.Startup;
    }

    /// <summary>Gets the person.</summary>
    public Compatriot Person { get; }

    /// <summary>Gets the date the view is for.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets what the youth does on that date (台生, 就业, 创业), if recorded.</summary>
    public Occupation? Occupation { get; }

    /// <summary>Gets the startup, for an entrepreneur.</summary>
    public Startup? Startup { get; }

    /// <summary>Gets the person's id.</summary>
    public Id<Compatriot> Id => Person.Id;

    /// <summary>Returns the id and occupation.</summary>
    /// <returns>E.g. <c>台青 (jinnan-c-02) 创业</c>.</returns>
    public override string ToString() => $"台青 ({Id}) {Occupation?.ChineseName}";
}
