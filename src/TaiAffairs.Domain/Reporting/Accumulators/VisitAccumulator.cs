using System.Text.Json;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;

namespace TaiAffairs.Domain.Reporting;

/// <summary>What one visit contributes: whether it is to an enterprise, and whom it visited.</summary>
/// <param name="Enterprise">The enterprise visited (户次), for a visit to an enterprise; else <see langword="null"/>.</param>
/// <param name="Compatriot">The person visited, for a care visit; else <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct VisitContribution(Id<Enterprise>? Enterprise, Id<Compatriot>? Compatriot)
{
    /// <summary>Gets whether the visit was to an enterprise.</summary>
    public bool ToEnterprise => Enterprise is not null;
}

/// <summary>
/// Visits counted two ways (law 5): as person-times (户次 for enterprises, 次 for care visits) and as distinct
/// subjects (家, 名). Distinct is never more than total. Visits dated outside the period are ignored.
/// </summary>
/// <remarks>A builder: see <see cref="Accumulator{TSelf, TContribution}"/> for the laws it keeps. Not thread-safe: one writer at a time. Aggregate partitions on separate instances (one per thread) and <c>Merge</c> them; see docs/hardening.md.</remarks>
public sealed class VisitAccumulator : Accumulator<VisitAccumulator, VisitContribution>
{
    private readonly Dictionary<Id<Enterprise>, int> enterprises = [];
    private readonly Dictionary<Id<Compatriot>, int> people = [];

    private VisitAccumulator(ReportingPeriod period, DeliveryMode mode)
        : base(mode) => Period = period;

    /// <summary>Gets the period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the enterprise visits, person-times (户次).</summary>
    public int EnterpriseVisits { get; private set; }

    /// <summary>Gets the distinct enterprises visited (家).</summary>
    public int EnterprisesVisited => enterprises.Count;

    /// <summary>Gets the care visits to people (次).</summary>
    public int CareVisits { get; private set; }

    /// <summary>Gets the distinct people visited (名).</summary>
    public int PeopleVisited => people.Count;

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="period">The period.</param>
    /// <param name="mode">How records are delivered: <see cref="DeliveryMode.AtLeastOnce"/> (the default) or <see cref="DeliveryMode.ExactlyOnce"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined mode.</exception>
    /// <returns>The accumulator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    public static VisitAccumulator Empty(ReportingPeriod period, DeliveryMode mode = DeliveryMode.AtLeastOnce)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new VisitAccumulator(period, mode);
    }

    /// <summary>Adds a visit to an enterprise, once; outside the period it is ignored.</summary>
    /// <param name="visit">The visit.</param>
    /// <returns>Whether it was new and in the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="visit"/> is <see langword="null"/>.</exception>
    public bool Add(EnterpriseVisit visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return TryContribution(visit, out var contribution) && AddContribution(RecordKey.Of(visit), contribution);
    }

    /// <summary>Puts a new version of an enterprise visit in place of the old one (retracting the old contribution), or adds it when absent; a version outside the period removes it.</summary>
    /// <param name="visit">The new version.</param>
    /// <returns>Whether the figures changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="visit"/> is <see langword="null"/>.</exception>
    public bool Replace(EnterpriseVisit visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return TryContribution(visit, out var contribution) ? ReplaceContribution(RecordKey.Of(visit), contribution) : Remove(RecordKey.Of(visit));
    }

    /// <summary>Removes an enterprise visit, as if it had never been added.</summary>
    /// <param name="visit">The record.</param>
    /// <returns>Whether it was present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="visit"/> is <see langword="null"/>.</exception>
    public bool Remove(EnterpriseVisit visit) => Remove(RecordKey.Of(visit));


    /// <summary>Adds a care visit to a person, once; outside the period it is ignored.</summary>
    /// <param name="visit">The visit.</param>
    /// <returns>Whether it was new and in the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="visit"/> is <see langword="null"/>.</exception>
    public bool Add(CareVisit visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return TryContribution(visit, out var contribution) && AddContribution(RecordKey.Of(visit), contribution);
    }

    /// <summary>Puts a new version of a care visit in place of the old one (retracting the old contribution), or adds it when absent; a version outside the period removes it.</summary>
    /// <param name="visit">The new version.</param>
    /// <returns>Whether the figures changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="visit"/> is <see langword="null"/>.</exception>
    public bool Replace(CareVisit visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return TryContribution(visit, out var contribution) ? ReplaceContribution(RecordKey.Of(visit), contribution) : Remove(RecordKey.Of(visit));
    }

    /// <summary>Removes a care visit, as if it had never been added.</summary>
    /// <param name="visit">The record.</param>
    /// <returns>Whether it was present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="visit"/> is <see langword="null"/>.</exception>
    public bool Remove(CareVisit visit) => Remove(RecordKey.Of(visit));


    /// <inheritdoc />
    public override void WriteFigures(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumber("enterpriseVisits", EnterpriseVisits);
        writer.WriteNumber("enterprisesVisited", EnterprisesVisited);
        writer.WriteNumber("careVisits", CareVisits);
        writer.WriteNumber("peopleVisited", PeopleVisited);
    }

    private protected override void Apply(VisitContribution contribution, int sign)
    {
        if (contribution.Enterprise is { } enterprise)
        {
            KeyCounts.Add(enterprises, enterprise, sign);
        }
        else
        {
            KeyCounts.Add(people, contribution.Compatriot!.Value, sign);
        }
        if (contribution.ToEnterprise)
        {
            EnterpriseVisits += sign;
        }
        else
        {
            CareVisits += sign;
        }
    }

    /// <summary>Gets the keys of the enterprise visits (or of the care visits).</summary>
    internal IEnumerable<RecordKey> KeysOf(bool toEnterprise) => Entries.Where(e => e.Value.ToEnterprise == toEnterprise).Select(e => e.Key);

    private bool TryContribution(EnterpriseVisit visit, out VisitContribution contribution)
    {
        contribution = new VisitContribution(visit.Enterprise, null);
        return Period.Contains(visit.Date);
    }

    private bool TryContribution(CareVisit visit, out VisitContribution contribution)
    {
        contribution = new VisitContribution(null, visit.Compatriot);
        return Period.Contains(visit.Date);
    }

    private protected override void AddState(VisitAccumulator other)
    {
        KeyCounts.AddAll(enterprises, other.enterprises);
        KeyCounts.AddAll(people, other.people);
        EnterpriseVisits += other.EnterpriseVisits;
        CareVisits += other.CareVisits;
    }

    private protected override VisitAccumulator CreateEmpty() => new(Period, Mode);

    private protected override bool SameContext(VisitAccumulator other) => Period == other.Period;
}
