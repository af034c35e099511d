using System.Globalization;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Issues;

namespace TaiAffairs.Domain.Mechanisms.Checks;

/// <summary>
/// 企业吹哨、部门报到 holds when, for every whistle issue of the district raised in the period, each department
/// named in its assignment reported in within the limit in working days from the assignment.
/// </summary>
internal static class EveryNamedDepartmentReportsIn
{
    public static IEnumerable<MechanismFinding> Check(ServiceMechanism mechanism, MechanismEvidence evidence, ReportingPeriod period, WorkingDayCalendar calendar)
    {
        var terms = (WhistleAndReportTerms)mechanism.Terms;
        var requirement = string.Create(CultureInfo.InvariantCulture, $"吹哨后{terms.ReportInWorkingDays}个工作日内部门报到");
        var whistles = evidence.Issues.Where(i => i.District == mechanism.District && i.Channel == IssueChannel.Whistle && period.Contains(i.RaisedOn) && i.RaisedOn >= mechanism.StartedOn);
        foreach (var issue in whistles)
        {
            if (issue.Assignment is not { } assignment)
            {
                yield return new MechanismFinding(MechanismRequirementCodes.WhistleReportIn, requirement, false, issue.Id.Value, "未明确报到部门");
                continue;
            }

            foreach (var department in assignment.Departments)
            {
                var reported = assignment.ReportIns.TryGetValue(department, out var on);
                var days = reported ? calendar.WorkingDaysBetween(assignment.AssignedOn, on) : (int?)null;
                yield return new MechanismFinding(
                    MechanismRequirementCodes.WhistleReportIn,
                    requirement,
                    days is { } d && d <= terms.ReportInWorkingDays,
                    issue.Id.Value + "/" + department.Value,
                    days is { } n ? string.Create(CultureInfo.InvariantCulture, $"{n}个工作日报到") : "未报到");
            }
        }
    }
}
