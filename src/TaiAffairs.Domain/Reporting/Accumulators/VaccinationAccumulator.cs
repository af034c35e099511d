using System.Text.Json;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots;

namespace TaiAffairs.Domain.Reporting;

/// <summary>What one dose contributes: the person's id value.</summary>
/// <param name="Person">The person vaccinated.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct VaccinationContribution(Id<Compatriot> Person);

/// <summary>Vaccination doses in a period and the distinct people vaccinated (完成接种). Health data is reduced to counts.</summary>
/// <remarks>A builder: see <see cref="Accumulator{TSelf, TContribution}"/> for the laws it keeps. Not thread-safe: one writer at a time. Aggregate partitions on separate instances (one per thread) and <c>Merge</c> them; see docs/hardening.md.</remarks>
public sealed class VaccinationAccumulator : Accumulator<VaccinationAccumulator, VaccinationContribution>
{
    private readonly Dictionary<Id<Compatriot>, int> people = [];

    private VaccinationAccumulator(ReportingPeriod period, DeliveryMode mode, RecordKeySpace? keySpace)
        : base(mode, keySpace) => Period = period;

    /// <summary>Gets the period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the doses given.</summary>
    public int Doses => Count;

    /// <summary>Gets the distinct people vaccinated (名).</summary>
    public int PeopleVaccinated => people.Count;

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="period">The period.</param>
    /// <param name="mode">How records are delivered: <see cref="DeliveryMode.AtLeastOnce"/> (the default) or <see cref="DeliveryMode.ExactlyOnce"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined mode.</exception>
    /// <returns>The accumulator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
#pragma warning disable RS0027 // The overload taking a key space is unambiguous: a mode, or a space (which is at-least-once).
    public static VaccinationAccumulator Empty(ReportingPeriod period, DeliveryMode mode = DeliveryMode.AtLeastOnce)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new VaccinationAccumulator(period, mode, null);
    }
#pragma warning restore RS0027

    /// <summary>
    /// Creates an empty at-least-once accumulator whose record keys are numbered in a shared space, so that it merges
    /// with the other accumulators of that space by number (see <see cref="RecordKeySpace"/>).
    /// </summary>
    /// <param name="period">The period.</param>
    /// <param name="keySpace">The shared key space.</param>
    /// <returns>The accumulator.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static VaccinationAccumulator Empty(ReportingPeriod period, RecordKeySpace keySpace)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(keySpace);
        return new VaccinationAccumulator(period, DeliveryMode.AtLeastOnce, keySpace);
    }

    /// <summary>Adds a dose, once; outside the period it is ignored.</summary>
    /// <param name="dose">The dose.</param>
    /// <returns>Whether it was new and in the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dose"/> is <see langword="null"/>.</exception>
    public bool Add(VaccinationDose dose)
    {
        ArgumentNullException.ThrowIfNull(dose);
        return TryContribution(dose, out var contribution) && AddContribution(RecordKey.Of(dose), contribution);
    }

    /// <summary>Puts a new version of a dose in place of the old one (retracting the old contribution), or adds it when absent; a version outside the period removes it.</summary>
    /// <param name="dose">The new version.</param>
    /// <returns>Whether the figures changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dose"/> is <see langword="null"/>.</exception>
    public bool Replace(VaccinationDose dose)
    {
        ArgumentNullException.ThrowIfNull(dose);
        return TryContribution(dose, out var contribution) ? ReplaceContribution(RecordKey.Of(dose), contribution) : Remove(RecordKey.Of(dose));
    }

    /// <summary>Removes a dose, as if it had never been added.</summary>
    /// <param name="dose">The record.</param>
    /// <returns>Whether it was present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dose"/> is <see langword="null"/>.</exception>
    public bool Remove(VaccinationDose dose) => Remove(RecordKey.Of(dose));

    private bool TryContribution(VaccinationDose dose, out VaccinationContribution contribution)
    {
        contribution = new VaccinationContribution(dose.Compatriot);
        return Period.Contains(dose.Date);
    }

    /// <inheritdoc />
    public override void WriteFigures(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumber("doses", Doses);
        writer.WriteNumber("peopleVaccinated", PeopleVaccinated);
    }

    private protected override void Apply(VaccinationContribution contribution, int sign) => KeyCounts.Add(people, contribution.Person, sign);

    /// <summary>Gets the keys of the doses counted.</summary>
    internal IEnumerable<RecordKey> DoseKeys() => Keys();

    private protected override void AddState(VaccinationAccumulator other) => KeyCounts.AddAll(people, other.people);

    /// <inheritdoc/>
    private protected override bool Counts(RecordKind kind) => kind is RecordKind.VaccinationDose;

    private protected override VaccinationAccumulator CreateEmpty() => new(Period, Mode, KeySpace);

    private protected override bool SameContext(VaccinationAccumulator other) => Period == other.Period;
}
