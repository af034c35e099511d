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
public sealed partial class Enterprise : IEquatable<Enterprise>
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
        Area = null;
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

    /// <summary>Gets the area (街道, 镇 ...) of its current district it is in, or <see langword="null"/> when not recorded; a move clears it.</summary>
    public Area? Area { get; private set; }

    /// <summary>Records the area of its current district the enterprise is in.</summary>
    /// <param name="area">The area.</param>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is <see langword="null"/>.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="LeadingGroups.Rules.AreaOfTheDistrict"/>: the area lies in another district; the enterprise is unchanged.</exception>
    public void LocateIn(Area area)
    {
        Guard.Against.Null(area, message: "An area is required.");
        BusinessRule.Check(new LeadingGroups.Rules.AreaOfTheDistrict(District, area, false));
        Area = area;
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
        CanonicalOrder.Insert(designations, designation, d => (d.AwardedOn, d.Kind.Value));
        return designation;
    }

    /// <summary>Gets whether it held a designation of a kind in a year.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="year">The year.</param>
    /// <returns>Whether one was granted that year.</returns>
    public bool Holds(DesignationKind kind, int year) => designations.Exists(d => d.Kind == kind && d.Year == year);

    /// <inheritdoc />
    public bool Equals(Enterprise? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Enterprise);

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Returns the name and id.</summary>
    /// <returns>E.g. <c>天津英利模具制造有限公司 (baodi-yingli-mould)</c>.</returns>
    public override string ToString() => $"{Name} ({Id})";

    private void CheckNewRecord(string key, LocalDate date)
    {
        BusinessRule.Check(new RecordIdsAreUnique(RecordIdsAreUnique.EnterpriseCode, recordIds, key));
        BusinessRule.Check(new RecordedOnOrAfterRegistration(RecordedOnOrAfterRegistration.EnterpriseCode, RegisteredOn, date));
    }
}
