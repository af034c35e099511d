using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Mechanisms;

/// <summary>
/// What a service mechanism promises, one sealed record per <see cref="MechanismKind"/>. The hierarchy is
/// closed: only the records below exist.
/// </summary>
/// <remarks>Equality is structural. Immutable.</remarks>
public abstract record MechanismTerms
{
    private protected MechanismTerms()
    {
    }
}

/// <summary>The quarterly round-table (季度恳谈会): at least one in every quarter. It needs no further terms.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record QuarterlyRoundTableTerms : MechanismTerms
{
    private QuarterlyRoundTableTerms()
    {
    }

    /// <summary>Gets the terms (there is only one form).</summary>
    public static QuarterlyRoundTableTerms Instance { get; } = new();
}

/// <summary>
/// A green channel (绿色通道): one window (一个窗口受理), joint approval (联合审批), a promised limit in working days,
/// one trip (只跑一次), with its partner units (区政务办, 区市场监管局, 中国银行天津分行南开支行).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record GreenChannelTerms : MechanismTerms
{
    private GreenChannelTerms(bool oneWindow, bool jointApproval, int workingDayLimit, bool oneTrip, IReadOnlyList<Id<Department>> partnerUnits)
    {
        OneWindow = oneWindow;
        JointApproval = jointApproval;
        WorkingDayLimit = workingDayLimit;
        OneTrip = oneTrip;
        PartnerUnits = partnerUnits;
    }

    /// <summary>Gets whether cases are received at one window.</summary>
    public bool OneWindow { get; }

    /// <summary>Gets whether approvals are joint.</summary>
    public bool JointApproval { get; }

    /// <summary>Gets the working days within which each case is promised done.</summary>
    public int WorkingDayLimit { get; }

    /// <summary>Gets whether the applicant is promised a single trip.</summary>
    public bool OneTrip { get; }

    /// <summary>Gets the partner units.</summary>
    public IReadOnlyList<Id<Department>> PartnerUnits { get; }

    /// <summary>Creates the terms.</summary>
    /// <param name="oneWindow">One window (一个窗口受理).</param>
    /// <param name="jointApproval">Joint approval (联合审批).</param>
    /// <param name="workingDayLimit">The promised limit, 1 to 365 working days.</param>
    /// <param name="oneTrip">One trip (只跑一次).</param>
    /// <param name="partnerUnits">The partner units.</param>
    /// <returns>The terms.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDayLimit"/> is out of range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="partnerUnits"/> is <see langword="null"/>.</exception>
    public static GreenChannelTerms Create(bool oneWindow, bool jointApproval, int workingDayLimit, bool oneTrip, IEnumerable<Id<Department>> partnerUnits)
    {
        ArgumentNullException.ThrowIfNull(partnerUnits);
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDayLimit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(workingDayLimit, 365);
        return new GreenChannelTerms(oneWindow, jointApproval, workingDayLimit, oneTrip, Array.AsReadOnly(partnerUnits.Distinct().Order().ToArray()));
    }
}

/// <summary>企业吹哨、部门报到: every department named for a whistle reports in within a limit in working days.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record WhistleAndReportTerms : MechanismTerms
{
    private WhistleAndReportTerms(int reportInWorkingDays) => ReportInWorkingDays = reportInWorkingDays;

    /// <summary>Gets the working days, from the assignment, within which each named department must report in.</summary>
    public int ReportInWorkingDays { get; }

    /// <summary>Creates the terms.</summary>
    /// <param name="reportInWorkingDays">The limit, 0 to 60 working days.</param>
    /// <returns>The terms.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The limit is out of range.</exception>
    public static WhistleAndReportTerms Create(int reportInWorkingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(reportInWorkingDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reportInWorkingDays, 60);
        return new WhistleAndReportTerms(reportInWorkingDays);
    }
}

/// <summary>The roles of the 三专 responsibility chain.</summary>
public enum ResponsibilityRole
{
    /// <summary>一把手: the unit's head, first responsible (第一责任人).</summary>
    FirstResponsible = 0,

