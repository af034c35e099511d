namespace TaiAffairs.Domain.Mechanisms.Checks;

/// <summary>三专 requires, for every unit, each role of the responsibility chain filled and each contact channel given.</summary>
internal static class ResponsibilityChainFilled
{
    private static readonly (ResponsibilityRole Role, string Name)[] Roles =
        [(ResponsibilityRole.FirstResponsible, "一把手"), (ResponsibilityRole.LeaderInCharge, "分管领导"), (ResponsibilityRole.SectionHead, "科室负责人")];

    private static readonly (ContactChannel Channel, string Name)[] Channels =
        [(ContactChannel.Landline, "单位座机"), (ContactChannel.Mobile, "联系人手机"), (ContactChannel.WeChat, "微信"), (ContactChannel.Email, "邮箱")];

    public static IEnumerable<MechanismFinding> Check(ServiceMechanism mechanism)
    {
        var terms = (SanZhuanTerms)mechanism.Terms;
        foreach (var unit in terms.Units)
        {
            foreach (var (role, name) in Roles)
            {
                var filled = unit.Roles.ContainsKey(role);
                yield return new MechanismFinding(MechanismRequirementCodes.ResponsibilityRoleNamed, "责任链明确：" + name, filled, unit.Unit.Value, filled ? name + "已明确" : name + "未明确");
            }

            foreach (var (channel, name) in Channels)
            {
                var given = unit.Contacts.ContainsKey(channel);
                yield return new MechanismFinding(MechanismRequirementCodes.ResponsibilityContactPublished, "专线联络方式：" + name, given, unit.Unit.Value, given ? name + "已公布" : name + "未公布");
            }
        }
    }
}
