using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.Issues.Rules;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Tests.Issues;

[Properties(Arbitrary = new[] { typeof(KernelGenerators) })]
public class ServiceIssueTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.ChinaMainland;
    private static readonly Id<Department> Lead = Id<Department>.From("lead");
    private static readonly Id<Department> Co = Id<Department>.From("co");
    private static readonly Id<Department> Stranger = Id<Department>.From("stranger");

    internal static ServiceIssue NewIssue(LocalDate raisedOn, IssueChannel? channel = null, string id = "i-1") =>
        ServiceIssue.Raise(Id<ServiceIssue>.From(id), District.Baodi, IssueSubject.Enterprise(Id<Enterprise>.From("baodi-lianheng")), IssueCategory.PowerSupply, channel ?? IssueChannel.Visit, raisedOn, "6千伏电网接送电");


    [Fact]
    public void Lifecycle_KeepsEveryDatedStep()
    {
        var issue = NewIssue(6.May(2021));
        issue.Accept(6.May(2021));
        issue.Assign(7.May(2021), Lead, [Co]);
        issue.Resolve(3.June(2021), Co, "完成6千伏电网接送电");

        Assert.Equal(IssueStatus.Resolved, issue.Status);
        Assert.Equal(Co, issue.ResolvedBy);
        Assert.Equal(3.June(2021), issue.ResolvedOn);
        Assert.Equal([IssueStatus.Raised, IssueStatus.Accepted, IssueStatus.Assigned, IssueStatus.Resolved], issue.History.Select(h => h.To));
        Assert.True(issue.DaysToResolve() <= 31);
    }

    [Fact]
    public void IllegalSteps_BreakTransitionIsAllowed_AndChangeNothing()
    {
        var issue = NewIssue(6.May(2021));

        RuleAssert.Breaks<TransitionIsAllowed>(() => issue.Resolve(7.May(2021), Lead, "x"));
        RuleAssert.Breaks<TransitionIsAllowed>(() => issue.Assign(7.May(2021), Lead, []));
        RuleAssert.Breaks<TransitionIsAllowed>(() => issue.Reopen(7.May(2021), "x"));
        Assert.Single(issue.History);

        issue.CloseUnresolved(8.May(2021), "企业已迁出");
        RuleAssert.Breaks<TransitionIsAllowed>(() => issue.Accept(9.May(2021)));
        RuleAssert.Breaks<TransitionIsAllowed>(() => issue.Reopen(9.May(2021), "x"));
        Assert.Equal(2, issue.History.Count);
    }

    [Fact]
    public void StepsDatedBeforeThePrevious_BreakDatesNeverRunBackwards()
    {
        var issue = NewIssue(6.May(2021));

        RuleAssert.Breaks<DatesNeverRunBackwards>(() => issue.Accept(5.May(2021)));
        issue.Accept(10.May(2021));
        RuleAssert.Breaks<DatesNeverRunBackwards>(() => issue.Assign(9.May(2021), Lead, []));
        Assert.Equal(IssueStatus.Accepted, issue.Status);
    }

    [Fact]
    public void ClosingAndReopening_RequireAReason()
    {
        var issue = NewIssue(6.May(2021));
        RuleAssert.Breaks<ReasonIsGiven>(() => issue.CloseUnresolved(7.May(2021), " "));

        issue.Accept(6.May(2021));
        issue.Assign(6.May(2021), Lead, []);
        issue.Resolve(20.May(2021), Lead, "已解决");
        RuleAssert.Breaks<ReasonIsGiven>(() => issue.Reopen(21.May(2021), ""));

        issue.Reopen(21.May(2021), "复电后再次跳闸");
        Assert.Null(issue.ResolvedOn);
        Assert.True(issue.IsOpenOn(21.May(2021)));
        Assert.False(issue.IsOpenOn(20.May(2021)));
        issue.Resolve(25.May(2021), Lead, "更换设备");
        Assert.Equal(25.May(2021), issue.ResolvedOn);
        Assert.Equal("复电后再次跳闸", issue.History[4].Reason);
    }

    [Fact]
    public void Assignment_AndResolution_NameTheirDepartments()
    {
        var issue = NewIssue(6.May(2021));
        issue.Accept(6.May(2021));

        RuleAssert.Breaks<AssignmentNamesDistinctDepartments>(() => issue.Assign(7.May(2021), Lead, [Lead]));
        RuleAssert.Breaks<AssignmentNamesDistinctDepartments>(() => issue.Assign(7.May(2021), Lead, [Co, Co]));
        issue.Assign(7.May(2021), Lead, [Co]);

        RuleAssert.Breaks<ResolvedByAnAssignedDepartment>(() => issue.Resolve(8.May(2021), Stranger, "x"));
        RuleAssert.Breaks<ResolvedByAnAssignedDepartment>(() => issue.Resolve(8.May(2021), default, "x"));
        RuleAssert.Breaks<ApplicantTripsArePositive>(() => issue.Resolve(8.May(2021), Lead, "x", applicantTrips: 0));
        Assert.Equal(IssueStatus.Assigned, issue.Status);
    }

    [Fact]
    public void ReportIns_AreByNamedDepartments_OnceEach()
    {
        var issue = NewIssue(6.May(2021), IssueChannel.Whistle);
        RuleAssert.Breaks<ReportInByANamedDepartment>(() => issue.RecordReportIn(Lead, 6.May(2021)));
        issue.Accept(6.May(2021));
        issue.Assign(7.May(2021), Lead, [Co]);

        issue.RecordReportIn(Lead, 7.May(2021));

        RuleAssert.Breaks<ReportInByANamedDepartment>(() => issue.RecordReportIn(Lead, 8.May(2021)));
        RuleAssert.Breaks<ReportInByANamedDepartment>(() => issue.RecordReportIn(Stranger, 8.May(2021)));
        RuleAssert.Breaks<ReportInByANamedDepartment>(() => issue.RecordReportIn(Co, 6.May(2021)));
        Assert.Single(issue.Assignment!.ReportIns);
    }

    [Fact]
    public void XuEnen_PermitReady_OnTheSecondWorkingDay_IsOnTime()
    {
        // Illustrative application date: the seed gives none.
        var application = 30.September(2021);
        var office = Id<Department>.From("beichen-population-centre");
        var issue = ServiceIssue.Raise(Id<ServiceIssue>.From("beichen-permit"), District.Beichen, IssueSubject.Compatriot(Id<Compatriot>.From("beichen-c-01")), IssueCategory.Documents, IssueChannel.PhoneOrWeChat, application, "台胞证过期，急需就医");
        issue.SetDeadline(2, application);
        issue.Accept(application);
        issue.Assign(application, office, []);
        var ready = Calendar.AddWorkingDays(application, 2);
        issue.Resolve(ready, office, "提交申请材料后第二个工作日拿到台胞证", applicantTrips: 1);

        Assert.Equal(9.October(2021), issue.DueDate(Calendar));
        Assert.True(issue.IsResolvedOnTime(Calendar));
        Assert.Equal(2, issue.WorkingDaysToResolve(Calendar));
        Assert.False(issue.IsOverdueOn(11.October(2021), Calendar));
    }

    [Fact]
    public void Ninghe_LandDispute_RaisedInApril_ResolvedInSeptember()
    {
        var planning = Id<Department>.From("ninghe-planning");
        var issue = ServiceIssue.Raise(Id<ServiceIssue>.From("ninghe-land"), District.Ninghe, IssueSubject.Enterprise(Id<Enterprise>.From("ninghe-park-ent")), IssueCategory.LandDispute, IssueChannel.Visit, 15.April(2021), "现代产业区土地纠纷，大型货车出入不便");
        issue.Accept(15.April(2021));
        issue.Assign(16.April(2021), planning, [Id<Department>.From("ninghe-industrial-zone")]);
        issue.Resolve(3.September(2021), planning, "修建一条环形公路");

        Assert.Equal(4, issue.RaisedOn.Month);
        Assert.Equal(9, issue.ResolvedOn!.Value.Month);
        Assert.True(issue.WorkingDaysToResolve(Calendar) > 90);
    }

    [Fact]
    public void KangLingfang_AirConditioners_TheDayAfterTheVisit()
    {
        var office = Id<Department>.From("ninghe-tai-office");
        var visit = 7.January(2021);
        var issue = ServiceIssue.Raise(Id<ServiceIssue>.From("ninghe-heating"), District.Ninghe, IssueSubject.Compatriot(Id<Compatriot>.From("ninghe-c-01")), IssueCategory.LivingDifficulty, IssueChannel.Visit, visit, "仅靠小电热扇取暖，存在安全隐患");
        issue.Accept(visit);
        issue.Assign(visit, office, []);
        issue.Resolve(visit.PlusDays(1), office, "在客厅和卧室安装空调");

        Assert.Equal(1, issue.DaysToResolve());
    }

    [Fact]
    public void Deadline_NearingAndOverdue_AreComputed()
    {
        var raised = 27.September(2021);
        var issue = NewIssue(raised);
        issue.SetDeadline(5, raised);
        var due = issue.DueDate(Calendar)!.Value;

        Assert.Equal(9.October(2021), due);
        Assert.True(issue.IsNearingDeadlineOn(8.October(2021), Calendar, withinWorkingDays: 1));
        Assert.False(issue.IsNearingDeadlineOn(28.September(2021), Calendar, withinWorkingDays: 1));
        Assert.False(issue.IsOverdueOn(due, Calendar));
        Assert.True(issue.IsOverdueOn(due.PlusDays(1), Calendar));
        Assert.Null(issue.IsResolvedOnTime(Calendar));
        RuleAssert.Breaks<DeadlineCountedFromRaiseOrLater>(() => issue.SetDeadline(5, raised.PlusDays(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => issue.SetDeadline(-1, raised));
        Assert.Throws<ArgumentOutOfRangeException>(() => issue.IsNearingDeadlineOn(raised, Calendar, withinWorkingDays: -1));
    }

    [Property]
    public bool DueDates_AgreeWithTheCalendar(LocalDate raised, byte days)
    {
        if (raised.Year >= 2026)
        {
            return true;
        }

        var n = days % 60;
        var issue = NewIssue(raised);
        issue.SetDeadline(n, raised);
        var due = issue.DueDate(Calendar)!.Value;
        issue.Accept(raised);
        issue.Assign(raised, Lead, []);
        var late = Calendar.AddWorkingDays(due, 1);
        issue.Resolve(late, Lead, "x");
        return due == Calendar.AddWorkingDays(raised, n)
               && Calendar.WorkingDaysBetween(raised, due) == n
               && issue.IsResolvedOnTime(Calendar) == false
               && issue.WorkingDaysToResolve(Calendar) == n + 1;
    }

    /// <summary>The verbs an issue offers, each aiming at a target status.</summary>
    private static readonly (IssueStatus Target, Action<ServiceIssue, LocalDate> Act)[] Verbs =
    [
        (IssueStatus.Accepted, (i, d) => i.Accept(d)),
        (IssueStatus.Assigned, (i, d) => i.Assign(d, Lead, [Co])),
        (IssueStatus.Resolved, (i, d) => i.Resolve(d, Lead, "已解决")),
        (IssueStatus.ClosedUnresolved, (i, d) => i.CloseUnresolved(d, "无法解决")),
        (IssueStatus.Reopened, (i, d) => i.Reopen(d, "再次反映")),
    ];

    [Property(MaxTest = 300)]
    public Property RandomSteps_LegalOnesApply_IllegalOnesThrowAndChangeNothing() =>
        Prop.ForAll(
            Arb.From(Gen.ListOf(from verb in Gen.Choose(0, Verbs.Length - 1) from gap in Gen.Choose(0, 5) select (verb, gap)).Select(l => l.ToArray())),
            steps =>
            {
                var issue = NewIssue(4.January(2021));
                var date = issue.RaisedOn;
                foreach (var (verb, gap) in steps)
                {
                    date = date.PlusDays(gap);
                    var (target, act) = Verbs[verb];
                    var before = issue.History.Count;
                    var legal = issue.Status.CanMoveTo(target);
                    var error = Record.Exception(() => act(issue, date));
                    if (legal ? error is not null || issue.Status != target || issue.History.Count != before + 1
                              : error is not BusinessRuleViolationException { RuleCode: TransitionIsAllowed.RuleCode } || issue.History.Count != before)
                    {
                        return false;
                    }
                }

                return issue.History.Zip(issue.History.Skip(1)).All(p => p.First.To.CanMoveTo(p.Second.To) && p.First.Date <= p.Second.Date && p.Second.From == p.First.To);
            });
}
