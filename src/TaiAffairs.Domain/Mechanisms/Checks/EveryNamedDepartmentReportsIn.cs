using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Issues;

namespace TaiAffairs.Domain.Mechanisms.Checks;

/// <summary>Whistle and report: every department named for a whistled issue reports in within the limit.</summary>
internal static class EveryNamedDepartmentReportsIn
{
    public static IEnumerable<MechanismFinding> Check(ServiceMechanism mechanism, MechanismEvidence evidence, ReportingPeriod period, WorkingDayCalendar calendar)
    {
        var terms = (WhistleAndReportTerms)mechanism.Terms;
        var whistles = evidence.Issues.Where(i => i.District == mechanism.District && i.Channel == IssueChannel.Whistle && period.Contains(i.RaisedOn) && i.RaisedOn >= mechanism.StartedOn);
        foreach (var issue in whistles)
        {
            if (issue.Assignment is not { } assignment)
            {
                // No department named: Subject stays null.
                yield return new MechanismFinding(MechanismRequirementCodes.WhistleReportIn, false, issue.Id.Value) { Limit = terms.ReportInWorkingDays };
                continue;
            }

            foreach (var department in assignment.Departments)
            {
                var days = assignment.ReportIns.TryGetValue(department, out var on) ? calendar.WorkingDaysBetween(assignment.AssignedOn, on) : (int?)null;
                yield return new MechanismFinding(MechanismRequirementCodes.WhistleReportIn, days is { } d && d <= terms.ReportInWorkingDays, issue.Id.Value + "/" + department.Value)
                {
                    Limit = terms.ReportInWorkingDays,
                    Actual = days,
                    Subject = department.Value,
                };
            }
        }
    }
}
