namespace TaiAffairs.Domain.Mechanisms.Checks;

/// <summary>San zhuan: each unit names every role of its responsibility chain and publishes every contact channel.</summary>
internal static class ResponsibilityChainFilled
{
    public static IEnumerable<MechanismFinding> Check(ServiceMechanism mechanism)
    {
        var terms = (SanZhuanTerms)mechanism.Terms;
        foreach (var unit in terms.Units)
        {
            foreach (var role in Enum.GetValues<ResponsibilityRole>())
            {
                yield return new MechanismFinding(MechanismRequirementCodes.ResponsibilityRoleNamed, unit.Roles.ContainsKey(role), unit.Unit.Value) { Subject = role.ToString() };
            }

            foreach (var channel in Enum.GetValues<ContactChannel>())
            {
                yield return new MechanismFinding(MechanismRequirementCodes.ResponsibilityContactPublished, unit.Contacts.ContainsKey(channel), unit.Unit.Value) { Subject = channel.ToString() };
            }
        }
    }
}
