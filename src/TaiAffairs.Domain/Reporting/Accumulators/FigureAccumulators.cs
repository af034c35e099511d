using System.Text;
using System.Text.Json;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Exchanges;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Subsidies;

namespace TaiAffairs.Domain.Reporting;

/// <summary>
/// Every figure family of one scope (a district, or the city) for one period: the nine accumulators together,
/// with one <c>Add</c> and one <c>Replace</c> per record type, <see cref="Remove"/> and one <see cref="Merge"/>. It keeps the accumulators' laws: merging is
/// associative and commutative with <c>Empty</c> as identity, and a record counts once.
/// </summary>
/// <remarks>A builder: <c>Add</c> mutates; <see cref="Merge"/> returns a new instance. Not thread-safe.</remarks>
public sealed class FigureAccumulators
{
    private FigureAccumulators(
        IssueAccumulator issues, VisitAccumulator visits, MeetingAccumulator meetings, AwardAccumulator awards, SafetyAccumulator safety,
        GivingAccumulator giving, VaccinationAccumulator vaccinations, ExchangeAccumulator exchanges, YouthAccumulator youth)
    {
        Issues = issues;
        Visits = visits;
        Meetings = meetings;
        Awards = awards;
        Safety = safety;
        Giving = giving;
        Vaccinations = vaccinations;
        Exchanges = exchanges;
        Youth = youth;
    }

    /// <summary>Gets the period.</summary>
    public ReportingPeriod Period => Issues.Period;

    /// <summary>Gets the issue figures.</summary>
    public IssueAccumulator Issues { get; }

    /// <summary>Gets the visit figures.</summary>
    public VisitAccumulator Visits { get; }

    /// <summary>Gets the meeting figures.</summary>
    public MeetingAccumulator Meetings { get; }

    /// <summary>Gets the subsidy figures.</summary>
    public AwardAccumulator Awards { get; }

    /// <summary>Gets the safety figures.</summary>
    public SafetyAccumulator Safety { get; }

    /// <summary>Gets the donation and investment figures.</summary>
    public GivingAccumulator Giving { get; }

    /// <summary>Gets the vaccination figures.</summary>
    public VaccinationAccumulator Vaccinations { get; }

    /// <summary>Gets the event, training and publicity figures.</summary>
    public ExchangeAccumulator Exchanges { get; }

    /// <summary>Gets the youth figures.</summary>
    public YouthAccumulator Youth { get; }

    /// <summary>Creates empty accumulators for a period.</summary>
    /// <param name="period">The period.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="mode">How records are delivered: <see cref="DeliveryMode.AtLeastOnce"/> (the default) or <see cref="DeliveryMode.ExactlyOnce"/>.</param>
    /// <returns>The accumulators, the identity of <see cref="Merge"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
#pragma warning disable RS0027 // The overload taking a key space is unambiguous: a mode, or a space (which is at-least-once).
    public static FigureAccumulators Empty(ReportingPeriod period, WorkingDayCalendar calendar, DeliveryMode mode = DeliveryMode.AtLeastOnce) =>
        new(
            IssueAccumulator.Empty(period, calendar, mode), VisitAccumulator.Empty(period, mode), MeetingAccumulator.Empty(period, mode), AwardAccumulator.Empty(period, mode),
            SafetyAccumulator.Empty(period, mode), GivingAccumulator.Empty(period, mode), VaccinationAccumulator.Empty(period, mode), ExchangeAccumulator.Empty(period, mode),
            YouthAccumulator.Empty(period, mode));
#pragma warning restore RS0027

    /// <summary>
    /// Creates empty at-least-once accumulators whose record keys are numbered in a shared space: give the same space
    /// to every district's accumulators and the city's, and folding the districts into the city matches records by
    /// number, hashing no key (see <see cref="RecordKeySpace"/>).
    /// </summary>
    /// <param name="period">The period.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="keySpace">The shared key space.</param>
    /// <returns>The accumulators, the identity of <see cref="Merge"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static FigureAccumulators Empty(ReportingPeriod period, WorkingDayCalendar calendar, RecordKeySpace keySpace) =>
        new(
            IssueAccumulator.Empty(period, calendar, keySpace), VisitAccumulator.Empty(period, keySpace), MeetingAccumulator.Empty(period, keySpace),
            AwardAccumulator.Empty(period, keySpace), SafetyAccumulator.Empty(period, keySpace), GivingAccumulator.Empty(period, keySpace),
            VaccinationAccumulator.Empty(period, keySpace), ExchangeAccumulator.Empty(period, keySpace), YouthAccumulator.Empty(period, keySpace));

    /// <summary>Gets the space that numbers the record keys (shared by every family), or <see langword="null"/> when exactly-once.</summary>
    public RecordKeySpace? KeySpace => Issues.KeySpace;

    /// <summary>Gets a number that grows with every change to any family.</summary>
    internal long Version =>
        Issues.Version + Visits.Version + Meetings.Version + Awards.Version + Safety.Version + Giving.Version + Vaccinations.Version + Exchanges.Version + Youth.Version;

