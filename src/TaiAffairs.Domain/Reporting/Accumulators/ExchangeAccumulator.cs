using System.Text.Json;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Exchanges;

namespace TaiAffairs.Domain.Reporting;

/// <summary>What one event, training or publicity record contributes.</summary>
/// <param name="Kind">1 event, 2 training, 3 policy publicity.</param>
/// <param name="EventKind">The event kind's name, for an event.</param>
/// <param name="IsJoint">Whether an event was organized by several districts.</param>
/// <param name="People">The participants or attendance, as reported.</param>
/// <param name="Materials">The copies of material distributed, for publicity.</param>
public readonly record struct ExchangeContribution(byte Kind, string? EventKind, bool IsJoint, ReportedQuantity People, ReportedQuantity Materials);

/// <summary>
/// Exchange events (count, by kind, joint ones, participants), trainings (count, attendance) and policy
/// publicity (materials distributed) in a period. Participants are summed per unit (名, 人, 位 do not add).
/// </summary>
/// <remarks>
/// A joint event is added to each organizing district's accumulator; merged into the city's it counts once
/// (law 4). A builder: see <see cref="Accumulator{TSelf, TContribution}"/> for the laws it keeps.
/// </remarks>
public sealed class ExchangeAccumulator : Accumulator<ExchangeAccumulator, ExchangeContribution>
{
    private readonly CountMap eventsByKind = new();
    private readonly Dictionary<QuantityUnit, ReportedQuantity> participants = [];
    private readonly Dictionary<QuantityUnit, ReportedQuantity> attendance = [];

    private ExchangeAccumulator(ReportingPeriod period) => Period = period;

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
    public ReportedQuantity Materials { get; private set; }

    /// <summary>Gets the events by kind name.</summary>
    public IReadOnlyDictionary<string, long> EventsByKind => eventsByKind.AsReadOnly();

    /// <summary>Gets the events' participants, summed per unit.</summary>
    public IReadOnlyDictionary<QuantityUnit, ReportedQuantity> Participants => participants.AsReadOnly();

    /// <summary>Gets the trainings' attendance, summed per unit.</summary>
    public IReadOnlyDictionary<QuantityUnit, ReportedQuantity> Attendance => attendance.AsReadOnly();

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The accumulator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    public static ExchangeAccumulator Empty(ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new ExchangeAccumulator(period);
    }

    /// <summary>Adds an event, once; outside the period it is ignored.</summary>
    /// <param name="exchangeEvent">The event.</param>
    /// <returns>Whether it was new and in the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exchangeEvent"/> is <see langword="null"/>.</exception>
    public bool Add(ExchangeEvent exchangeEvent)
    {
        ArgumentNullException.ThrowIfNull(exchangeEvent);
        return Period.Contains(exchangeEvent.Date)
               && AddContribution(new RecordKey(1, exchangeEvent.Id.Value), new ExchangeContribution(1, exchangeEvent.Kind.Name, exchangeEvent.IsJoint, exchangeEvent.Participants, default));
    }

    /// <summary>Adds a training, once; outside the period it is ignored.</summary>
    /// <param name="training">The training.</param>
    /// <returns>Whether it was new and in the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="training"/> is <see langword="null"/>.</exception>
    public bool Add(Training training)
    {
        ArgumentNullException.ThrowIfNull(training);
        return Period.Contains(training.Date)
               && AddContribution(new RecordKey(2, training.Id.Value), new ExchangeContribution(2, null, false, training.Attendance ?? default, default));
    }

    /// <summary>Adds a publicity record, once; outside the period it is ignored.</summary>
    /// <param name="publicity">The record.</param>
    /// <returns>Whether it was new and in the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="publicity"/> is <see langword="null"/>.</exception>
    public bool Add(PolicyPublicity publicity)
    {
        ArgumentNullException.ThrowIfNull(publicity);
        return Period.Contains(publicity.Date)
               && AddContribution(new RecordKey(3, publicity.Id.Value), new ExchangeContribution(3, null, false, default, publicity.Materials ?? default));
    }

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
        WriteQuantities(writer, "participants", participants);
        WriteQuantities(writer, "attendance", attendance);
    }

    private protected override void Apply(ExchangeContribution contribution)
    {
        switch (contribution.Kind)
        {
            case 1:
                Events++;
                JointEvents += contribution.IsJoint ? 1 : 0;
                eventsByKind.Add(contribution.EventKind!);
                AddQuantity(participants, contribution.People);
                break;
            case 2:
                Trainings++;
                AddQuantity(attendance, contribution.People);
                break;
            default:
                Publicity++;
                Materials += contribution.Materials;
                break;
        }
    }

    private protected override ExchangeAccumulator CreateEmpty() => new(Period);

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
}
