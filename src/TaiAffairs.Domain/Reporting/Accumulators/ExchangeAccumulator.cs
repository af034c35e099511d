using System.Text.Json;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Exchanges;

namespace TaiAffairs.Domain.Reporting;

/// <summary>Which kind of record an <see cref="ExchangeContribution"/> comes from.</summary>
public enum ExchangeRecordKind
{
    /// <summary>An exchange event (<see cref="ExchangeEvent"/>).</summary>
    Event = 1,

    /// <summary>A training (<see cref="Training"/>).</summary>
    Training = 2,

    /// <summary>Policy publicity (<see cref="PolicyPublicity"/>).</summary>
    Publicity = 3,
}

/// <summary>What one event, training or publicity record contributes.</summary>
/// <param name="Kind">The kind of record.</param>
/// <param name="EventKind">The event's kind, for an event; else <see langword="null"/>.</param>
/// <param name="IsJoint">Whether an event was organized by several districts.</param>
/// <param name="People">The participants or attendance, as reported.</param>
/// <param name="Materials">The copies of material distributed, for publicity.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct ExchangeContribution(ExchangeRecordKind Kind, ExchangeEventKind? EventKind, bool IsJoint, ReportedQuantity People, ReportedQuantity Materials);

/// <summary>
/// Exchange events (count, by kind, joint ones, participants), trainings (count, attendance) and policy
/// publicity (materials distributed) in a period. Participants are summed per unit (名, 人, 位 do not add).
/// </summary>
/// <remarks>
/// A joint event is added to each organizing district's accumulator; merged into the city's it counts once
/// (law 4). A builder: see <see cref="Accumulator{TSelf, TContribution}"/> for the laws it keeps.
///  Not thread-safe: one writer at a time. Aggregate partitions on separate instances (one per thread) and <c>Merge</c> them; see docs/hardening.md.</remarks>
public sealed class ExchangeAccumulator : Accumulator<ExchangeAccumulator, ExchangeContribution>
{
    private readonly CountMap<ExchangeEventKind> eventsByKind = new(k => k.Name);
    private Sums? sums;

    private ExchangeAccumulator(ReportingPeriod period, DeliveryMode mode, RecordKeySpace? keySpace)
        : base(mode, keySpace)
    {
        Period = period;
        sums = mode == DeliveryMode.ExactlyOnce ? new Sums([], [], default) : null;
    }

    /// <summary>Gets the period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the events held.</summary>
    public int Events { get; private set; }

    /// <summary>Gets the events organized jointly with other districts.</summary>
    public int JointEvents { get; private set; }

    /// <summary>Gets the trainings held.</summary>
    public int Trainings { get; private set; }

    /// <summary>Gets the publicity records.</summary>
    public int Publicity { get; private set; }

    /// <summary>Gets the copies of material distributed (份).</summary>
    public ReportedQuantity Materials => Totals().Materials;

    /// <summary>Gets the events by kind name.</summary>
    public IReadOnlyDictionary<ExchangeEventKind, long> EventsByKind => eventsByKind.AsReadOnly();

    /// <summary>Gets the events' participants, summed per unit.</summary>
    public IReadOnlyDictionary<QuantityUnit, ReportedQuantity> Participants => Totals().Participants.AsReadOnly();