    /// <summary>Gets how records are delivered (the same for every family).</summary>
    public DeliveryMode Mode => Issues.Mode;

    /// <summary>Adds an issue.</summary>
    /// <param name="issue">The issue.</param>
    /// <returns>Whether it was new and counts.</returns>
    public bool Add(ServiceIssue issue) => Issues.Add(issue);

    /// <summary>Adds a visit to an enterprise.</summary>
    /// <param name="visit">The visit.</param>
    /// <returns>Whether it was new and counts.</returns>
    public bool Add(EnterpriseVisit visit) => Visits.Add(visit);

    /// <summary>Adds a care visit.</summary>
    /// <param name="visit">The visit.</param>
    /// <returns>Whether it was new and counts.</returns>
    public bool Add(CareVisit visit) => Visits.Add(visit);

    /// <summary>Adds a meeting.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>Whether it was new and counts.</returns>
    public bool Add(Meeting meeting) => Meetings.Add(meeting);

    /// <summary>Adds an award.</summary>
    /// <param name="award">The award.</param>
    /// <returns>Whether it was new and counts.</returns>
    public bool Add(SubsidyAward award) => Awards.Add(award);

    /// <summary>Adds a safety finding.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>Whether it was new and counts.</returns>
    public bool Add(SafetyFinding finding) => Safety.Add(finding);

    /// <summary>Adds a donation or investment.</summary>
    /// <param name="record">The record.</param>
    /// <returns>Whether it was new and counts.</returns>
    public bool Add(EnterpriseMoneyRecord record) => Giving.Add(record);

    /// <summary>Adds a vaccination dose.</summary>
    /// <param name="dose">The dose.</param>
    /// <returns>Whether it was new and counts.</returns>
    public bool Add(VaccinationDose dose) => Vaccinations.Add(dose);

    /// <summary>Adds an exchange event.</summary>
    /// <param name="exchangeEvent">The event.</param>
    /// <returns>Whether it was new and counts.</returns>
    public bool Add(ExchangeEvent exchangeEvent) => Exchanges.Add(exchangeEvent);

    /// <summary>Adds a training.</summary>
    /// <param name="training">The training.</param>
    /// <returns>Whether it was new and counts.</returns>
    public bool Add(Training training) => Exchanges.Add(training);

    /// <summary>Adds a policy publicity record.</summary>
    /// <param name="publicity">The record.</param>
    /// <returns>Whether it was new and counts.</returns>
    public bool Add(PolicyPublicity publicity) => Exchanges.Add(publicity);

    /// <summary>Adds a youth view.</summary>
    /// <param name="youth">The youth.</param>
    /// <returns>Whether it was new and counts.</returns>
    public bool Add(TaiwanYouth youth) => Youth.Add(youth);

    /// <summary>Puts a new version of a record in place of the old one (or adds it); a version outside the period removes it.</summary>
    /// <param name="issue">The new version.</param>
    /// <returns>Whether the figures changed.</returns>
    public bool Replace(ServiceIssue issue) => Issues.Replace(issue);

    /// <summary>Puts a new version of a record in place of the old one (or adds it); a version outside the period removes it.</summary>
    /// <param name="visit">The new version.</param>
    /// <returns>Whether the figures changed.</returns>
    public bool Replace(EnterpriseVisit visit) => Visits.Replace(visit);

    /// <summary>Puts a new version of a record in place of the old one (or adds it); a version outside the period removes it.</summary>
    /// <param name="visit">The new version.</param>
    /// <returns>Whether the figures changed.</returns>
    public bool Replace(CareVisit visit) => Visits.Replace(visit);

    /// <summary>Puts a new version of a record in place of the old one (or adds it); a version outside the period removes it.</summary>
    /// <param name="meeting">The new version.</param>
    /// <returns>Whether the figures changed.</returns>
    public bool Replace(Meeting meeting) => Meetings.Replace(meeting);

    /// <summary>Puts a new version of a record in place of the old one (or adds it); a version outside the period removes it.</summary>
    /// <param name="award">The new version.</param>
    /// <returns>Whether the figures changed.</returns>
    public bool Replace(SubsidyAward award) => Awards.Replace(award);

    /// <summary>Puts a new version of a record in place of the old one (or adds it); a version outside the period removes it.</summary>
    /// <param name="finding">The new version.</param>
    /// <returns>Whether the figures changed.</returns>
    public bool Replace(SafetyFinding finding) => Safety.Replace(finding);

    /// <summary>Puts a new version of a record in place of the old one (or adds it); a version outside the period removes it.</summary>
    /// <param name="record">The new version.</param>
    /// <returns>Whether the figures changed.</returns>
    public bool Replace(EnterpriseMoneyRecord record) => Giving.Replace(record);

    /// <summary>Puts a new version of a record in place of the old one (or adds it); a version outside the period removes it.</summary>
    /// <param name="dose">The new version.</param>
    /// <returns>Whether the figures changed.</returns>
    public bool Replace(VaccinationDose dose) => Vaccinations.Replace(dose);

