using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Mechanisms.Checks;

/// <summary>A practice base or an alliance holds in a period when it is in force during it; an alliance also needs members.</summary>
internal static class StandingArrangementInForce
{
    public static IEnumerable<MechanismFinding> Check(ServiceMechanism mechanism, ReportingPeriod period)
    {
        var terms = (StandingArrangementTerms)mechanism.Terms;
        var inForce = mechanism.StartedOn <= period.End && (terms.EndsOn is not { } end || end >= period.Start);
        yield return new MechanismFinding(MechanismRequirementCodes.ArrangementInForce, "在期内运行", inForce, period.ToString(), inForce ? "运行中" : "期内未运行");
        if (mechanism.Kind == MechanismKind.Alliance)
        {
            yield return new MechanismFinding(MechanismRequirementCodes.AllianceHasMembers, "有成员企业", terms.Members.Count > 0, null, terms.Members.Count > 0 ? "有成员企业" : "无成员企业");
        }
    }
}
