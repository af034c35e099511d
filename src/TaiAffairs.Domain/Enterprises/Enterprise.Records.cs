using System.Diagnostics;
using Ardalis.GuardClauses;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Common.Rules;
using TaiAffairs.Domain.Enterprises.Rules;
using TaiAffairs.Domain.Exchanges;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Enterprises;

/// <content>Enterprise: the records kept against the enterprise (visits, safety findings, donations and investments, alliances, trainings).</content>
public sealed partial class Enterprise
{
    /// <summary>Records a visit to the enterprise.</summary>
    /// <param name="id">The visit's id, unique for the enterprise.</param>
    /// <param name="date">The date.</param>
    /// <param name="visitors">The visiting units; at least one.</param>
    /// <param name="purpose">The purpose.</param>
    /// <returns>The visit.</returns>
    /// <exception cref="ArgumentException">A required argument is missing or default.</exception>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="RecordIdsAreUnique"/>, <see cref="RecordedOnOrAfterRegistration"/> or <see cref="VisitNamesItsVisitors"/> is broken.</exception>
    public EnterpriseVisit RecordVisit(Id<EnterpriseVisit> id, LocalDate date, IEnumerable<Id<Department>> visitors, string purpose)
    {
        Guard.Against.Expression(i => i.IsDefault, id, "A visit needs an id.");
        Guard.Against.Null(visitors, message: "Visiting units are required.");
        Guard.Against.NullOrWhiteSpace(purpose, message: "A visit needs a purpose.");
        var visitorList = CanonicalOrder.SortedDistinct(visitors);
        var recordKey = "v:" + id.Value;
        CheckNewRecord(recordKey, date);
        BusinessRule.Check(new VisitNamesItsVisitors(visitorList));
        var visit = new EnterpriseVisit(id, Id, DistrictOn(date)!, date, Array.AsReadOnly(visitorList), purpose.Trim());
        recordIds.Add(recordKey);
        CanonicalOrder.Insert(visits, visit, v => (v.Date, v.Id));
        return visit;
    }

    /// <summary>Records a safety hazard found in an inspection.</summary>
    /// <param name="id">The finding's id, unique for the enterprise.</param>
    /// <param name="foundOn">The date found.</param>
    /// <param name="description">What was found.</param>
    /// <returns>The open finding.</returns>
    /// <exception cref="ArgumentException">A required argument is missing or default.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="RecordIdsAreUnique"/> or <see cref="RecordedOnOrAfterRegistration"/> is broken.</exception>
    public SafetyFinding RecordSafetyFinding(Id<SafetyFinding> id, LocalDate foundOn, string description)
    {
        Guard.Against.Expression(i => i.IsDefault, id, "A safety finding needs an id.");
        Guard.Against.NullOrWhiteSpace(description, message: "A safety finding needs a description.");
        var recordKey = "s:" + id.Value;
        CheckNewRecord(recordKey, foundOn);
        var finding = new SafetyFinding(id, Id, DistrictOn(foundOn)!, foundOn, description.Trim());
        recordIds.Add(recordKey);
        CanonicalOrder.Insert(safetyFindings, finding, f => (f.FoundOn, f.Id));
        return finding;
    }

    /// <summary>Records that an open safety finding was rectified (整改).</summary>
    /// <param name="id">The finding's id.</param>
    /// <param name="rectifiedOn">The date rectified; on or after the date found.</param>
    /// <exception cref="BusinessRuleViolationException"><see cref="FindingIsOpen"/> or <see cref="RectifiedOnOrAfterFound"/> is broken.</exception>
    public void RectifySafetyFinding(Id<SafetyFinding> id, LocalDate rectifiedOn)
    {
        var finding = safetyFindings.Find(f => f.Id == id);
        BusinessRule.Check(new FindingIsOpen(finding));
        finding!.Rectify(rectifiedOn);
    }

