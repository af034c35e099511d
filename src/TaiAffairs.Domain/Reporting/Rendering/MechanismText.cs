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
        _ => Invariant($"列明具体工作（至多{f.Limit}项）"),
    };

    /// <summary>
    /// What a mechanism is, as the seed states one: 完善“区委台办—街道工委—社区党委”三级工作体系，开展…等共10项具体工作.
    /// Built from its terms only; whether it was kept is said after.
    /// </summary>
    public static string Statement(MechanismCheck check)
    {
        var name = check.Name.StartsWith('“') ? check.Name : "“" + check.Name + "”";
        return check.Terms switch
        {
            ThreeTierNetworkTerms t => Invariant($"搭建{name}，完善“区委台办—街道工委—社区党委”三级工作体系") + Tasks(t),
            GreenChannelTerms g => Invariant($"开辟{name}") + GreenChannel(g),
            WhistleAndReportTerms w => Invariant($"落实{name}机制，企业吹哨后相关部门{w.ReportInWorkingDays}个工作日内报到"),
            SanZhuanTerms z => Invariant($"创立{name}，专门的问题事项通过专线渠道由专人负责解决")
                + (z.Topics.Count > 0 ? "，围绕" + string.Join("、", z.Topics) + "等专题" : string.Empty)
                + Invariant($"，{z.Units.Count}个单位明确责任链"),
            QuarterlyRoundTableTerms => Invariant($"完善{name}，每季度召开台胞台企恳谈会"),
            StandingArrangementTerms { Members.Count: > 0 } a => Invariant($"与{a.Partner}共建{name}，成员企业{a.Members.Count}家"),
            StandingArrangementTerms a => Invariant($"与{a.Partner}合作建立{name}"),
            _ => check.Kind.ChineseName + name,
        };
    }

    private static string Tasks(ThreeTierNetworkTerms t) => t.Tasks.Count == 0
        ? Invariant($"，开展{t.DeclaredTaskCount}项具体工作")
        : Invariant($"，开展{string.Join("、", t.Tasks)}{(t.Tasks.Count < t.DeclaredTaskCount ? "等共" : "共")}{t.DeclaredTaskCount}项具体工作");

    private static string GreenChannel(GreenChannelTerms g)
    {
        var promises = new List<string>();
        if (g.OneWindow)
        {
            promises.Add("一个窗口受理");
        }

        if (g.JointApproval)
        {
            promises.Add("联合审批");
        }

        promises.Add(Invariant($"{g.WorkingDayLimit}个工作日内办结"));
        if (g.OneTrip)
        {
            promises.Add("只跑一次");
        }

        return "，" + string.Join("、", promises);
    }

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
