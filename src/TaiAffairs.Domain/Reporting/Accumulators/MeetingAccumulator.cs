using System.Text.Json;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Reporting;

/// <summary>What one meeting contributes: its kind, host and quarter.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Host">The host, an official in a public role.</param>
/// <param name="Quarter">The quarter (1-4) it was held in.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct MeetingContribution(MeetingKind Kind, Official Host, int Quarter);

/// <summary>Meetings in a period: by kind, by host's post, and the quarters that had a quarterly round-table.</summary>
/// <remarks>A builder: see <see cref="Accumulator{TSelf, TContribution}"/> for the laws it keeps. Not thread-safe: one writer at a time. Aggregate partitions on separate instances (one per thread) and <c>Merge</c> them; see docs/hardening.md.</remarks>
public sealed class MeetingAccumulator : Accumulator<MeetingAccumulator, MeetingContribution>
{
    private readonly CountMap<MeetingKind> byKind = new(k => k.Name);
    private readonly CountMap<Official> byHost = new(o => o.Post);
    private readonly int[] roundTablesByQuarter = new int[4];

    private MeetingAccumulator(ReportingPeriod period, DeliveryMode mode, RecordKeySpace? keySpace)
        : base(mode, keySpace) => Period = period;

    /// <summary>Gets the period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the meetings by kind name.</summary>
    public IReadOnlyDictionary<MeetingKind, long> ByKind => byKind.AsReadOnly();

    /// <summary>Gets the meetings by the host's post.</summary>
    public IReadOnlyDictionary<Official, long> ByHost => byHost.AsReadOnly();

    /// <summary>Gets the number of quarters (1-4) with at least one quarterly round-table.</summary>
    public int QuartersWithRoundTable => roundTablesByQuarter.Count(n => n > 0);

    /// <summary>Gets the meetings of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is <see langword="null"/>.</exception>
    public long CountOf(MeetingKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return byKind[kind];
    }

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="period">The period.</param>
    /// <param name="mode">How records are delivered: <see cref="DeliveryMode.AtLeastOnce"/> (the default) or <see cref="DeliveryMode.ExactlyOnce"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined mode.</exception>
    /// <returns>The accumulator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
#pragma warning disable RS0027 // The overload taking a key space is unambiguous: a mode, or a space (which is at-least-once).
    public static MeetingAccumulator Empty(ReportingPeriod period, DeliveryMode mode = DeliveryMode.AtLeastOnce)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new MeetingAccumulator(period, mode, null);
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
    public static MeetingAccumulator Empty(ReportingPeriod period, RecordKeySpace keySpace)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(keySpace);
        return new MeetingAccumulator(period, DeliveryMode.AtLeastOnce, keySpace);
    }

    /// <summary>Adds a meeting, once; outside the period it is ignored.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>Whether it was new and in the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is <see langword="null"/>.</exception>
    public bool Add(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return TryContribution(meeting, out var contribution) && AddContribution(RecordKey.Of(meeting), contribution);
    }

    /// <summary>Puts a new version of a meeting in place of the old one (retracting the old contribution), or adds it when absent; a version outside the period removes it.</summary>
    /// <param name="meeting">The new version.</param>
    /// <returns>Whether the figures changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is <see langword="null"/>.</exception>
    public bool Replace(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return TryContribution(meeting, out var contribution) ? ReplaceContribution(RecordKey.Of(meeting), contribution) : Remove(RecordKey.Of(meeting));
    }

    /// <summary>Removes a meeting, as if it had never been added.</summary>
    /// <param name="meeting">The record.</param>
    /// <returns>Whether it was present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is <see langword="null"/>.</exception>
    public bool Remove(Meeting meeting) => Remove(RecordKey.Of(meeting));


    /// <inheritdoc />
    public override void WriteFigures(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumber("meetings", Count);
        writer.WriteNumber("quartersWithRoundTable", QuartersWithRoundTable);
        byKind.Write(writer, "byKind");
        byHost.Write(writer, "byHost");
    }

    private protected override void Apply(MeetingContribution contribution, int sign)
    {
        byKind.Add(contribution.Kind, sign);
        byHost.Add(contribution.Host, sign);
        if (contribution.Kind == MeetingKind.QuarterlyRoundTable)
        {
            roundTablesByQuarter[contribution.Quarter - 1] += sign;
        }
    }

    /// <summary>Gets the keys of the meetings of some kinds.</summary>
    internal IEnumerable<RecordKey> KeysOf(params MeetingKind[] kinds) => Entries.Where(e => kinds.Contains(e.Value.Kind)).Select(e => e.Key);

    private bool TryContribution(Meeting meeting, out MeetingContribution contribution)
    {
        var inPeriod = Period.Contains(meeting.Date);
        contribution = inPeriod ? new MeetingContribution(meeting.Kind, meeting.Host, ReportingPeriod.QuarterOf(meeting.Date)) : default;
        return inPeriod;
    }

    private protected override void AddState(MeetingAccumulator other)
    {
        byKind.AddAll(other.byKind);
        byHost.AddAll(other.byHost);
        for (var q = 0; q < 4; q++)
        {
            roundTablesByQuarter[q] += other.roundTablesByQuarter[q];
        }
    }

    /// <inheritdoc/>
    private protected override bool Counts(RecordKind kind) => kind is RecordKind.Meeting;

    private protected override MeetingAccumulator CreateEmpty() => new(Period, Mode, KeySpace);

    private protected override bool SameContext(MeetingAccumulator other) => Period == other.Period;
}