    /// <summary>Puts a new version of a record in place of the old one (or adds it); a version outside the period removes it.</summary>
    /// <param name="exchangeEvent">The new version.</param>
    /// <returns>Whether the figures changed.</returns>
    public bool Replace(ExchangeEvent exchangeEvent) => Exchanges.Replace(exchangeEvent);

    /// <summary>Puts a new version of a record in place of the old one (or adds it); a version outside the period removes it.</summary>
    /// <param name="training">The new version.</param>
    /// <returns>Whether the figures changed.</returns>
    public bool Replace(Training training) => Exchanges.Replace(training);

    /// <summary>Puts a new version of a record in place of the old one (or adds it); a version outside the period removes it.</summary>
    /// <param name="publicity">The new version.</param>
    /// <returns>Whether the figures changed.</returns>
    public bool Replace(PolicyPublicity publicity) => Exchanges.Replace(publicity);

    /// <summary>Puts a new version of a record in place of the old one (or adds it); a version outside the period removes it.</summary>
    /// <param name="youth">The new version.</param>
    /// <returns>Whether the figures changed.</returns>
    public bool Replace(TaiwanYouth youth) => Youth.Replace(youth);

    /// <summary>Removes a record by its key, as if it had never been added.</summary>
    /// <param name="key">The record's key.</param>
    /// <returns>Whether it was present.</returns>
    public bool Remove(RecordKey key) => key.Kind switch
    {
        RecordKind.ServiceIssue => Issues.Remove(key),
        RecordKind.EnterpriseVisit or RecordKind.CareVisit => Visits.Remove(key),
        RecordKind.Meeting => Meetings.Remove(key),
        RecordKind.SubsidyAward => Awards.Remove(key),
        RecordKind.SafetyFinding => Safety.Remove(key),
        RecordKind.EnterpriseMoneyRecord => Giving.Remove(key),
        RecordKind.VaccinationDose => Vaccinations.Remove(key),
        RecordKind.ExchangeEvent or RecordKind.Training or RecordKind.PolicyPublicity => Exchanges.Remove(key),
        RecordKind.TaiwanYouth => Youth.Remove(key),
        _ => false,
    };

    /// <summary>Merges with other accumulators of the same period and calendar; neither input changes.</summary>
    /// <param name="other">The other accumulators.</param>
    /// <returns>New accumulators holding the union of both.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The contexts differ.</exception>
    public FigureAccumulators Merge(FigureAccumulators other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(
            Issues.Merge(other.Issues), Visits.Merge(other.Visits), Meetings.Merge(other.Meetings), Awards.Merge(other.Awards), Safety.Merge(other.Safety),
            Giving.Merge(other.Giving), Vaccinations.Merge(other.Vaccinations), Exchanges.Merge(other.Exchanges), Youth.Merge(other.Youth));
    }

    /// <summary>Merges other accumulators into these, in place, at the cost of the other's state; the other does not change.</summary>
    /// <param name="other">The other accumulators.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The contexts or modes differ; nothing changed.</exception>
    public void UnionWith(FigureAccumulators other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Period != Period || !ReferenceEquals(other.Issues.Calendar, Issues.Calendar) || other.Mode != Mode)
        {
            throw new ArgumentException("Only accumulators of the same period, calendar and delivery mode can be merged.", nameof(other));
        }

        Issues.UnionWith(other.Issues);
        Visits.UnionWith(other.Visits);
        Meetings.UnionWith(other.Meetings);
        Awards.UnionWith(other.Awards);
        Safety.UnionWith(other.Safety);
        Giving.UnionWith(other.Giving);
        Vaccinations.UnionWith(other.Vaccinations);
        Exchanges.UnionWith(other.Exchanges);
        Youth.UnionWith(other.Youth);
    }

    /// <summary>Returns an independent copy.</summary>
    /// <returns>New accumulators with the same records.</returns>
    public FigureAccumulators Clone() =>
        new(Issues.Clone(), Visits.Clone(), Meetings.Clone(), Awards.Clone(), Safety.Clone(), Giving.Clone(), Vaccinations.Clone(), Exchanges.Clone(), Youth.Clone());

    /// <summary>Writes every figure as stable JSON: equal figures give equal text.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes every figure as one JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public void Write(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        Section(writer, "issues", Issues.WriteFigures);
        Section(writer, "visits", Visits.WriteFigures);
        Section(writer, "meetings", Meetings.WriteFigures);
        Section(writer, "awards", Awards.WriteFigures);
        Section(writer, "safety", Safety.WriteFigures);
        Section(writer, "giving", Giving.WriteFigures);
        Section(writer, "vaccinations", Vaccinations.WriteFigures);
        Section(writer, "exchanges", Exchanges.WriteFigures);
        Section(writer, "youth", Youth.WriteFigures);
        writer.WriteEndObject();
    }

    private static void Section(Utf8JsonWriter writer, string name, Action<Utf8JsonWriter> write)
    {
        writer.WriteStartObject(name);
        write(writer);
        writer.WriteEndObject();
    }
}
