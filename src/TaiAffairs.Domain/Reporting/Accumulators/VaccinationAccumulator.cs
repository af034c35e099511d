using System.Text.Json;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots;

namespace TaiAffairs.Domain.Reporting;

/// <summary>What one dose contributes: the person's id value.</summary>
/// <param name="Person">The person vaccinated.</param>
public readonly record struct VaccinationContribution(string Person);

/// <summary>Vaccination doses in a period and the distinct people vaccinated (完成接种). Health data is reduced to counts.</summary>
/// <remarks>A builder: see <see cref="Accumulator{TSelf, TContribution}"/> for the laws it keeps.</remarks>
public sealed class VaccinationAccumulator : Accumulator<VaccinationAccumulator, VaccinationContribution>
{
    private readonly Dictionary<string, int> people = new(StringComparer.Ordinal);

    private VaccinationAccumulator(ReportingPeriod period) => Period = period;

    /// <summary>Gets the period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the doses given.</summary>
    public int Doses => Count;

    /// <summary>Gets the distinct people vaccinated (名).</summary>
    public int PeopleVaccinated => people.Count;

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The accumulator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    public static VaccinationAccumulator Empty(ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new VaccinationAccumulator(period);
    }

    /// <summary>Adds a dose, once; outside the period it is ignored.</summary>
    /// <param name="dose">The dose.</param>
    /// <returns>Whether it was new and in the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dose"/> is <see langword="null"/>.</exception>
    public bool Add(VaccinationDose dose)
    {
        ArgumentNullException.ThrowIfNull(dose);
        return Period.Contains(dose.Date) && AddContribution(new RecordKey(1, dose.Id.Value), new VaccinationContribution(dose.Compatriot.Value));
    }

    /// <inheritdoc />
    public override void WriteFigures(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumber("doses", Doses);
        writer.WriteNumber("peopleVaccinated", PeopleVaccinated);
    }

    private protected override void Apply(VaccinationContribution contribution)
    {
        people.TryGetValue(contribution.Person, out var n);
        people[contribution.Person] = n + 1;
    }

    private protected override VaccinationAccumulator CreateEmpty() => new(Period);

    private protected override bool SameContext(VaccinationAccumulator other) => Period == other.Period;
}
