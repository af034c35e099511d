using System.Diagnostics;
using Ardalis.GuardClauses;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.Mechanisms.Rules;

namespace TaiAffairs.Domain.Mechanisms;

/// <summary>
/// A standing way a district serves (服务机制): a quarterly round-table, a green channel, 企业吹哨、部门报到, 三专,
/// the 一家亲 network, a practice base or an alliance, with its terms and the issues handled as its cases.
/// <see cref="Check"/> judges it against the records of a period.
/// </summary>
/// <remarks>An aggregate root: equality is by <see cref="Id"/>. Not thread-safe for writes.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class ServiceMechanism : IEquatable<ServiceMechanism>
{
    private readonly List<Id<ServiceIssue>> cases = [];
    private readonly List<Area> areas = [];

    private ServiceMechanism(Id<ServiceMechanism> id, District district, MechanismKind kind, string name, LocalDate startedOn, MechanismTerms terms)
    {
        Id = id;
        District = district;
        Kind = kind;
        Name = name;
        StartedOn = startedOn;
        Terms = terms;
    }

    /// <summary>Gets the mechanism's id.</summary>
    public Id<ServiceMechanism> Id { get; }

    /// <summary>Gets the district that runs it.</summary>
    public District District { get; }

    /// <summary>Gets its kind.</summary>
    public MechanismKind Kind { get; }

    /// <summary>Gets its name (台资企业注册绿色通道).</summary>
    public string Name { get; }

    /// <summary>Gets the date it started.</summary>
    public LocalDate StartedOn { get; }

    /// <summary>Gets its terms, of the type its kind requires.</summary>
    public MechanismTerms Terms { get; }

    /// <summary>Gets the issues handled as its cases (for a green channel or 三专).</summary>
    public IReadOnlyList<Id<ServiceIssue>> Cases => cases.AsReadOnly();

    /// <summary>Establishes a mechanism.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="district">The district that runs it.</param>
    /// <param name="kind">Its kind.</param>
    /// <param name="name">Its name.</param>
    /// <param name="startedOn">The date it started.</param>
    /// <param name="terms">Its terms; of <see cref="MechanismKind.TermsType"/>.</param>
    /// <returns>The mechanism.</returns>
    /// <exception cref="ArgumentException">A required argument is missing, default or blank.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="TermsMatchKind"/> is broken.</exception>
    public static ServiceMechanism Establish(Id<ServiceMechanism> id, District district, MechanismKind kind, string name, LocalDate startedOn, MechanismTerms terms)
    {
        Guard.Against.Expression(i => i.IsDefault, id, "A mechanism needs an id.");
        Guard.Against.Null(district, message: "A mechanism is run by a district.");
        Guard.Against.Null(kind, message: "A mechanism needs a kind.");
        Guard.Against.NullOrWhiteSpace(name, message: "A mechanism needs a name.");
        Guard.Against.Null(terms, message: "A mechanism needs its terms.");
        BusinessRule.Check(new TermsMatchKind(kind, terms));
        return new ServiceMechanism(id, district, kind, name.Trim(), startedOn, terms);
    }

    /// <summary>Records an issue handled as a case of this mechanism.</summary>
    /// <param name="issue">The issue, handled by the mechanism's district.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="CaseOfTheMechanismsDistrict"/> or <see cref="CasesAreUnique"/> is broken.</exception>
    public void RecordCase(ServiceIssue issue)
    {
        Guard.Against.Null(issue, message: "A case needs its issue.");
        BusinessRule.Check(new CaseOfTheMechanismsDistrict(issue, District));
        BusinessRule.Check(new CasesAreUnique(cases, issue.Id));
        CanonicalOrder.Insert(cases, issue.Id, c => c);
    }

    /// <summary>Gets the areas the mechanism covers (一家亲's 街道 and 社区, a green channel's service halls), in code order.</summary>
    public IReadOnlyList<Area> Areas => areas.AsReadOnly();

    /// <summary>Records an area of the mechanism's district that it covers.</summary>
    /// <param name="area">The area.</param>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is <see langword="null"/>.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="LeadingGroups.Rules.AreaOfTheDistrict"/>: the area lies in another district, or is listed already; the mechanism is unchanged.</exception>
    public void Cover(Area area)
    {
        Guard.Against.Null(area, message: "An area is required.");
        BusinessRule.Check(new LeadingGroups.Rules.AreaOfTheDistrict(District, area, areas.Contains(area)));
        var at = areas.FindIndex(a => a.Code > area.Code);
        areas.Insert(at < 0 ? areas.Count : at, area);
    }

    /// <summary>Checks the mechanism against the records of a period.</summary>
    /// <param name="evidence">The meetings and issues.</param>
    /// <param name="period">The period.</param>
    /// <param name="calendar">The working-day calendar (for limits in working days).</param>
    /// <returns>Every requirement judged, kept or broken, with the record that broke it.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public MechanismCheck Check(MechanismEvidence evidence, ReportingPeriod period, WorkingDayCalendar calendar)
    {
        Guard.Against.Null(evidence, message: "Evidence is required.");
        Guard.Against.Null(period, message: "A period is required.");
        Guard.Against.Null(calendar, message: "A calendar is required.");
        return new MechanismCheck(this, period, Array.AsReadOnly(Kind.Evaluate(this, evidence, period, calendar).ToArray()));
    }

    /// <inheritdoc />
    public bool Equals(ServiceMechanism? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ServiceMechanism);

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Returns the kind, name and id.</summary>
    /// <returns>E.g. <c>绿色通道 台资企业注册绿色通道 (nankai-gc)</c>.</returns>
    public override string ToString() => $"{Kind.ChineseName} {Name} ({Id})";
}
