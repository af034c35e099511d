using System.Text.Json;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;

namespace TaiAffairs.Domain.Reporting;

/// <summary>What one visit contributes: whether it is to an enterprise, and whom it visited.</summary>
/// <remarks>
/// Immutable and thread-safe. Kept per record by an at-least-once accumulator, so it is compact: the subject's key and
/// which kind of subject it is (16 bytes).
/// </remarks>
public readonly record struct VisitContribution
{
    private readonly string? subject;
    private readonly bool toEnterprise;

    /// <summary>Creates a contribution: give the enterprise for a visit to an enterprise, or the person for a care visit.</summary>
    /// <param name="Enterprise">The enterprise visited (户次), for a visit to an enterprise; else <see langword="null"/>.</param>
    /// <param name="Compatriot">The person visited, for a care visit; else <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">Both or neither are given, or one is the invalid default id.</exception>
    public VisitContribution(Id<Enterprise>? Enterprise, Id<Compatriot>? Compatriot)
    {
        if (Enterprise.HasValue == Compatriot.HasValue || Enterprise is { IsDefault: true } || Compatriot is { IsDefault: true })
        {
            throw new ArgumentException("A visit contribution names either an enterprise or a person, by a valid id.", nameof(Enterprise));
        }

        toEnterprise = Enterprise.HasValue;
        subject = Enterprise?.Value ?? Compatriot!.Value.Value;
    }

    /// <summary>Gets the enterprise visited (户次), for a visit to an enterprise; else <see langword="null"/>.</summary>
    public Id<Enterprise>? Enterprise
    {
        get => toEnterprise ? Id<Enterprise>.FromTrusted(subject!) : null;
        init
        {
            if (value is { } id)
            {
                (subject, toEnterprise) = (id.IsDefault ? throw new ArgumentException("The enterprise is not a valid id.", nameof(value)) : id.Value, true);
            }
            else if (toEnterprise)
            {
                // Taking the enterprise away would leave a visit to no one: name the person instead (with { Compatriot = ... }).
                throw new ArgumentException("A visit contribution names either an enterprise or a person; name the person to replace the enterprise.", nameof(value));
            }
        }
    }

    /// <summary>Gets the person visited, for a care visit; else <see langword="null"/>.</summary>
    public Id<Compatriot>? Compatriot
    {
        get => toEnterprise || subject is null ? null : Id<Compatriot>.FromTrusted(subject);
        init
        {
            if (value is { } id)
            {
                (subject, toEnterprise) = (id.IsDefault ? throw new ArgumentException("The person is not a valid id.", nameof(value)) : id.Value, false);
            }
            else if (!toEnterprise)
            {
                throw new ArgumentException("A visit contribution names either an enterprise or a person; name the enterprise to replace the person.", nameof(value));
            }
        }
    }

    /// <summary>Gets whether the visit was to an enterprise.</summary>
    public bool ToEnterprise => toEnterprise;

    /// <summary>Splits the contribution into its parts.</summary>
    /// <param name="Enterprise">The enterprise visited, or <see langword="null"/>.</param>
    /// <param name="Compatriot">The person visited, or <see langword="null"/>.</param>
    public void Deconstruct(out Id<Enterprise>? Enterprise, out Id<Compatriot>? Compatriot)
    {
        Enterprise = this.Enterprise;
        Compatriot = this.Compatriot;
    }
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

    private VisitAccumulator(ReportingPeriod period, DeliveryMode mode, RecordKeySpace? keySpace)
        : base(mode, keySpace) => Period = period;

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
#pragma warning disable RS0027 // The overload taking a key space is unambiguous: a mode, or a space (which is at-least-once).
    public static VisitAccumulator Empty(ReportingPeriod period, DeliveryMode mode = DeliveryMode.AtLeastOnce)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new VisitAccumulator(period, mode, null);
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
    public static VisitAccumulator Empty(ReportingPeriod period, RecordKeySpace keySpace)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(keySpace);
        return new VisitAccumulator(period, DeliveryMode.AtLeastOnce, keySpace);
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
        if (contribution.ToEnterprise)
        {
            KeyCounts.Add(enterprises, contribution.Enterprise!.Value, sign);
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

    /// <inheritdoc/>
    private protected override bool Counts(RecordKind kind) => kind is RecordKind.EnterpriseVisit or RecordKind.CareVisit;

    private protected override VisitAccumulator CreateEmpty() => new(Period, Mode, KeySpace);

    private protected override bool SameContext(VisitAccumulator other) => Period == other.Period;
}
