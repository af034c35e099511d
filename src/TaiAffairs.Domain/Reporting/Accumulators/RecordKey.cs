using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Exchanges;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Subsidies;

namespace TaiAffairs.Domain.Reporting;

/// <summary>The kinds of record an accumulator counts; part of a record's identity (<see cref="RecordKey"/>).</summary>
public enum RecordKind
{
    /// <summary>A service issue; its id is unique across the data set.</summary>
    ServiceIssue = 1,

    /// <summary>A visit to an enterprise; its id is unique within its enterprise.</summary>
    EnterpriseVisit = 2,

    /// <summary>A care visit to a person; its id is unique within its person.</summary>
    CareVisit = 3,

    /// <summary>A meeting; its id is unique within its district's leading group.</summary>
    Meeting = 4,

    /// <summary>A subsidy award; its id is unique across the data set.</summary>
    SubsidyAward = 5,

    /// <summary>A safety finding; its id is unique within its enterprise.</summary>
    SafetyFinding = 6,

    /// <summary>A donation or investment; its id is unique within its enterprise.</summary>
    EnterpriseMoneyRecord = 7,

    /// <summary>A vaccination dose; its id is unique within its person.</summary>
    VaccinationDose = 8,

    /// <summary>An exchange event; its id is unique across the data set.</summary>
    ExchangeEvent = 9,

    /// <summary>A training; its id is unique across the data set.</summary>
    Training = 10,

    /// <summary>Policy publicity; its id is unique across the data set.</summary>
    PolicyPublicity = 11,

    /// <summary>A person counted as a youth; the person's id.</summary>
    TaiwanYouth = 12,
}

/// <summary>
/// The identity of a record inside an accumulator: its kind, its owner where ids are only unique per owner (the
/// enterprise of a visit, the person of a dose, the district of a meeting), and its id. Two enterprises' visit
/// <c>v-1</c> are two records; the same visit delivered twice is one.
/// </summary>
/// <param name="Kind">The kind of record.</param>
/// <param name="Owner">The owner's id value (or district code) for owned records; <see langword="null"/> for records with globally unique ids.</param>
/// <param name="Id">The record's id value.</param>
/// <remarks>Equality is structural and ordinal. Immutable.</remarks>
public readonly record struct RecordKey(RecordKind Kind, string? Owner, string Id)
{
    /// <summary>Gets the key of an issue.</summary>
    /// <param name="issue">The issue.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    public static RecordKey Of(ServiceIssue issue) => new(RecordKind.ServiceIssue, null, NotNull(issue).Id.Value);

    /// <summary>Gets the key of an enterprise visit: unique within its enterprise.</summary>
    /// <param name="visit">The visit.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="visit"/> is <see langword="null"/>.</exception>
    public static RecordKey Of(EnterpriseVisit visit) => new(RecordKind.EnterpriseVisit, NotNull(visit).Enterprise.Value, visit.Id.Value);

    /// <summary>Gets the key of a care visit: unique within its person.</summary>
    /// <param name="visit">The visit.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="visit"/> is <see langword="null"/>.</exception>
    public static RecordKey Of(CareVisit visit) => new(RecordKind.CareVisit, NotNull(visit).Compatriot.Value, visit.Id.Value);

    /// <summary>Gets the key of a meeting: unique within its district's leading group.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is <see langword="null"/>.</exception>
    public static RecordKey Of(Meeting meeting) =>
        new(RecordKind.Meeting, NotNull(meeting).District.CodeText, meeting.Id.Value);

    /// <summary>Gets the key of an award.</summary>
    /// <param name="award">The award.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="award"/> is <see langword="null"/>.</exception>
    public static RecordKey Of(SubsidyAward award) => new(RecordKind.SubsidyAward, null, NotNull(award).Id.Value);

    /// <summary>Gets the key of a safety finding: unique within its enterprise.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is <see langword="null"/>.</exception>
    public static RecordKey Of(SafetyFinding finding) => new(RecordKind.SafetyFinding, NotNull(finding).Enterprise.Value, finding.Id.Value);

    /// <summary>Gets the key of a donation or investment: unique within its enterprise.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public static RecordKey Of(EnterpriseMoneyRecord record) => new(RecordKind.EnterpriseMoneyRecord, NotNull(record).Enterprise.Value, record.Id.Value);

    /// <summary>Gets the key of a vaccination dose: unique within its person.</summary>
    /// <param name="dose">The dose.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dose"/> is <see langword="null"/>.</exception>
    public static RecordKey Of(VaccinationDose dose) => new(RecordKind.VaccinationDose, NotNull(dose).Compatriot.Value, dose.Id.Value);

    /// <summary>Gets the key of an exchange event.</summary>
    /// <param name="exchangeEvent">The event.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exchangeEvent"/> is <see langword="null"/>.</exception>
    public static RecordKey Of(ExchangeEvent exchangeEvent) => new(RecordKind.ExchangeEvent, null, NotNull(exchangeEvent).Id.Value);

    /// <summary>Gets the key of a training.</summary>
    /// <param name="training">The training.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="training"/> is <see langword="null"/>.</exception>
    public static RecordKey Of(Training training) => new(RecordKind.Training, null, NotNull(training).Id.Value);

    /// <summary>Gets the key of a publicity record.</summary>
    /// <param name="publicity">The record.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="publicity"/> is <see langword="null"/>.</exception>
    public static RecordKey Of(PolicyPublicity publicity) => new(RecordKind.PolicyPublicity, null, NotNull(publicity).Id.Value);

    /// <summary>Gets the key of a person counted as a youth.</summary>
    /// <param name="youth">The youth.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="youth"/> is <see langword="null"/>.</exception>
    public static RecordKey Of(TaiwanYouth youth) => new(RecordKind.TaiwanYouth, null, NotNull(youth).Id.Value);

    /// <summary>
    /// Whether the key has the shape its kind's keys have: an id, and an owner exactly for the kinds whose ids are unique
    /// only per owner (a visit without its enterprise would be another record than the same visit with it).
    /// </summary>
    internal bool IsWellFormed =>
        !string.IsNullOrEmpty(Id) && Enum.IsDefined(Kind)
        && (Kind is RecordKind.EnterpriseVisit or RecordKind.CareVisit or RecordKind.Meeting or RecordKind.SafetyFinding
            or RecordKind.EnterpriseMoneyRecord or RecordKind.VaccinationDose) == !string.IsNullOrEmpty(Owner);

    /// <summary>Returns <c>Kind:Owner/Id</c> (or <c>Kind:Id</c>); ids are not personal data.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Owner is null ? $"{Kind}:{Id}" : $"{Kind}:{Owner}/{Id}";

    private static T NotNull<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return value;
    }
}