    /// <summary>分管领导: the leader in charge, specifically responsible (具体负责人).</summary>
    LeaderInCharge = 1,

    /// <summary>科室负责人: the section head, the working officer (具体工作干部).</summary>
    SectionHead = 2,
}

/// <summary>The contact channels of a 三专 line (专线).</summary>
public enum ContactChannel
{
    /// <summary>单位座机: the unit's landline.</summary>
    Landline = 0,

    /// <summary>联系人手机: the contact's mobile.</summary>
    Mobile = 1,

    /// <summary>微信: WeChat.</summary>
    WeChat = 2,

    /// <summary>邮箱: email.</summary>
    Email = 3,
}

/// <summary>One unit's place in the 三专 mechanism: who fills each role and how the line is reached.</summary>
/// <remarks>Contact details are not shown by <see cref="ToString"/>. Immutable and thread-safe.</remarks>
public sealed record SanZhuanUnit
{
    private SanZhuanUnit(Id<Department> unit, IReadOnlyDictionary<ResponsibilityRole, Official> roles, IReadOnlyDictionary<ContactChannel, string> contacts)
    {
        Unit = unit;
        Roles = roles;
        Contacts = contacts;
    }

    /// <summary>Gets the unit.</summary>
    public Id<Department> Unit { get; }

    /// <summary>Gets who fills each role.</summary>
    public IReadOnlyDictionary<ResponsibilityRole, Official> Roles { get; }

    /// <summary>Gets the contact for each channel given.</summary>
    public IReadOnlyDictionary<ContactChannel, string> Contacts { get; }

    /// <summary>Creates a unit's chain; roles and channels may be missing (the check reports them).</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="roles">Who fills each role.</param>
    /// <param name="contacts">The contact for each channel.</param>
    /// <returns>The unit's chain.</returns>
    /// <exception cref="ArgumentException">The unit is default or a map is null.</exception>
    public static SanZhuanUnit Create(Id<Department> unit, IReadOnlyDictionary<ResponsibilityRole, Official> roles, IReadOnlyDictionary<ContactChannel, string> contacts)
    {
        if (unit.IsDefault)
        {
            throw new ArgumentException("A 三专 unit needs an id.", nameof(unit));
        }

        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(contacts);
        return new SanZhuanUnit(
            unit,
            new Dictionary<ResponsibilityRole, Official>(roles).AsReadOnly(),
            contacts.Where(c => !string.IsNullOrWhiteSpace(c.Value)).ToDictionary(c => c.Key, c => c.Value.Trim()).AsReadOnly());
    }

    /// <summary>Returns the unit only; no contact details.</summary>
    /// <returns>E.g. <c>三专 nankai-zwb</c>.</returns>
    public override string ToString() => $"三专 {Unit}";
}

/// <summary>三专 (专题、专线、专人): per unit, every role of the responsibility chain filled and every channel given.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SanZhuanTerms : MechanismTerms
{
    private SanZhuanTerms(IReadOnlyList<string> topics, IReadOnlyList<SanZhuanUnit> units)
    {
        Topics = topics;
        Units = units;
    }

    /// <summary>Gets the topics (专题) served: 疫苗接种, 创业就业 ...</summary>
    public IReadOnlyList<string> Topics { get; }

    /// <summary>Gets the units and their chains.</summary>
    public IReadOnlyList<SanZhuanUnit> Units { get; }

    /// <summary>Creates the terms.</summary>
    /// <param name="topics">The topics.</param>
    /// <param name="units">At least one unit.</param>
    /// <returns>The terms.</returns>
    /// <exception cref="ArgumentException">A list is null or there is no unit.</exception>
    public static SanZhuanTerms Create(IEnumerable<string> topics, IEnumerable<SanZhuanUnit> units)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(units);
        var unitList = units.ToArray();
        if (unitList.Length == 0)
        {
            throw new ArgumentException("三专 needs at least one unit.", nameof(units));
        }

        return new SanZhuanTerms(Array.AsReadOnly(CanonicalOrder.Texts(topics.Where(t => !string.IsNullOrWhiteSpace(t)))), Array.AsReadOnly(unitList.OrderBy(u => u.Unit).ToArray()));
    }
}