    /// <summary>Records a donation to a public cause (捐款).</summary>
    /// <param name="id">The record's id, unique for the enterprise.</param>
    /// <param name="date">The date.</param>
    /// <param name="amount">The amount; positive.</param>
    /// <param name="cause">The cause (疫情防控, 脱贫攻坚).</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentException">A required argument is missing or default.</exception>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="RecordIdsAreUnique"/>, <see cref="RecordedOnOrAfterRegistration"/> or <see cref="AmountIsPositive"/> is broken.</exception>
    public EnterpriseMoneyRecord RecordDonation(Id<EnterpriseMoneyRecord> id, LocalDate date, Money amount, string cause) =>
        RecordMoney(id, MoneyRecordKind.Donation, date, amount, cause);

    /// <summary>Records an investment by the enterprise (投资).</summary>
    /// <param name="id">The record's id, unique for the enterprise.</param>
    /// <param name="date">The date.</param>
    /// <param name="amount">The amount; positive.</param>
    /// <param name="purpose">The purpose (新增产品项目).</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentException">A required argument is missing or default.</exception>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="RecordIdsAreUnique"/>, <see cref="RecordedOnOrAfterRegistration"/> or <see cref="AmountIsPositive"/> is broken.</exception>
    public EnterpriseMoneyRecord RecordInvestment(Id<EnterpriseMoneyRecord> id, LocalDate date, Money amount, string purpose) =>
        RecordMoney(id, MoneyRecordKind.Investment, date, amount, purpose);

    /// <summary>Records that the enterprise joined an alliance.</summary>
    /// <param name="alliance">The alliance's name.</param>
    /// <param name="joinedOn">The date joined.</param>
    /// <returns>The membership.</returns>
    /// <exception cref="ArgumentException"><paramref name="alliance"/> is blank.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="RecordedOnOrAfterRegistration"/> or <see cref="AllianceJoinedOnce"/> is broken.</exception>
    public AllianceMembership JoinAlliance(string alliance, LocalDate joinedOn)
    {
        Guard.Against.NullOrWhiteSpace(alliance, message: "An alliance needs a name.");
        BusinessRule.Check(new RecordedOnOrAfterRegistration(RecordedOnOrAfterRegistration.EnterpriseCode, RegisteredOn, joinedOn));
        BusinessRule.Check(new AllianceJoinedOnce(alliances, alliance.Trim()));
        var membership = new AllianceMembership(alliance.Trim(), joinedOn);
        CanonicalOrder.Insert(alliances, membership, a => a.JoinedOn.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "|" + a.Alliance);
        return membership;
    }

    /// <summary>Records that the enterprise's people attended a training.</summary>
    /// <param name="training">The training's id: a <see cref="Training"/> on record, or the id of one run by others.</param>
    /// <param name="date">The date.</param>
    /// <returns>The attendance.</returns>
    /// <exception cref="ArgumentException"><paramref name="training"/> is the default id.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="RecordedOnOrAfterRegistration"/> is broken.</exception>
    public TrainingAttendance RecordTraining(Id<Training> training, LocalDate date)
    {
        Guard.Against.Expression(t => t.IsDefault, training, "A training attendance names the training.");
        BusinessRule.Check(new RecordedOnOrAfterRegistration(RecordedOnOrAfterRegistration.EnterpriseCode, RegisteredOn, date));
        var attendance = new TrainingAttendance(training, date);
        CanonicalOrder.Insert(trainings, attendance, t => (t.Date, t.Training));
        return attendance;
    }

    private EnterpriseMoneyRecord RecordMoney(Id<EnterpriseMoneyRecord> id, MoneyRecordKind kind, LocalDate date, Money amount, string purpose)
    {
        Guard.Against.Expression(i => i.IsDefault, id, "A money record needs an id.");
        Guard.Against.NullOrWhiteSpace(purpose, message: "A donation needs a cause and an investment a purpose.");
        var recordKey = "$:" + id.Value;
        CheckNewRecord(recordKey, date);
        BusinessRule.Check(new AmountIsPositive(AmountIsPositive.EnterpriseCode, amount));
        var record = new EnterpriseMoneyRecord(id, Id, DistrictOn(date)!, kind, date, amount, purpose.Trim());
        recordIds.Add(recordKey);
        CanonicalOrder.Insert(moneyRecords, record, m => (m.Date, m.Id));
        return record;
    }
}
