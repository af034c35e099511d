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
        // A review builder keeps each issue's facts; evidence made of whole issues gives them here.
        var cases = evidence.Cases is { } facts
            ? facts.Where(c => mechanism.Cases.Contains(c.Id))
            : evidence.Issues.Where(i => mechanism.Cases.Contains(i.Id)).Select(i => new CaseFacts(i.Id, i.RaisedOn, i.WorkingDaysToResolve(calendar), i.ApplicantTrips));
        foreach (var issue in cases.Where(c => period.Contains(c.RaisedOn)))
        {
            var days = issue.WorkingDaysToResolve;
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
