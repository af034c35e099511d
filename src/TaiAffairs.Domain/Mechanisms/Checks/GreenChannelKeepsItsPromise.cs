using TaiAffairs.Domain.Common;
namespace TaiAffairs.Domain.Mechanisms.Checks;

/// <summary>Green channel: one window, joint approval, each case within the limit, one trip.</summary>
internal static class GreenChannelKeepsItsPromise
{
    public static IEnumerable<MechanismFinding> Check(ServiceMechanism mechanism, MechanismEvidence evidence, ReportingPeriod period, WorkingDayCalendar calendar)
    {
        var terms = (GreenChannelTerms)mechanism.Terms;
        yield return new MechanismFinding(MechanismRequirementCodes.GreenChannelOneWindow, terms.OneWindow, null);
        yield return new MechanismFinding(MechanismRequirementCodes.GreenChannelJointApproval, terms.JointApproval, null);
        foreach (var issue in evidence.Issues.Where(i => mechanism.Cases.Contains(i.Id) && period.Contains(i.RaisedOn)))
        {
            var days = issue.WorkingDaysToResolve(calendar);
            yield return new MechanismFinding(MechanismRequirementCodes.GreenChannelWorkingDayLimit, days is { } d && d <= terms.WorkingDayLimit, issue.Id.Value)
            {
                Limit = terms.WorkingDayLimit,
                Actual = days,
            };
            if (terms.OneTrip)
            {
                yield return new MechanismFinding(MechanismRequirementCodes.GreenChannelOneTrip, issue.ApplicantTrips is 1, issue.Id.Value) { Actual = issue.ApplicantTrips };
            }
        }
    }
}
