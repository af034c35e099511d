using System.Globalization;
using TaiAffairs.Domain.Mechanisms;

namespace TaiAffairs.Domain.Reporting;

/// <summary>The Chinese wording of each mechanism requirement and what was found, by the requirement's code.</summary>
internal static class MechanismText
{
    public static string Requirement(MechanismFinding f) => f.Code switch
    {
        MechanismRequirementCodes.GreenChannelOneWindow => "一个窗口受理",
        MechanismRequirementCodes.GreenChannelJointApproval => "联合审批",
        MechanismRequirementCodes.GreenChannelWorkingDayLimit => Invariant($"{f.Limit}个工作日内办结"),
        MechanismRequirementCodes.GreenChannelOneTrip => "只跑一次",
        MechanismRequirementCodes.WhistleReportIn => Invariant($"吹哨后{f.Limit}个工作日内部门报到"),
        MechanismRequirementCodes.RoundTableEveryQuarter => "每季度至少召开一次台胞台企恳谈会",
        MechanismRequirementCodes.ResponsibilityRoleNamed => "责任链明确：" + Role(f.Subject),
        MechanismRequirementCodes.ResponsibilityContactPublished => "专线联络方式：" + Channel(f.Subject),
        MechanismRequirementCodes.ArrangementInForce => "在期内运行",
        MechanismRequirementCodes.AllianceHasMembers => "有成员企业",
        MechanismRequirementCodes.NetworkDistrictOffice => "第一级：区委台办",
        MechanismRequirementCodes.NetworkStreetCommittee => "第二级：街道工委",
        MechanismRequirementCodes.NetworkCommunityCommittee => "第三级：社区党委",
        _ => Invariant($"{f.Limit}项具体工作"),
    };

    public static string Detail(MechanismFinding f) => f.Code switch
    {
        MechanismRequirementCodes.GreenChannelOneWindow => f.Kept ? "设一个受理窗口" : "未设统一受理窗口",
        MechanismRequirementCodes.GreenChannelJointApproval => f.Kept ? "联合审批" : "未联合审批",
        MechanismRequirementCodes.GreenChannelWorkingDayLimit => f.Actual is { } days ? Invariant($"{days}个工作日办结") : "尚未办结",
        MechanismRequirementCodes.GreenChannelOneTrip => f.Actual is { } trips ? Invariant($"申请人跑{trips}次") : "未记录跑动次数",
        MechanismRequirementCodes.WhistleReportIn => f.Subject is null ? "未明确报到部门" : f.Actual is { } n ? Invariant($"{n}个工作日报到") : "未报到",
        MechanismRequirementCodes.RoundTableEveryQuarter => Invariant($"{f.Record}召开季度恳谈会{f.Actual}次"),
        MechanismRequirementCodes.ResponsibilityRoleNamed => Role(f.Subject) + (f.Kept ? "已明确" : "未明确"),
        MechanismRequirementCodes.ResponsibilityContactPublished => Channel(f.Subject) + (f.Kept ? "已公布" : "未公布"),
        MechanismRequirementCodes.ArrangementInForce => f.Kept ? "运行中" : "期内未运行",
        MechanismRequirementCodes.AllianceHasMembers => f.Kept ? "有成员企业" : "无成员企业",
        MechanismRequirementCodes.NetworkDistrictOffice or MechanismRequirementCodes.NetworkStreetCommittee or MechanismRequirementCodes.NetworkCommunityCommittee => f.Kept ? "已明确" : "缺",
        _ => Invariant($"列明{f.Actual}项"),
    };

    private static string Role(string? role) => role switch
    {
        nameof(ResponsibilityRole.FirstResponsible) => "一把手",
        nameof(ResponsibilityRole.LeaderInCharge) => "分管领导",
        _ => "科室负责人",
    };

    private static string Channel(string? channel) => channel switch
    {
        nameof(ContactChannel.Landline) => "单位座机",
        nameof(ContactChannel.Mobile) => "联系人手机",
        nameof(ContactChannel.WeChat) => "微信",
        _ => "邮箱",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
