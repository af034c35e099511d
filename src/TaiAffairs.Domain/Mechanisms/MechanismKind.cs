using Ardalis.SmartEnum;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Mechanisms.Checks;
using TaiAffairs.Domain.Mechanisms.Rules;

namespace TaiAffairs.Domain.Mechanisms;

/// <summary>
/// The kinds of standing service mechanism (服务机制), each with its own terms type and its own rule, checked
/// against the records of a period by <see cref="ServiceMechanism.Check"/>.
/// </summary>
/// <remarks>Equality by identity. <c>List</c> is sorted by name; <see cref="All"/> is in declaration order. Its values are immutable singletons; thread-safe.</remarks>
public sealed class MechanismKind : SmartEnum<MechanismKind>
{
    /// <summary>季度恳谈会: at least one round-table in every quarter.</summary>
    public static readonly MechanismKind QuarterlyRoundTable = new(
        nameof(QuarterlyRoundTable), 1, "季度恳谈会", typeof(QuarterlyRoundTableTerms), (m, e, p, _) => QuarterlyRoundTableEveryQuarter.Check(m, e, p));

    /// <summary>绿色通道: one window, joint approval, each case within its working-day limit and in one trip.</summary>
    public static readonly MechanismKind GreenChannel = new(
        nameof(GreenChannel), 2, "绿色通道", typeof(GreenChannelTerms), GreenChannelKeepsItsPromise.Check);

    /// <summary>企业吹哨、部门报到: each named department reports in within the limit.</summary>
    public static readonly MechanismKind WhistleAndReport = new(
        nameof(WhistleAndReport), 3, "企业吹哨、部门报到", typeof(WhistleAndReportTerms), EveryNamedDepartmentReportsIn.Check);

    /// <summary>三专 (专题、专线、专人): every role of the responsibility chain filled, every channel given.</summary>
    public static readonly MechanismKind SanZhuan = new(
        nameof(SanZhuan), 4, "三专服务机制", typeof(SanZhuanTerms), (m, _, _, _) => ResponsibilityChainFilled.Check(m));

    /// <summary>一家亲: the three-tier network with its listed tasks.</summary>
    public static readonly MechanismKind ThreeTierNetwork = new(
        nameof(ThreeTierNetwork), 5, "一家亲三级工作体系", typeof(ThreeTierNetworkTerms), (m, _, _, _) => ThreeTierNetworkComplete.Check(m));

    /// <summary>就业创业实践基地: a practice base, a standing arrangement from its start date.</summary>
    public static readonly MechanismKind PracticeBase = new(
        nameof(PracticeBase), 6, "就业创业实践基地", typeof(StandingArrangementTerms), (m, _, p, _) => StandingArrangementInForce.Check(m, p));

    /// <summary>联盟: an alliance of enterprises (智能网联汽车人才联盟), a standing arrangement from its start date.</summary>
    public static readonly MechanismKind Alliance = new(
        nameof(Alliance), 7, "联盟", typeof(StandingArrangementTerms), (m, _, p, _) => StandingArrangementInForce.Check(m, p));

    private static readonly MechanismKind[] Declared = [QuarterlyRoundTable, GreenChannel, WhistleAndReport, SanZhuan, ThreeTierNetwork, PracticeBase, Alliance];

    private readonly Func<ServiceMechanism, MechanismEvidence, ReportingPeriod, WorkingDayCalendar, IEnumerable<MechanismFinding>> check;

    private MechanismKind(
        string name,
        int value,
        string chineseName,
        Type termsType,
        Func<ServiceMechanism, MechanismEvidence, ReportingPeriod, WorkingDayCalendar, IEnumerable<MechanismFinding>> check)
        : base(name, value)
    {
        ChineseName = chineseName;
        TermsType = termsType;
        this.check = check;
    }

    /// <summary>Gets every kind in declaration order.</summary>
    public static IReadOnlyList<MechanismKind> All { get; } = Array.AsReadOnly(Declared);

    /// <summary>Gets the Chinese name, e.g. <c>绿色通道</c>.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the type of <see cref="MechanismTerms"/> a mechanism of this kind carries.</summary>
    public Type TermsType { get; }

    internal IEnumerable<MechanismFinding> Evaluate(ServiceMechanism mechanism, MechanismEvidence evidence, ReportingPeriod period, WorkingDayCalendar calendar) =>
        check(mechanism, evidence, period, calendar);
}
