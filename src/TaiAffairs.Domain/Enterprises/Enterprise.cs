using System.Diagnostics;
using Ardalis.GuardClauses;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Common.Rules;
using TaiAffairs.Domain.Enterprises.Rules;
using TaiAffairs.Domain.Exchanges;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Enterprises;

/// <summary>
/// A Taiwan-funded enterprise (台资企业, 台企), identified by its <see cref="UnifiedSocialCreditCode"/>, in one
/// district at a time (moves are dated), with its designations and honours and the records of the offices'
/// work with it: visits, safety findings, donations and investments, alliance memberships, trainings.
/// </summary>
/// <remarks>
/// <para>Invariants: no record dated before <see cref="RegisteredOn"/>; district moves and operating-status
/// changes in date order; at most one designation of each kind per year; safety findings rectified on or
/// after the date found, once; donations and investments positive; record ids unique. Every verb checks its
/// rules first and throws <see cref="BusinessRuleViolationException"/> without changing anything.</para>
/// <para>An aggregate root: equality is by <see cref="Id"/>. Not thread-safe for writes.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class Enterprise : IEquatable<Enterprise>
{
    private readonly DatedHistory<District> districts = new();
    private readonly DatedHistory<bool> operating = new();
    private readonly List<Designation> designations = [];
    private readonly List<EnterpriseVisit> visits = [];
    private readonly List<SafetyFinding> safetyFindings = [];
    private readonly List<EnterpriseMoneyRecord> moneyRecords = [];
    private readonly List<AllianceMembership> alliances = [];
    private readonly List<TrainingAttendance> trainings = [];
    private readonly HashSet<string> recordIds = new(StringComparer.Ordinal);

    private Enterprise(Id<Enterprise> id, UnifiedSocialCreditCode creditCode, string name, Industry industry, LocalDate registeredOn, string? park)
    {
        Id = id;
        CreditCode = creditCode;
        Name = name;
        Industry = industry;
        RegisteredOn = registeredOn;
        Park = park;
    }

    /// <summary>Gets the enterprise's id.</summary>
    public Id<Enterprise> Id { get; }

    /// <summary>Gets its unified social credit code.</summary>
    public UnifiedSocialCreditCode CreditCode { get; }

    /// <summary>Gets its name, e.g. <c>天津英利模具制造有限公司</c>.</summary>
    public string Name { get; }

    /// <summary>Gets its industry.</summary>
    public Industry Industry { get; }

    /// <summary>Gets the date from which it is on record.</summary>
    public LocalDate RegisteredOn { get; }

    /// <summary>Gets the park or development zone it is in, if any (天津宝坻开发区, 现代产业区).</summary>
    public string? Park { get; private set; }

    /// <summary>Gets its party branch, if any.</summary>
    public PartyBranch? PartyBranch { get; private set; }

    /// <summary>Gets the district it is in now.</summary>
    public District District => districts.Current!;

    /// <summary>Gets the district history: each entry holds from its date until the next move.</summary>
    public IReadOnlyList<DatedValue<District>> DistrictHistory => districts.Changes;

    /// <summary>Gets the operating-status history: each entry holds from its date until the next change.</summary>
    public IReadOnlyList<DatedValue<bool>> OperatingHistory => operating.Changes;

    /// <summary>Gets whether it operates now (实体).</summary>
    public bool IsOperating => operating.Current;

    /// <summary>Gets its designations and honours, in the order recorded.</summary>
    public IReadOnlyList<Designation> Designations => designations.AsReadOnly();

    /// <summary>Gets the visits to it, in the order recorded.</summary>
    public IReadOnlyList<EnterpriseVisit> Visits => visits.AsReadOnly();

    /// <summary>Gets the safety findings, in the order recorded.</summary>
    public IReadOnlyList<SafetyFinding> SafetyFindings => safetyFindings.AsReadOnly();

    /// <summary>Gets its donations and investments, in the order recorded.</summary>
    public IReadOnlyList<EnterpriseMoneyRecord> MoneyRecords => moneyRecords.AsReadOnly();

    /// <summary>Gets its alliance memberships.</summary>
    public IReadOnlyList<AllianceMembership> Alliances => alliances.AsReadOnly();

    /// <summary>Gets the trainings its people attended.</summary>
    public IReadOnlyList<TrainingAttendance> Trainings => trainings.AsReadOnly();

    /// <summary>Registers an enterprise.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="creditCode">Its unified social credit code (a valid, non-default code).</param>
    /// <param name="name">Its name, 1-100 characters.</param>
    /// <param name="industry">Its industry.</param>
    /// <param name="district">The district it is in from <paramref name="registeredOn"/>.</param>
    /// <param name="registeredOn">The first date it is on record.</param>
    /// <param name="isOperating">Whether it operates (实体) from that date.</param>
    /// <param name="park">The park or development zone, if any.</param>
    /// <returns>The enterprise.</returns>
    /// <exception cref="ArgumentException">A required argument is missing, default, blank or too long.</exception>
    public static Enterprise Register(
        Id<Enterprise> id,
        UnifiedSocialCreditCode creditCode,
        string name,
        Industry industry,
        District district,
        LocalDate registeredOn,
        bool isOperating = true,
        string? park = null)
    {
        Guard.Against.Expression(i => i.IsDefault, id, "An enterprise needs an id.");
        Guard.Against.Expression(c => c.IsDefault, creditCode, "An enterprise needs a valid unified social credit code.");
        Guard.Against.NullOrWhiteSpace(name, message: "An enterprise needs a name.");
        Guard.Against.OutOfRange(name.Trim().Length, nameof(name), 1, 100, "An enterprise name has at most 100 characters.");
        Guard.Against.Null(industry, message: "An enterprise needs an industry.");
        Guard.Against.Null(district, message: "An enterprise is in a district.");
        var enterprise = new Enterprise(id, creditCode, name.Trim(), industry, registeredOn, string.IsNullOrWhiteSpace(park) ? null : park.Trim());
        enterprise.districts.Append(registeredOn, district);
        enterprise.operating.Append(registeredOn, isOperating);
        return enterprise;
    }

    /// <summary>Gets the district it was in on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The district, or <see langword="null"/> before <see cref="RegisteredOn"/>.</returns>
    public District? DistrictOn(LocalDate date) => districts.TryGetValueOn(date, out var district) ? district : null;

    /// <summary>Gets whether it operated on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether it was on record and operating then.</returns>
    public bool IsOperatingOn(LocalDate date) => operating.TryGetValueOn(date, out var value) && value;

    /// <summary>Records a move to another district.</summary>
    /// <param name="district">The new district.</param>
    /// <param name="from">The first day there; after the previous move.</param>
    /// <exception cref="ArgumentNullException"><paramref name="district"/> is <see langword="null"/>.</exception>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="ChangesInDateOrder"/>, <see cref="MoveChangesTheDistrict"/> or <see cref="MoveAfterExistingRecords"/> is broken.</exception>
    public void MoveTo(District district, LocalDate from)
    {
        Guard.Against.Null(district, message: "A move needs a district.");
        BusinessRule.Check(new ChangesInDateOrder(ChangesInDateOrder.EnterpriseCode, districts.LastChangeDate, from));
        BusinessRule.Check(new MoveChangesTheDistrict(MoveChangesTheDistrict.EnterpriseCode, District, district));
        var recordDates = visits.Select(v => v.Date).Concat(safetyFindings.Select(f => f.FoundOn)).Concat(moneyRecords.Select(m => m.Date));
        BusinessRule.Check(new MoveAfterExistingRecords(MoveAfterExistingRecords.EnterpriseCode, recordDates, from));
        districts.Append(from, district);
    }

    /// <summary>Records a change of operating status (实体 or not).</summary>
    /// <param name="isOperating">Whether it operates from <paramref name="from"/>.</param>
    /// <param name="from">The date of the change; after the previous change.</param>
    /// <exception cref="BusinessRuleViolationException"><see cref="ChangesInDateOrder"/> is broken.</exception>
    public void ChangeOperatingStatus(bool isOperating, LocalDate from)
    {
        BusinessRule.Check(new ChangesInDateOrder(ChangesInDateOrder.EnterpriseCode, operating.LastChangeDate, from));
        BusinessRule.Check(new ChangeChangesTheValue(ChangeChangesTheValue.EnterpriseStatusCode, IsOperating, isOperating));
        operating.Append(from, isOperating);
    }

    /// <summary>Sets the park or development zone.</summary>
    /// <param name="park">The park, or <see langword="null"/> for none.</param>
    public void LocateInPark(string? park)
    {
        var value = string.IsNullOrWhiteSpace(park) ? null : park.Trim();
        BusinessRule.Check(new ChangeChangesTheValue(ChangeChangesTheValue.EnterpriseParkCode, Park, value));
        Park = value;
    }

    /// <summary>Records the enterprise's party branch.</summary>
    /// <param name="branch">The branch.</param>
    /// <exception cref="ArgumentException">The branch or its name is missing.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="RecordedOnOrAfterRegistration"/> is broken.</exception>
    public void EstablishPartyBranch(PartyBranch branch)
    {
        Guard.Against.Null(branch, message: "A party branch is required.");
        BusinessRule.Check(new PartyBranchEstablishedOnce(PartyBranch));
        if (branch.EstablishedOn is { } date)
        {
            BusinessRule.Check(new RecordedOnOrAfterRegistration(RecordedOnOrAfterRegistration.EnterpriseCode, RegisteredOn, date));
        }

        PartyBranch = branch;
    }

    /// <summary>Records a designation or honour.</summary>
    /// <param name="kind">What it is.</param>
    /// <param name="awardedOn">The date granted.</param>
    /// <param name="recommendedByDistrict">Whether the district office recommended it.</param>
    /// <returns>The designation recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is <see langword="null"/>.</exception>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="RecordedOnOrAfterRegistration"/> or <see cref="OneDesignationPerKindAndYear"/> is broken.</exception>
    public Designation AddDesignation(DesignationKind kind, LocalDate awardedOn, bool recommendedByDistrict = false)
    {
        Guard.Against.Null(kind, message: "A designation needs a kind.");
        BusinessRule.Check(new RecordedOnOrAfterRegistration(RecordedOnOrAfterRegistration.EnterpriseCode, RegisteredOn, awardedOn));
        BusinessRule.Check(new OneDesignationPerKindAndYear(designations, kind, awardedOn.Year));
        var designation = new Designation(kind, awardedOn, recommendedByDistrict);
        designations.Add(designation);
        return designation;
    }

    /// <summary>Gets whether it held a designation of a kind in a year.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="year">The year.</param>
    /// <returns>Whether one was granted that year.</returns>
    public bool Holds(DesignationKind kind, int year) => designations.Exists(d => d.Kind == kind && d.Year == year);

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
        var visitorList = visitors.Distinct().ToArray();
        CheckNewRecord("v:" + id.Value, date);
        BusinessRule.Check(new VisitNamesItsVisitors(visitorList));
        var visit = new EnterpriseVisit(id, Id, DistrictOn(date)!, date, Array.AsReadOnly(visitorList), purpose.Trim());
        recordIds.Add("v:" + id.Value);
        visits.Add(visit);
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
        CheckNewRecord("s:" + id.Value, foundOn);
        var finding = new SafetyFinding(id, Id, DistrictOn(foundOn)!, foundOn, description.Trim());
        recordIds.Add("s:" + id.Value);
        safetyFindings.Add(finding);
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
        alliances.Add(membership);
        return membership;
    }

    /// <summary>Records that the enterprise's people attended a training.</summary>
    /// <param name="title">The training's title.</param>
    /// <param name="date">The date.</param>
    /// <returns>The attendance.</returns>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="RecordedOnOrAfterRegistration"/> is broken.</exception>
    public TrainingAttendance RecordTraining(Id<Training> training, LocalDate date)
    {
        Guard.Against.Expression(t => t.IsDefault, training, "A training attendance names the training.");
        BusinessRule.Check(new RecordedOnOrAfterRegistration(RecordedOnOrAfterRegistration.EnterpriseCode, RegisteredOn, date));
        var attendance = new TrainingAttendance(training, date);
        trainings.Add(attendance);
        return attendance;
    }

    /// <inheritdoc />
    public bool Equals(Enterprise? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Enterprise);

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Returns the name and id.</summary>
    /// <returns>E.g. <c>天津英利模具制造有限公司 (baodi-yingli-mould)</c>.</returns>
    public override string ToString() => $"{Name} ({Id})";

    private EnterpriseMoneyRecord RecordMoney(Id<EnterpriseMoneyRecord> id, MoneyRecordKind kind, LocalDate date, Money amount, string purpose)
    {
        Guard.Against.Expression(i => i.IsDefault, id, "A money record needs an id.");
        Guard.Against.NullOrWhiteSpace(purpose, message: "A donation needs a cause and an investment a purpose.");
        CheckNewRecord("$:" + id.Value, date);
        BusinessRule.Check(new AmountIsPositive(AmountIsPositive.EnterpriseCode, amount));
        var record = new EnterpriseMoneyRecord(id, Id, DistrictOn(date)!, kind, date, amount, purpose.Trim());
        recordIds.Add("$:" + id.Value);
        moneyRecords.Add(record);
        return record;
    }

    private void CheckNewRecord(string key, LocalDate date)
    {
        BusinessRule.Check(new RecordIdsAreUnique(RecordIdsAreUnique.EnterpriseCode, recordIds, key));
        BusinessRule.Check(new RecordedOnOrAfterRegistration(RecordedOnOrAfterRegistration.EnterpriseCode, RegisteredOn, date));
    }
}
