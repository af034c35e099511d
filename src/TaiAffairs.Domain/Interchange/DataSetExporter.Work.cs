using TaiAffairs.Domain.Interchange.Format;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.Mechanisms;
using S = TaiAffairs.Domain.Interchange.Format.Shapes;

namespace TaiAffairs.Domain.Interchange;

/// <content>Issues and mechanisms.</content>
public static partial class DataSetExporter
{
    private static void Issue(JsonOut o, ServiceIssue i)
    {
        o.Id(S.Issue.Id, i.Id);
        o.District(S.Issue.District, i.District);
        o.Object(S.Issue.Subject, s =>
        {
            s.Id(S.Subject.Enterprise, i.Subject.EnterpriseId);
            s.Id(S.Subject.Compatriot, i.Subject.CompatriotId);
        });
        o.String(S.Issue.Category, i.Category.Name);
        o.String(S.Issue.Channel, i.Channel.Name);
        o.Date(S.Issue.RaisedOn, i.RaisedOn);
        o.String(S.Issue.Summary, i.Summary);
        if (i.Deadline is { } deadline)
        {
            o.Object(S.Issue.Deadline, d =>
            {
                d.Integer(S.Deadline.WorkingDays, deadline.WorkingDays);
                d.Date(S.Deadline.CountedFrom, deadline.CountedFrom);
            });
        }

        o.Objects(S.Issue.Steps, Steps(i), (s, write) => write(s));
    }

    /// <summary>
    /// The issue's steps after it was raised, in order: each assignment (the first, re-routings, reassignments) with its
    /// own co-departments and followed by its own report-ins; holds with their reason, and the steps that resume them.
    /// </summary>
    private static List<Action<JsonOut>> Steps(ServiceIssue i)
    {
        var lastResolved = -1;
        for (var s = 1; s < i.History.Count; s++)
        {
            lastResolved = i.History[s].To == IssueStatus.Resolved ? s : lastResolved;
        }

        var steps = new List<Action<JsonOut>>();
        var assignment = -1;
        var hold = -1;
        for (var s = 1; s < i.History.Count; s++)
        {
            var step = i.History[s];
            var index = s;
            if (step.From == IssueStatus.OnHold && step.To != IssueStatus.ClosedUnresolved)
            {
                steps.Add(o =>
                {
                    o.String(S.Step.To, S.Step.Resumed);
                    o.Date(S.Step.Date, step.Date);
                });
                continue;
            }

            if (step.To == IssueStatus.Assigned)
            {
                var current = i.Assignments[++assignment];
                var reroute = step.From == IssueStatus.Assigned;
                steps.Add(o =>
                {
                    o.String(S.Step.To, step.To.Name);
                    o.Date(S.Step.Date, step.Date);
                    o.Id(S.Step.Lead, step.Department);
                    o.Ids(S.Step.Co, current.CoDepartments);
                    o.String(S.Step.Reason, reroute ? step.Reason : null);
                });
                foreach (var (department, on) in current.ReportIns.OrderBy(r => r.Value).ThenBy(r => r.Key))
                {
                    steps.Add(o =>
                    {
                        o.Id(S.Step.ReportIn, department);
                        o.Date(S.Step.Date, on);
                    });
                }

                continue;
            }

            if (step.To == IssueStatus.OnHold)
            {
                var held = i.Holds[++hold];
                steps.Add(o =>
                {
                    o.String(S.Step.To, step.To.Name);
                    o.Date(S.Step.Date, step.Date);
                    o.String(S.Step.HoldReason, held.Reason.ToString());
                    o.String(S.Step.Reason, held.Note);
                });
                continue;
            }

            steps.Add(o =>
            {
                o.String(S.Step.To, step.To.Name);
                o.Date(S.Step.Date, step.Date);
                if (step.To == IssueStatus.Resolved)
                {
                    o.Id(S.Step.By, step.Department);
                    o.String(S.Step.Outcome, step.Reason);
                    o.Integer(S.Step.ApplicantTrips, index == lastResolved ? i.ApplicantTrips : null);
                }
                else
                {
                    o.String(S.Step.Reason, step.Reason);
                }
            });
        }

        return steps;
    }

    private static void Mechanism(JsonOut o, ServiceMechanism m)
    {
        o.Id(S.Mechanism.Id, m.Id);
        o.District(S.Mechanism.District, m.District);
        o.String(S.Mechanism.Kind, m.Kind.Name);
        o.String(S.Mechanism.Name, m.Name);
        o.Date(S.Mechanism.StartedOn, m.StartedOn);
        o.Object(S.Mechanism.Terms, t => Terms(t, m.Terms));
        o.Ids(S.Mechanism.Cases, m.Cases);
        if (m.Areas.Count > 0)
        {
            o.Strings(S.Mechanism.Areas, m.Areas.Select(a => AreaCode(a)!));
        }
    }

    private static void Terms(JsonOut t, MechanismTerms terms)
    {
        switch (terms)
        {
            case GreenChannelTerms g:
                t.Boolean(S.GreenChannel.OneWindow, g.OneWindow);
                t.Boolean(S.GreenChannel.JointApproval, g.JointApproval);
                t.Integer(S.GreenChannel.WorkingDayLimit, g.WorkingDayLimit);
                t.Boolean(S.GreenChannel.OneTrip, g.OneTrip);
                t.Ids(S.GreenChannel.Partners, g.PartnerUnits);
                break;
            case WhistleAndReportTerms r:
                t.Integer(S.WhistleAndReport.ReportInWorkingDays, r.ReportInWorkingDays);
                break;
            case SanZhuanTerms z:
                t.Strings(S.SanZhuan.Topics, z.Topics);
                t.Objects(S.SanZhuan.Units, z.Units, (u, unit) =>
                {
                    u.Id(S.SanZhuanUnit.Unit, unit.Unit);
                    u.Map(S.SanZhuanUnit.Roles, unit.Roles.OrderBy(r => r.Key).Select(r => (r.Key.ToString(), r.Value)), (m, key, official) => m.Entry(key, x => Official(x, official)));
                    u.Map(S.SanZhuanUnit.Contacts, unit.Contacts.OrderBy(c => c.Key).Select(c => (c.Key.ToString(), c.Value)), (m, key, contact) => m.Entry(key, contact));
                });
                break;
            case ThreeTierNetworkTerms n:
                t.Id(S.ThreeTierNetwork.DistrictOffice, n.DistrictOffice);
                t.Id(S.ThreeTierNetwork.StreetCommittee, n.StreetCommittee);
                t.Id(S.ThreeTierNetwork.CommunityCommittee, n.CommunityCommittee);
                t.Strings(S.ThreeTierNetwork.Tasks, n.Tasks);
                t.Integer(S.ThreeTierNetwork.DeclaredTaskCount, n.DeclaredTaskCount);
                break;
            case StandingArrangementTerms s:
                t.String(S.StandingArrangement.Partner, s.Partner);
                t.Ids(S.StandingArrangement.Members, s.Members);
                t.Date(S.StandingArrangement.EndsOn, s.EndsOn);
                break;
        }
    }
}
