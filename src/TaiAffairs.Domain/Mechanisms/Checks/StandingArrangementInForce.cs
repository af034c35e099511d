using TaiAffairs.Domain.Common;
namespace TaiAffairs.Domain.Mechanisms.Checks;

/// <summary>A practice base or an alliance: in force during the period; an alliance has members.</summary>
internal static class StandingArrangementInForce
{
    public static IEnumerable<MechanismFinding> Check(ServiceMechanism mechanism, ReportingPeriod period)
    {
        var terms = (StandingArrangementTerms)mechanism.Terms;
        var inForce = mechanism.StartedOn <= period.End && (terms.EndsOn is not { } end || end >= period.Start);
        yield return new MechanismFinding(MechanismRequirementCodes.ArrangementInForce, inForce, period.ToString());
        if (mechanism.Kind == MechanismKind.Alliance)
        {
            yield return new MechanismFinding(MechanismRequirementCodes.AllianceHasMembers, terms.Members.Count > 0, null) { Actual = terms.Members.Count };
        }
    }
}
