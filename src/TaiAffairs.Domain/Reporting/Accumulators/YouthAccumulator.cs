using System.Text.Json;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots;

namespace TaiAffairs.Domain.Reporting;

/// <summary>What one youth contributes: the occupation (when recorded) and whether they run a startup.</summary>
/// <param name="Occupation">The occupation, or <see langword="null"/> when none is recorded.</param>
/// <param name="HasStartup">Whether the youth runs a startup.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct YouthContribution(Occupation? Occupation, bool HasStartup);

/// <summary>Taiwan youth (台青) as of a date: how many, by occupation, and how many run startups.</summary>
/// <remarks>
/// Youth is derived (see <see cref="Compatriot.AsYouthOn"/>); add the <see cref="TaiwanYouth"/> views taken on the
/// period's last day. A builder: see <see cref="Accumulator{TSelf, TContribution}"/> for the laws it keeps.
///  Not thread-safe: one writer at a time. Aggregate partitions on separate instances (one per thread) and <c>Merge</c> them; see docs/hardening.md.</remarks>
public sealed class YouthAccumulator : Accumulator<YouthAccumulator, YouthContribution>
{
    private readonly CountMap<Occupation> byOccupation = new(o => o.Name);

    private YouthAccumulator(ReportingPeriod period, DeliveryMode mode, RecordKeySpace? keySpace)
        : base(mode, keySpace) => Period = period;

    /// <summary>Gets the period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the youth counted.</summary>
    public int Youth => Count;

    /// <summary>Gets the youth running a startup.</summary>
    public int Entrepreneurs { get; private set; }

    /// <summary>Gets the number of youth with no occupation recorded.</summary>
    public int OccupationUnknown { get; private set; }

    /// <summary>Gets the number of youth per recorded occupation; those without one are in <see cref="OccupationUnknown"/>.</summary>
    public IReadOnlyDictionary<Occupation, long> ByOccupation => byOccupation.AsReadOnly();

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="period">The period.</param>
    /// <param name="mode">How records are delivered: <see cref="DeliveryMode.AtLeastOnce"/> (the default) or <see cref="DeliveryMode.ExactlyOnce"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined mode.</exception>
    /// <returns>The accumulator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
#pragma warning disable RS0027 // The overload taking a key space is unambiguous: a mode, or a space (which is at-least-once).
    public static YouthAccumulator Empty(ReportingPeriod period, DeliveryMode mode = DeliveryMode.AtLeastOnce)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new YouthAccumulator(period, mode, null);
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
    public static YouthAccumulator Empty(ReportingPeriod period, RecordKeySpace keySpace)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(keySpace);
        return new YouthAccumulator(period, DeliveryMode.AtLeastOnce, keySpace);
    }

    /// <summary>Adds a youth, once; a view taken outside the period is ignored.</summary>
    /// <param name="youth">The youth view.</param>
    /// <returns>Whether it was new and in the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="youth"/> is <see langword="null"/>.</exception>
    public bool Add(TaiwanYouth youth)
    {
        ArgumentNullException.ThrowIfNull(youth);
        return TryContribution(youth, out var contribution) && AddContribution(RecordKey.Of(youth), contribution);
    }

    /// <summary>Puts a new version of a youth in place of the old one (retracting the old contribution), or adds it when absent; a version outside the period removes it.</summary>
    /// <param name="youth">The new version.</param>
    /// <returns>Whether the figures changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="youth"/> is <see langword="null"/>.</exception>
    public bool Replace(TaiwanYouth youth)
    {
        ArgumentNullException.ThrowIfNull(youth);
        return TryContribution(youth, out var contribution) ? ReplaceContribution(RecordKey.Of(youth), contribution) : Remove(RecordKey.Of(youth));
    }

    /// <summary>Removes a youth, as if it had never been added.</summary>
    /// <param name="youth">The record.</param>
    /// <returns>Whether it was present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="youth"/> is <see langword="null"/>.</exception>
    public bool Remove(TaiwanYouth youth) => Remove(RecordKey.Of(youth));

    private bool TryContribution(TaiwanYouth youth, out YouthContribution contribution)
    {
        contribution = new YouthContribution(youth.Occupation, youth.Startup is not null);
        return Period.Contains(youth.Date);
    }

    /// <inheritdoc />
    public override void WriteFigures(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumber("youth", Youth);
        writer.WriteNumber("entrepreneurs", Entrepreneurs);
        writer.WriteNumber("occupationUnknown", OccupationUnknown);
        byOccupation.Write(writer, "byOccupation");
    }

    private protected override void Apply(YouthContribution contribution, int sign)
    {
        if (contribution.Occupation is { } occupation)
        {
            byOccupation.Add(occupation, sign);
        }
        else
        {
            OccupationUnknown += sign;
        }

        Entrepreneurs += contribution.HasStartup ? sign : 0;
    }

    /// <summary>Gets the keys of the youth counted (entrepreneurs only, when asked).</summary>
    internal IEnumerable<RecordKey> KeysOf(bool entrepreneursOnly) => Entries.Where(e => !entrepreneursOnly || e.Value.HasStartup).Select(e => e.Key);

    private protected override void AddState(YouthAccumulator other)
    {
        byOccupation.AddAll(other.byOccupation);
        Entrepreneurs += other.Entrepreneurs;
        OccupationUnknown += other.OccupationUnknown;
    }

    /// <inheritdoc/>
    private protected override bool Counts(RecordKind kind) => kind is RecordKind.TaiwanYouth;

    private protected override YouthAccumulator CreateEmpty() => new(Period, Mode, KeySpace);

    private protected override bool SameContext(YouthAccumulator other) => Period == other.Period;
}
