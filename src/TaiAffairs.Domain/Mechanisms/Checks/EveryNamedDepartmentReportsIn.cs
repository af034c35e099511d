using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;

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
            if (issue.Assignments.Count == 0)
            {
                // No department named: Subject stays null.
                yield return new MechanismFinding(MechanismRequirementCodes.WhistleReportIn, false, issue.Id.Value) { Limit = terms.ReportInWorkingDays };
                continue;
            }

            // 企业吹哨、部门报到: the departments first named report in within the limit counted from the whistle (the
            // raise), not from the assignment; a department a re-routing names later counts from that re-routing.
            var named = new HashSet<Id<Department>>();
            for (var n = 0; n < issue.Assignments.Count; n++)
            {
                var assignment = issue.Assignments[n];
                var from = n == 0 ? issue.RaisedOn : assignment.AssignedOn;
                foreach (var department in assignment.Departments)
                {
                    if (!named.Add(department))
                    {
                        continue;
                    }

                    var days = assignment.ReportIns.TryGetValue(department, out var on) ? calendar.WorkingDaysBetween(from, on) : (int?)null;
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
}
