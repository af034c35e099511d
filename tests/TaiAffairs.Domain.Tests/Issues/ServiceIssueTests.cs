using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.Issues.Rules;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Tests.Generators;

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

    private static string RuleOf(Action action) => Assert.Throws<BusinessRuleViolationException>(action).RuleCode;

    [Fact]
    public void Lifecycle_KeepsEveryDatedStep()
    {
        var issue = NewIssue(new LocalDate(2021, 5, 6));
        issue.Accept(new LocalDate(2021, 5, 6));
        issue.Assign(new LocalDate(2021, 5, 7), Lead, [Co]);
        issue.Resolve(new LocalDate(2021, 6, 3), Co, "完成6千伏电网接送电");

        Assert.Equal(IssueStatus.Resolved, issue.Status);
        Assert.Equal(Co, issue.ResolvedBy);
        Assert.Equal(new LocalDate(2021, 6, 3), issue.ResolvedOn);
        Assert.Equal([IssueStatus.Raised, IssueStatus.Accepted, IssueStatus.Assigned, IssueStatus.Resolved], issue.History.Select(h => h.To));
        Assert.True(issue.DaysToResolve() <= 31);
    }

    [Fact]
    public void IllegalSteps_BreakTransitionIsAllowed_AndChangeNothing()
    {
        var issue = NewIssue(new LocalDate(2021, 5, 6));

        Assert.Equal(TransitionIsAllowed.RuleCode, RuleOf(() => issue.Resolve(new LocalDate(2021, 5, 7), Lead, "x")));
        Assert.Equal(TransitionIsAllowed.RuleCode, RuleOf(() => issue.Assign(new LocalDate(2021, 5, 7), Lead, [])));
        Assert.Equal(TransitionIsAllowed.RuleCode, RuleOf(() => issue.Reopen(new LocalDate(2021, 5, 7), "x")));
        Assert.Single(issue.History);

        issue.CloseUnresolved(new LocalDate(2021, 5, 8), "企业已迁出");
        Assert.Equal(TransitionIsAllowed.RuleCode, RuleOf(() => issue.Accept(new LocalDate(2021, 5, 9))));
        Assert.Equal(TransitionIsAllowed.RuleCode, RuleOf(() => issue.Reopen(new LocalDate(2021, 5, 9), "x")));
        Assert.Equal(2, issue.History.Count);
    }

    [Fact]
    public void StepsDatedBeforeThePrevious_BreakDatesNeverRunBackwards()
    {
        var issue = NewIssue(new LocalDate(2021, 5, 6));

        Assert.Equal(DatesNeverRunBackwards.RuleCode, RuleOf(() => issue.Accept(new LocalDate(2021, 5, 5))));
        issue.Accept(new LocalDate(2021, 5, 10));
        Assert.Equal(DatesNeverRunBackwards.RuleCode, RuleOf(() => issue.Assign(new LocalDate(2021, 5, 9), Lead, [])));
        Assert.Equal(IssueStatus.Accepted, issue.Status);
    }

    [Fact]
    public void ClosingAndReopening_RequireAReason()
    {
        var issue = NewIssue(new LocalDate(2021, 5, 6));
        Assert.Equal(ReasonIsGiven.RuleCode, RuleOf(() => issue.CloseUnresolved(new LocalDate(2021, 5, 7), " ")));

        issue.Accept(new LocalDate(2021, 5, 6));
        issue.Assign(new LocalDate(2021, 5, 6), Lead, []);
        issue.Resolve(new LocalDate(2021, 5, 20), Lead, "已解决");
        Assert.Equal(ReasonIsGiven.RuleCode, RuleOf(() => issue.Reopen(new LocalDate(2021, 5, 21), "")));

        issue.Reopen(new LocalDate(2021, 5, 21), "复电后再次跳闸");
        Assert.Null(issue.ResolvedOn);
        Assert.True(issue.IsOpenOn(new LocalDate(2021, 5, 21)));
        Assert.False(issue.IsOpenOn(new LocalDate(2021, 5, 20)));
        issue.Resolve(new LocalDate(2021, 5, 25), Lead, "更换设备");
        Assert.Equal(new LocalDate(2021, 5, 25), issue.ResolvedOn);
        Assert.Equal("复电后再次跳闸", issue.History[4].Reason);
    }

    [Fact]
    public void Assignment_AndResolution_NameTheirDepartments()
    {
        var issue = NewIssue(new LocalDate(2021, 5, 6));
        issue.Accept(new LocalDate(2021, 5, 6));

        Assert.Equal(AssignmentNamesDistinctDepartments.RuleCode, RuleOf(() => issue.Assign(new LocalDate(2021, 5, 7), Lead, [Lead])));
        Assert.Equal(AssignmentNamesDistinctDepartments.RuleCode, RuleOf(() => issue.Assign(new LocalDate(2021, 5, 7), Lead, [Co, Co])));
        issue.Assign(new LocalDate(2021, 5, 7), Lead, [Co]);

        Assert.Equal(ResolvedByAnAssignedDepartment.RuleCode, RuleOf(() => issue.Resolve(new LocalDate(2021, 5, 8), Stranger, "x")));
        Assert.Equal(ResolvedByAnAssignedDepartment.RuleCode, RuleOf(() => issue.Resolve(new LocalDate(2021, 5, 8), default, "x")));
        Assert.Equal(ApplicantTripsArePositive.RuleCode, RuleOf(() => issue.Resolve(new LocalDate(2021, 5, 8), Lead, "x", applicantTrips: 0)));
        Assert.Equal(IssueStatus.Assigned, issue.Status);
    }

    [Fact]
    public void ReportIns_AreByNamedDepartments_OnceEach()
    {
        var issue = NewIssue(new LocalDate(2021, 5, 6), IssueChannel.Whistle);
        Assert.Equal(ReportInByANamedDepartment.RuleCode, RuleOf(() => issue.RecordReportIn(Lead, new LocalDate(2021, 5, 6))));
        issue.Accept(new LocalDate(2021, 5, 6));
        issue.Assign(new LocalDate(2021, 5, 7), Lead, [Co]);

        issue.RecordReportIn(Lead, new LocalDate(2021, 5, 7));

        Assert.Equal(ReportInByANamedDepartment.RuleCode, RuleOf(() => issue.RecordReportIn(Lead, new LocalDate(2021, 5, 8))));
        Assert.Equal(ReportInByANamedDepartment.RuleCode, RuleOf(() => issue.RecordReportIn(Stranger, new LocalDate(2021, 5, 8))));
        Assert.Equal(ReportInByANamedDepartment.RuleCode, RuleOf(() => issue.RecordReportIn(Co, new LocalDate(2021, 5, 6))));
        Assert.Single(issue.Assignment!.ReportIns);
    }

    [Fact]
    public void XuEnen_PermitReady_OnTheSecondWorkingDay_IsOnTime()
    {
        // Illustrative application date: the seed gives none.
        var application = new LocalDate(2021, 9, 30);
        var office = Id<Department>.From("beichen-population-centre");
        var issue = ServiceIssue.Raise(Id<ServiceIssue>.From("beichen-permit"), District.Beichen, IssueSubject.Compatriot(Id<Compatriot>.From("beichen-c-01")), IssueCategory.Documents, IssueChannel.PhoneOrWeChat, application, "台胞证过期，急需就医");
        issue.SetDeadline(2, application);
        issue.Accept(application);
        issue.Assign(application, office, []);
        var ready = Calendar.AddWorkingDays(application, 2);
        issue.Resolve(ready, office, "提交申请材料后第二个工作日拿到台胞证", applicantTrips: 1);

        Assert.Equal(new LocalDate(2021, 10, 9), issue.DueDate(Calendar));
        Assert.True(issue.IsResolvedOnTime(Calendar));
        Assert.Equal(2, issue.WorkingDaysToResolve(Calendar));
        Assert.False(issue.IsOverdueOn(new LocalDate(2021, 10, 11), Calendar));
    }

    [Fact]
    public void Ninghe_LandDispute_RaisedInApril_ResolvedInSeptember()
    {
        var planning = Id<Department>.From("ninghe-planning");
        var issue = ServiceIssue.Raise(Id<ServiceIssue>.From("ninghe-land"), District.Ninghe, IssueSubject.Enterprise(Id<Enterprise>.From("ninghe-park-ent")), IssueCategory.LandDispute, IssueChannel.Visit, new LocalDate(2021, 4, 15), "现代产业区土地纠纷，大型货车出入不便");
        issue.Accept(new LocalDate(2021, 4, 15));
        issue.Assign(new LocalDate(2021, 4, 16), planning, [Id<Department>.From("ninghe-industrial-zone")]);
        issue.Resolve(new LocalDate(2021, 9, 3), planning, "修建一条环形公路");

        Assert.Equal(4, issue.RaisedOn.Month);
        Assert.Equal(9, issue.ResolvedOn!.Value.Month);
        Assert.True(issue.WorkingDaysToResolve(Calendar) > 90);
    }

    [Fact]
    public void KangLingfang_AirConditioners_TheDayAfterTheVisit()
    {
        var office = Id<Department>.From("ninghe-tai-office");
        var visit = new LocalDate(2021, 1, 7);
        var issue = ServiceIssue.Raise(Id<ServiceIssue>.From("ninghe-heating"), District.Ninghe, IssueSubject.Compatriot(Id<Compatriot>.From("ninghe-c-01")), IssueCategory.LivingDifficulty, IssueChannel.Visit, visit, "仅靠小电热扇取暖，存在安全隐患");
        issue.Accept(visit);
        issue.Assign(visit, office, []);
        issue.Resolve(visit.PlusDays(1), office, "在客厅和卧室安装空调");

        Assert.Equal(1, issue.DaysToResolve());
    }

    [Fact]
    public void Deadline_NearingAndOverdue_AreComputed()
    {
        var raised = new LocalDate(2021, 9, 27);
        var issue = NewIssue(raised);
        issue.SetDeadline(5, raised);
        var due = issue.DueDate(Calendar)!.Value;

        Assert.Equal(new LocalDate(2021, 10, 9), due);
        Assert.True(issue.IsNearingDeadlineOn(new LocalDate(2021, 10, 8), Calendar, withinWorkingDays: 1));
        Assert.False(issue.IsNearingDeadlineOn(new LocalDate(2021, 9, 28), Calendar, withinWorkingDays: 1));
        Assert.False(issue.IsOverdueOn(due, Calendar));
        Assert.True(issue.IsOverdueOn(due.PlusDays(1), Calendar));
        Assert.Null(issue.IsResolvedOnTime(Calendar));
        Assert.Equal(DeadlineCountedFromRaiseOrLater.RuleCode, RuleOf(() => issue.SetDeadline(5, raised.PlusDays(-1))));
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
                var issue = NewIssue(new LocalDate(2021, 1, 4));
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