    /// <summary>Gets the trainings' attendance, summed per unit.</summary>
    public IReadOnlyDictionary<QuantityUnit, ReportedQuantity> Attendance => Totals().Attendance.AsReadOnly();

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="period">The period.</param>
    /// <param name="mode">How records are delivered: <see cref="DeliveryMode.AtLeastOnce"/> (the default) or <see cref="DeliveryMode.ExactlyOnce"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined mode.</exception>
    /// <returns>The accumulator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
#pragma warning disable RS0027 // The overload taking a key space is unambiguous: a mode, or a space (which is at-least-once).
    public static ExchangeAccumulator Empty(ReportingPeriod period, DeliveryMode mode = DeliveryMode.AtLeastOnce)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new ExchangeAccumulator(period, mode, null);
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
    public static ExchangeAccumulator Empty(ReportingPeriod period, RecordKeySpace keySpace)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(keySpace);
        return new ExchangeAccumulator(period, DeliveryMode.AtLeastOnce, keySpace);
    }

    /// <summary>Adds an event, once; outside the period it is ignored.</summary>
    /// <param name="exchangeEvent">The event.</param>
    /// <returns>Whether it was new and in the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exchangeEvent"/> is <see langword="null"/>.</exception>
    public bool Add(ExchangeEvent exchangeEvent)
    {
        ArgumentNullException.ThrowIfNull(exchangeEvent);
        return TryContribution(exchangeEvent, out var contribution) && AddContribution(RecordKey.Of(exchangeEvent), contribution);
    }

    /// <summary>Puts a new version of an event in place of the old one (retracting the old contribution), or adds it when absent; a version outside the period removes it.</summary>
    /// <param name="exchangeEvent">The new version.</param>
    /// <returns>Whether the figures changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exchangeEvent"/> is <see langword="null"/>.</exception>
    public bool Replace(ExchangeEvent exchangeEvent)
    {
        ArgumentNullException.ThrowIfNull(exchangeEvent);
        return TryContribution(exchangeEvent, out var contribution) ? ReplaceContribution(RecordKey.Of(exchangeEvent), contribution) : Remove(RecordKey.Of(exchangeEvent));
    }

    /// <summary>Removes an event, as if it had never been added.</summary>
    /// <param name="exchangeEvent">The record.</param>
    /// <returns>Whether it was present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exchangeEvent"/> is <see langword="null"/>.</exception>
    public bool Remove(ExchangeEvent exchangeEvent) => Remove(RecordKey.Of(exchangeEvent));

    /// <summary>Adds a training, once; outside the period it is ignored.</summary>
    /// <param name="training">The training.</param>
    /// <returns>Whether it was new and in the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="training"/> is <see langword="null"/>.</exception>
    public bool Add(Training training)
    {
        ArgumentNullException.ThrowIfNull(training);
        return TryContribution(training, out var contribution) && AddContribution(RecordKey.Of(training), contribution);
    }

    /// <summary>Puts a new version of a training in place of the old one (retracting the old contribution), or adds it when absent; a version outside the period removes it.</summary>
    /// <param name="training">The new version.</param>
    /// <returns>Whether the figures changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="training"/> is <see langword="null"/>.</exception>
    public bool Replace(Training training)
    {
        ArgumentNullException.ThrowIfNull(training);
        return TryContribution(training, out var contribution) ? ReplaceContribution(RecordKey.Of(training), contribution) : Remove(RecordKey.Of(training));
    }

    /// <summary>Removes a training, as if it had never been added.</summary>
    /// <param name="training">The record.</param>
    /// <returns>Whether it was present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="training"/> is <see langword="null"/>.</exception>
    public bool Remove(Training training) => Remove(RecordKey.Of(training));

    /// <summary>Adds a publicity record, once; outside the period it is ignored.</summary>
    /// <param name="publicity">The record.</param>
    /// <returns>Whether it was new and in the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="publicity"/> is <see langword="null"/>.</exception>
    public bool Add(PolicyPublicity publicity)
    {
        ArgumentNullException.ThrowIfNull(publicity);
        return TryContribution(publicity, out var contribution) && AddContribution(RecordKey.Of(publicity), contribution);
    }

    /// <summary>Puts a new version of a publicity record in place of the old one (retracting the old contribution), or adds it when absent; a version outside the period removes it.</summary>
    /// <param name="publicity">The new version.</param>
    /// <returns>Whether the figures changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="publicity"/> is <see langword="null"/>.</exception>
    public bool Replace(PolicyPublicity publicity)
    {
        ArgumentNullException.ThrowIfNull(publicity);
        return TryContribution(publicity, out var contribution) ? ReplaceContribution(RecordKey.Of(publicity), contribution) : Remove(RecordKey.Of(publicity));
    }

    /// <summary>Removes a publicity record, as if it had never been added.</summary>
    /// <param name="publicity">The record.</param>
    /// <returns>Whether it was present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="publicity"/> is <see langword="null"/>.</exception>
    public bool Remove(PolicyPublicity publicity) => Remove(RecordKey.Of(publicity));

    /// <inheritdoc />
    public override void WriteFigures(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumber("events", Events);
        writer.WriteNumber("jointEvents", JointEvents);
        writer.WriteNumber("trainings", Trainings);
        writer.WriteNumber("publicity", Publicity);
        writer.WriteString("materials", Materials.ToString());
        eventsByKind.Write(writer, "eventsByKind");
        WriteQuantities(writer, "participants", Totals().Participants);
        WriteQuantities(writer, "attendance", Totals().Attendance);
    }

    private protected override void Apply(ExchangeContribution contribution, int sign)
    {
        if (Mode == DeliveryMode.ExactlyOnce)
        {
            // Nothing is ever retracted: the sums are kept as records arrive.
            AddToSums(sums!, contribution);
        }
        else
        {
            sums = null;
        }

        switch (contribution.Kind)
        {
            case ExchangeRecordKind.Event:
                Events += sign;
                JointEvents += contribution.IsJoint ? sign : 0;
                eventsByKind.Add(contribution.EventKind!, sign);
                break;
            case ExchangeRecordKind.Training:
                Trainings += sign;
                break;
            default:
                Publicity += sign;
                break;
        }
    }

    /// <summary>Gets the keys of the records of a kind.</summary>
    internal IEnumerable<RecordKey> KeysOf(ExchangeRecordKind kind) => Entries.Where(e => e.Value.Kind == kind).Select(e => e.Key);

    private bool TryContribution(ExchangeEvent exchangeEvent, out ExchangeContribution contribution)
    {
        contribution = new ExchangeContribution(ExchangeRecordKind.Event, exchangeEvent.Kind, exchangeEvent.IsJoint, exchangeEvent.Participants, default);
        return Period.Contains(exchangeEvent.Date);
    }

    private bool TryContribution(Training training, out ExchangeContribution contribution)
    {
        contribution = new ExchangeContribution(ExchangeRecordKind.Training, null, false, training.Attendance ?? default, default);
        return Period.Contains(training.Date);
    }

    private bool TryContribution(PolicyPublicity publicity, out ExchangeContribution contribution)
    {
        contribution = new ExchangeContribution(ExchangeRecordKind.Publicity, null, false, default, publicity.Materials ?? default);
        return Period.Contains(publicity.Date);
    }

    // Interval sums are not invertible once phrased (one "500余份" keeps its phrase; two give "1002至1198份"), so they
    // are recomputed from the contributions on the first read after a change. The sum does not depend on order.
    private Sums Totals()
    {
        if (sums is { } cached)
        {
            return cached;
        }

        var totals = new Sums([], [], default);
        foreach (var contribution in Contributions)
        {
            AddToSums(totals, contribution);
        }

        return sums = totals;
    }

    private static void AddToSums(Sums totals, ExchangeContribution contribution)
    {
        switch (contribution.Kind)
        {
            case ExchangeRecordKind.Event: AddQuantity(totals.Participants, contribution.People); break;
            case ExchangeRecordKind.Training: AddQuantity(totals.Attendance, contribution.People); break;
            default: totals.Materials += contribution.Materials; break;
        }
    }

    private protected override void AddState(ExchangeAccumulator other)
    {
        Events += other.Events;
        JointEvents += other.JointEvents;
        Trainings += other.Trainings;
        Publicity += other.Publicity;
        eventsByKind.AddAll(other.eventsByKind);
        if (Mode == DeliveryMode.AtLeastOnce)
        {
            sums = null;
            return;
        }

        foreach (var quantity in other.sums!.Participants.Values)
        {
            AddQuantity(sums!.Participants, quantity);
        }

        foreach (var quantity in other.sums.Attendance.Values)
        {
            AddQuantity(sums!.Attendance, quantity);
        }

        sums!.Materials += other.sums.Materials;
    }

    /// <inheritdoc/>
    private protected override bool Counts(RecordKind kind) => kind is RecordKind.ExchangeEvent or RecordKind.Training or RecordKind.PolicyPublicity;

    private protected override ExchangeAccumulator CreateEmpty() => new(Period, Mode, KeySpace);

    private protected override bool SameContext(ExchangeAccumulator other) => Period == other.Period;

    private static void AddQuantity(Dictionary<QuantityUnit, ReportedQuantity> map, ReportedQuantity quantity)
    {
        if (quantity.Unit is not { } unit)
        {
            return;
        }

        map.TryGetValue(unit, out var current);
        map[unit] = current + quantity;
    }

    private static void WriteQuantities(Utf8JsonWriter writer, string name, Dictionary<QuantityUnit, ReportedQuantity> map)
    {
        writer.WriteStartObject(name);
        foreach (var (unit, quantity) in map.OrderBy(m => m.Key.Value))
        {
            writer.WriteString(unit.Symbol, quantity.ToString());
        }

        writer.WriteEndObject();
    }

    private sealed class Sums(Dictionary<QuantityUnit, ReportedQuantity> participants, Dictionary<QuantityUnit, ReportedQuantity> attendance, ReportedQuantity materials)
    {
        public Dictionary<QuantityUnit, ReportedQuantity> Participants { get; } = participants;

        public Dictionary<QuantityUnit, ReportedQuantity> Attendance { get; } = attendance;

        public ReportedQuantity Materials { get; set; } = materials;
    }
}