/// <summary>一家亲: the three-tier network 区委台办—街道工委—社区党委 with its listed tasks (十项具体工作).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ThreeTierNetworkTerms : MechanismTerms
{
    private ThreeTierNetworkTerms(Id<Department>? districtOffice, Id<Department>? streetCommittee, Id<Department>? communityCommittee, IReadOnlyList<string> tasks, int declaredTaskCount)
    {
        DistrictOffice = districtOffice;
        StreetCommittee = streetCommittee;
        CommunityCommittee = communityCommittee;
        Tasks = tasks;
        DeclaredTaskCount = declaredTaskCount;
    }

    /// <summary>Gets the first tier, the 区委台办.</summary>
    public Id<Department>? DistrictOffice { get; }

    /// <summary>Gets the second tier, the 街道工委.</summary>
    public Id<Department>? StreetCommittee { get; }

    /// <summary>Gets the third tier, the 社区党委.</summary>
    public Id<Department>? CommunityCommittee { get; }

    /// <summary>Gets the tasks listed (涉台宣传教育, 安全提示, 慰问看望 ...): all or some of those declared.</summary>
    public IReadOnlyList<string> Tasks { get; }

    /// <summary>Gets the number of tasks the mechanism declares (十项 = 10).</summary>
    public int DeclaredTaskCount { get; }

    /// <summary>Creates the terms; missing tiers or tasks are reported by the check.</summary>
    /// <param name="districtOffice">The 区委台办.</param>
    /// <param name="streetCommittee">The 街道工委.</param>
    /// <param name="communityCommittee">The 社区党委.</param>
    /// <param name="tasks">The tasks listed.</param>
    /// <param name="declaredTaskCount">The number of tasks declared, 1 or more.</param>
    /// <returns>The terms.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tasks"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="declaredTaskCount"/> is below 1.</exception>
    public static ThreeTierNetworkTerms Create(Id<Department>? districtOffice, Id<Department>? streetCommittee, Id<Department>? communityCommittee, IEnumerable<string> tasks, int declaredTaskCount)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentOutOfRangeException.ThrowIfLessThan(declaredTaskCount, 1);
        return new ThreeTierNetworkTerms(districtOffice, streetCommittee, communityCommittee, Array.AsReadOnly(CanonicalOrder.Texts(tasks.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct())), declaredTaskCount);
    }
}

/// <summary>
/// A standing arrangement with a partner: a practice base (台湾青年就业创业实践基地 at e谷(南开)创想世界) or an
/// alliance (天津市智能网联汽车人才联盟) with its member enterprises. In force from the mechanism's start date.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record StandingArrangementTerms : MechanismTerms
{
    private StandingArrangementTerms(string partner, IReadOnlyList<Id<Enterprise>> members, LocalDate? endsOn)
    {
        Partner = partner;
        Members = members;
        EndsOn = endsOn;
    }

    /// <summary>Gets the partner or host (e谷(南开)创想世界).</summary>
    public string Partner { get; }

    /// <summary>Gets the member enterprises, for an alliance.</summary>
    public IReadOnlyList<Id<Enterprise>> Members { get; }

    /// <summary>Gets the last day the arrangement is in force, if it has ended.</summary>
    public LocalDate? EndsOn { get; }

    /// <summary>Creates the terms.</summary>
    /// <param name="partner">The partner, 1-100 characters.</param>
    /// <param name="members">The member enterprises (may be empty for a practice base).</param>
    /// <param name="endsOn">The last day in force, if ended.</param>
    /// <returns>The terms.</returns>
    /// <exception cref="ArgumentException">The partner is blank or the list null.</exception>
    public static StandingArrangementTerms Create(string partner, IEnumerable<Id<Enterprise>> members, LocalDate? endsOn = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(partner);
        ArgumentNullException.ThrowIfNull(members);
        return new StandingArrangementTerms(partner.Trim(), Array.AsReadOnly(members.Distinct().Order().ToArray()), endsOn);
    }
}
