namespace TaiAffairs.Domain.Mechanisms;

/// <summary>
/// The stable codes of the requirements a <see cref="ServiceMechanism"/> is judged against; each
/// <see cref="MechanismFinding"/> carries one. Branch on the code, never on the Chinese requirement text.
/// </summary>
/// <remarks>Stateless; thread-safe.</remarks>
public static class MechanismRequirementCodes
{
    /// <summary>Green channel: one window takes every application (一个窗口受理).</summary>
    public const string GreenChannelOneWindow = "mechanism.green-channel.one-window";

    /// <summary>Green channel: departments approve jointly (联合审批).</summary>
    public const string GreenChannelJointApproval = "mechanism.green-channel.joint-approval";

    /// <summary>Green channel: each case is resolved within the working-day limit (N个工作日内办结).</summary>
    public const string GreenChannelWorkingDayLimit = "mechanism.green-channel.working-day-limit";

    /// <summary>Green channel: the applicant makes one trip (只跑一次).</summary>
    public const string GreenChannelOneTrip = "mechanism.green-channel.one-trip";

    /// <summary>Whistle-and-report: every named department reports in within the limit (吹哨报到).</summary>
    public const string WhistleReportIn = "mechanism.whistle.report-in-within-limit";

    /// <summary>Quarterly round table: at least one held in every quarter (每季度至少召开一次恳谈会).</summary>
    public const string RoundTableEveryQuarter = "mechanism.round-table.every-quarter";

    /// <summary>Responsibility chain: each unit names its head, leader in charge and section head (责任链明确).</summary>
    public const string ResponsibilityRoleNamed = "mechanism.responsibility-chain.role-named";

    /// <summary>Responsibility chain: each unit publishes its contact channels (专线联络方式).</summary>
    public const string ResponsibilityContactPublished = "mechanism.responsibility-chain.contact-published";

    /// <summary>A standing arrangement is in force during the period (在期内运行).</summary>
    public const string ArrangementInForce = "mechanism.arrangement.in-force";

    /// <summary>An alliance has member enterprises (有成员企业).</summary>
    public const string AllianceHasMembers = "mechanism.alliance.has-members";

    /// <summary>Three-tier network: the district office is named (第一级：区委台办).</summary>
    public const string NetworkDistrictOffice = "mechanism.three-tier.district-office";

    /// <summary>Three-tier network: the street committee is named (第二级：街道工委).</summary>
    public const string NetworkStreetCommittee = "mechanism.three-tier.street-committee";

    /// <summary>Three-tier network: the community committee is named (第三级：社区党委).</summary>
    public const string NetworkCommunityCommittee = "mechanism.three-tier.community-committee";

    /// <summary>Three-tier network: every declared task is listed (N项具体工作).</summary>
    public const string NetworkTasksListed = "mechanism.three-tier.tasks-listed";
}
