using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Mechanisms.Checks;

/// <summary>A quarterly round table: at least one held in every quarter since the mechanism started.</summary>
internal static class QuarterlyRoundTableEveryQuarter
{
    public static IEnumerable<MechanismFinding> Check(ServiceMechanism mechanism, MechanismEvidence evidence, ReportingPeriod period)
    {
        foreach (var quarter in period.Quarters().Where(q => q.End >= mechanism.StartedOn))
        {
            var held = evidence.Meetings.Count(m => m.District == mechanism.District && m.Kind == MeetingKind.QuarterlyRoundTable && quarter.Contains(m.Date));
            yield return new MechanismFinding(MechanismRequirementCodes.RoundTableEveryQuarter, held > 0, quarter.ToString()) { Actual = held };
        }
    }
}
