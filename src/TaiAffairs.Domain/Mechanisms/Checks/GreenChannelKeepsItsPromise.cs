using System.Globalization;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Mechanisms.Checks;

/// <summary>
/// A green channel keeps its promise when it has one window and joint approval, and each of its cases raised in
/// the period is done within its working-day limit and, where promised, in one trip.
/// </summary>
internal static class GreenChannelKeepsItsPromise
{
    public static IEnumerable<MechanismFinding> Check(ServiceMechanism mechanism, MechanismEvidence evidence, ReportingPeriod period, WorkingDayCalendar calendar)
    {
        var terms = (GreenChannelTerms)mechanism.Terms;
        yield return new MechanismFinding(MechanismRequirementCodes.GreenChannelOneWindow, "一个窗口受理", terms.OneWindow, null, terms.OneWindow ? "设一个受理窗口" : "未设统一受理窗口");
        yield return new MechanismFinding(MechanismRequirementCodes.GreenChannelJointApproval, "联合审批", terms.JointApproval, null, terms.JointApproval ? "联合审批" : "未联合审批");
        foreach (var issue in evidence.Issues.Where(i => mechanism.Cases.Contains(i.Id) && period.Contains(i.RaisedOn)))
        {
            var days = issue.WorkingDaysToResolve(calendar);
            var withinLimit = days is { } d && d <= terms.WorkingDayLimit;
            yield return new MechanismFinding(
                MechanismRequirementCodes.GreenChannelWorkingDayLimit,
                string.Create(CultureInfo.InvariantCulture, $"{terms.WorkingDayLimit}个工作日内办结"),
                withinLimit,
                issue.Id.Value,
                days is { } n ? string.Create(CultureInfo.InvariantCulture, $"{n}个工作日办结") : "尚未办结");
            if (terms.OneTrip)
            {
                var trips = issue.ApplicantTrips;
                yield return new MechanismFinding(
                    MechanismRequirementCodes.GreenChannelOneTrip,
                    "只跑一次",
                    trips is 1,
                    issue.Id.Value,
                    trips is { } t ? string.Create(CultureInfo.InvariantCulture, $"申请人跑{t}次") : "未记录跑动次数");
            }
        }
    }
}
