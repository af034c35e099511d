using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.Issues.Rules;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Mechanisms;

namespace TaiAffairs.Domain.Tests.Issues;

/// <summary>
/// Issue 14: hold and resume (the deadline clock pauses), re-routing (every assignment kept), whistle report-ins
/// counted from the whistle, the SLA state as of a date, public and internal labels.
/// </summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 200)]
public class IssueWorkflowTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.ChinaMainland;
    private static readonly Id<Department> Lead = Id<Department>.From("lead");
    private static readonly Id<Department> Co = Id<Department>.From("co");
    private static readonly Id<Department> Other = Id<Department>.From("other");

    private static ServiceIssue Accepted(LocalDate raised, int? deadlineDays = null)
    {
        var issue = ServiceIssueTests.NewIssue(raised);
        issue.Accept(raised);
        if (deadlineDays is { } days)
        {
            issue.SetDeadline(days, raised);
        }

        return issue;
    }

    [Fact]
    public void AHold_PausesTheClock_AndResumeReturnsToTheStatusHeld()
    {
        // Raised Monday 2021-05-10 with 5 working days: due Monday 05-17. Held Wednesday, resumed the next Wednesday:
        // 5 working days paused (05-13 .. 05-19), so due 05-24.
        var issue = Accepted(10.May(2021), deadlineDays: 5);
        issue.Assign(10.May(2021), Lead, [Co]);
        Assert.Equal(17.May(2021), issue.DueDate(Calendar));

        issue.Hold(12.May(2021), HoldReason.WaitingOnApplicant, "补充营业执照");
        Assert.Equal(IssueStatus.OnHold, issue.Status);
        Assert.Equal(SlaState.OnHold, issue.SlaStateOn(18.May(2021), Calendar));
        Assert.False(issue.IsOverdueOn(18.May(2021), Calendar));
        Assert.Equal(24.May(2021), issue.DueDateOn(19.May(2021), Calendar));

        issue.Resume(19.May(2021));
        Assert.Equal(IssueStatus.Assigned, issue.Status);
        Assert.Equal(5, issue.WorkingDaysOnHold(20.May(2021), Calendar));
        Assert.Equal(24.May(2021), issue.DueDate(Calendar));
        Assert.Equal(SlaState.Nearing, issue.SlaStateOn(20.May(2021), Calendar));
        Assert.Equal(SlaState.OnTrack, issue.SlaStateOn(20.May(2021), Calendar, nearingWithinWorkingDays: 1));
        Assert.Equal(SlaState.Overdue, issue.SlaStateOn(25.May(2021), Calendar));
        var hold = Assert.Single(issue.Holds);
        Assert.Equal((HoldReason.WaitingOnApplicant, 12.May(2021), (LocalDate?)19.May(2021), "补充营业执照"), (hold.Reason, hold.From, hold.Until, hold.Note));

        issue.Resolve(21.May(2021), Lead, "办结");
        Assert.True(issue.IsResolvedOnTime(Calendar));
        Assert.Equal(SlaState.MetOnTime, issue.SlaStateOn(1.June(2021), Calendar));
    }

    [Fact]
    public void AHoldAfterTheDeadlinePassed_DoesNotSaveIt()
    {
        var issue = Accepted(10.May(2021), deadlineDays: 1);
        issue.Hold(20.May(2021), HoldReason.WaitingOnThirdParty);
        issue.Resume(25.May(2021));
        Assert.Equal(11.May(2021), issue.DueDate(Calendar));
        Assert.Equal(SlaState.Overdue, issue.SlaStateOn(26.May(2021), Calendar));
    }

    [Fact]
    public void HoldAndResume_AreRefusedWhereTheyDoNotApply_AndChangeNothing()
    {
        var raised = ServiceIssueTests.NewIssue(10.May(2021));
        RuleAssert.Breaks<TransitionIsAllowed>(() => raised.Hold(10.May(2021), HoldReason.WaitingOnApplicant));
        RuleAssert.Breaks<ResumeOnlyFromHold>(() => raised.Resume(10.May(2021)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Accepted(10.May(2021)).Hold(10.May(2021), (HoldReason)9));

        var issue = Accepted(10.May(2021));
        issue.Hold(12.May(2021), HoldReason.WaitingOnApplicant);
        RuleAssert.Breaks<TransitionIsAllowed>(() => issue.Assign(13.May(2021), Lead, []));
        RuleAssert.Breaks<TransitionIsAllowed>(() => issue.Hold(13.May(2021), HoldReason.WaitingOnApplicant));
        RuleAssert.Breaks<DatesNeverRunBackwards>(() => issue.Resume(11.May(2021)));
        Assert.Equal((IssueStatus.OnHold, 3, 1), (issue.Status, issue.History.Count, issue.Holds.Count));

        issue.CloseUnresolved(20.May(2021), "申请人放弃");
        Assert.Equal(20.May(2021), issue.Holds[0].Until);
        Assert.Equal("已办结", IssueStatus.ClosedUnresolved.PublicLabel);
    }

    [Fact]
    public void AReroute_KeepsEveryEarlierAssignment_WithItsCoDepartmentsAndReportIns()
    {
        var issue = Accepted(10.May(2021));
        var first = issue.Assign(10.May(2021), Lead, [Co]);
        issue.RecordReportIn(Co, 11.May(2021));
        var second = issue.Reroute(12.May(2021), Other, [Lead], "职责不符，改派");

        Assert.Equal([first, second], issue.Assignments);
        Assert.Equal([Co], issue.Assignments[0].CoDepartments);
        Assert.Equal(11.May(2021), issue.Assignments[0].ReportIns[Co]);
        Assert.Same(second, issue.Assignment);
        Assert.Equal(IssueStatus.Assigned, issue.Status);
        Assert.Equal("职责不符，改派", issue.History[^1].Reason);

        RuleAssert.Breaks<ReasonIsGiven>(() => issue.Reroute(13.May(2021), Lead, [], " "));
        RuleAssert.Breaks<RerouteChangesTheAssignment>(() => issue.Reroute(13.May(2021), Other, [Lead], "同上"));
        RuleAssert.Breaks<AssignmentNamesDistinctDepartments>(() => issue.Reroute(13.May(2021), Lead, [Lead], "重复"));
        RuleAssert.Breaks<RerouteOnlyWhenAssigned>(() => Accepted(10.May(2021)).Reroute(10.May(2021), Lead, [], "未交办"));
        Assert.Equal(2, issue.Assignments.Count);

        issue.Resolve(14.May(2021), Other, "办结");
        issue.Reopen(20.May(2021), "再次反映");
        issue.Assign(20.May(2021), Co, []);
        Assert.Equal(3, issue.Assignments.Count);
    }

    [Fact]
    public void AWhistledIssue_ReportInsCountFromTheWhistle_NotFromTheAssignment()
    {
        // The issue's own example: whistled 04-01, assigned and reported in on 04-30: not "0个工作日报到".
        var mechanism = ServiceMechanism.Establish(
            Id<ServiceMechanism>.From("whistle"), District.Baodi, MechanismKind.WhistleAndReport, "企业吹哨、部门报到", 1.January(2021), WhistleAndReportTerms.Create(1));
        var issue = ServiceIssueTests.NewIssue(1.April(2021), IssueChannel.Whistle);
        issue.Accept(30.April(2021));
        issue.Assign(30.April(2021), Lead, []);
        issue.RecordReportIn(Lead, 30.April(2021));

        var check = mechanism.Check(new MechanismEvidence([], [issue]), ReportingPeriod.ForYear(2021), Calendar);

        var finding = Assert.Single(check.Findings);
        Assert.False(finding.Kept);
        Assert.Equal(Calendar.WorkingDaysBetween(1.April(2021), 30.April(2021)), finding.Actual);
    }

    [Fact]
    public void EveryStatus_HasAPublicAndAnInternalLabel()
    {
        Assert.Equal(
            ["已提交", "已受理", "办理中", "已办结", "已办结", "办理中", "办理中"],
            IssueStatus.All.Select(s => s.PublicLabel));
        Assert.All(IssueStatus.All, s => Assert.Equal(s.ChineseName, s.InternalLabel));
        Assert.Equal("已挂起", IssueStatus.OnHold.InternalLabel);
    }

    [Property]
    public bool PausedTime_NeverCountsTowardTheDeadline(ServiceIssue issue)
    {
        // As of any day: the working days from the deadline's start to the due date, less those on hold before it, are
        // the deadline's; holds never bring a due date forward; without a deadline there is no due date. (No
        // precondition that discards cases: an issue without a deadline checks the last clause.)
        var days = Enumerable.Range(0, 60).Select(d => issue.RaisedOn.PlusDays(d));
        if (issue.Deadline is not { } deadline)
        {
            return days.All(day => issue.DueDateOn(day, Calendar) is null);
        }

        return days.All(day =>
        {
            var due = issue.DueDateOn(day, Calendar)!.Value;
            var paused = issue.Holds.Where(h => h.From <= due && h.From <= day)
                .Sum(h => Calendar.WorkingDaysBetween(h.From, h.Until is { } u && u <= day ? u : day));
            return Calendar.WorkingDaysBetween(deadline.CountedFrom, due) == deadline.WorkingDays + paused && due >= deadline.DueDate(Calendar);
        });
    }

    [Property]
    public Property RandomWorkflows_KeepEveryInvariant(PositiveInt seed) =>
        Prop.ToProperty(Workflow(seed.Get));

    private static bool Workflow(int seed)
    {
        // Random verbs, refused ones included: a refusal changes nothing; a re-route or reassignment keeps every
        // earlier assignment; holds are closed in order; the SLA state agrees with the overdue and nearing tests.
        var random = new Random(seed);
        var issue = ServiceIssueTests.NewIssue(4.January(2021));
        issue.SetDeadline(random.Next(0, 15), 4.January(2021));
        var day = 4.January(2021);
        var departments = new[] { Lead, Co, Other };
        for (var step = 0; step < 25; step++)
        {
            day = day.PlusDays(random.Next(0, 4));
            var before = (issue.History.Count, issue.Assignments.ToArray(), issue.Holds.ToArray(), issue.Status);
            try
            {
                switch (random.Next(9))
                {
                    case 0: issue.Accept(day); break;
                    case 1: issue.Assign(day, departments[random.Next(3)], []); break;
                    case 2: issue.Reroute(day, departments[random.Next(3)], [], "改派"); break;
                    case 3: issue.Hold(day, HoldReason.WaitingOnApplicant); break;
                    case 4: issue.Resume(day); break;
                    case 5: issue.Resolve(day, issue.Assignment?.Lead ?? Lead, "办结"); break;
                    case 6: issue.Reopen(day, "再次反映"); break;
                    case 7: issue.RecordReportIn(issue.Assignment?.Lead ?? Lead, day); break;
                    default: if (random.Next(5) == 0) { issue.CloseUnresolved(day, "放弃"); } break;
                }
            }
            catch (BusinessRuleViolationException)
            {
                if (issue.History.Count != before.Count || !issue.Assignments.SequenceEqual(before.Item2) || !issue.Holds.SequenceEqual(before.Item3) || issue.Status != before.Status)
                {
                    return false;
                }
            }

            if (!issue.Assignments.Take(before.Item2.Length).SequenceEqual(before.Item2)
                || issue.Holds.Take(issue.Holds.Count - 1).Any(h => h.Until is null)
                || (issue.Status == IssueStatus.OnHold) != (issue.Holds.Count > 0 && issue.Holds[^1].Until is null))
            {
                return false;
            }

            var state = issue.SlaStateOn(day, Calendar);
            if ((state == SlaState.Overdue) != issue.IsOverdueOn(day, Calendar) || (state == SlaState.Nearing) != issue.IsNearingDeadlineOn(day, Calendar))
            {
                return false;
            }
        }

        return issue.Assignments.Count == issue.History.Count(s => s.To == IssueStatus.Assigned && s.From != IssueStatus.OnHold);
    }
}
