using System.Globalization;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Mechanisms.Checks;

/// <summary>The quarterly round-table is honoured when every quarter of the period (from the start) has at least one.</summary>
internal static class QuarterlyRoundTableEveryQuarter
{
    public const string Requirement = "每季度至少召开一次台胞台企恳谈会";

    public static IEnumerable<MechanismFinding> Check(ServiceMechanism mechanism, MechanismEvidence evidence, ReportingPeriod period)
    {
        foreach (var quarter in period.Quarters().Where(q => q.End >= mechanism.StartedOn))
        {
            var held = evidence.Meetings.Count(m => m.District == mechanism.District && m.Kind == MeetingKind.QuarterlyRoundTable && quarter.Contains(m.Date));
            yield return new MechanismFinding(
                MechanismRequirementCodes.RoundTableEveryQuarter,
                Requirement,
                held > 0,
                quarter.ToString(),
                string.Create(CultureInfo.InvariantCulture, $"{quarter}召开季度恳谈会{held}次"));
        }
    }
}
