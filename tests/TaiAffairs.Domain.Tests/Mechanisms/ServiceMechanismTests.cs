using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Mechanisms;
using TaiAffairs.Domain.Mechanisms.Rules;
using TaiAffairs.Domain.Tests.Generators;

namespace TaiAffairs.Domain.Tests.Mechanisms;

public class ServiceMechanismTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.ChinaMainland;
    private static readonly ReportingPeriod Year = ReportingPeriod.ForYear(2021);
    private static readonly LocalDate Start = new(2021, 1, 1);
    private static readonly Id<Department> Lead = Id<Department>.From("lead");
    private static readonly Id<Department> Co = Id<Department>.From("co");

    private static ServiceMechanism Establish(MechanismKind kind, MechanismTerms terms, District? district = null) =>
        ServiceMechanism.Establish(Id<ServiceMechanism>.From("m-" + kind.Name.ToLowerInvariant()), district ?? District.Beichen, kind, kind.ChineseName, Start, terms);

    private static MechanismEvidence Evidence(IEnumerable<Meeting>? meetings = null, IEnumerable<ServiceIssue>? issues = null) => new(meetings ?? [], issues ?? []);

    [Fact]
    public void QuarterlyRoundTable_BrokenInTheQuarterWithout()
    {
        var group = LeadingGroup.Establish(Id<LeadingGroup>.From("bc"), District.Beichen, DomainGenerators.OfficeOf(District.Beichen), Start, DomainGenerators.Leader(), []);
        var host = Official.Create("区委统战部部长");
        for (var q = 1; q <= 3; q++)
        {
            group.HoldMeeting(Id<Meeting>.From($"rt{q}"), MeetingKind.QuarterlyRoundTable, ReportingPeriod.ForQuarter(2021, q).Start.PlusDays(10), host, [], []);
        }

        var mechanism = Establish(MechanismKind.QuarterlyRoundTable, QuarterlyRoundTableTerms.Instance);
        var check = mechanism.Check(Evidence(group.Meetings), Year, Calendar);

        Assert.False(check.IsKept);
        Assert.Equal(4, check.Findings.Count);
        Assert.Equal("2021年第4季度", Assert.Single(check.Broken).Record);

        group.HoldMeeting(Id<Meeting>.From("rt4"), MeetingKind.QuarterlyRoundTable, new LocalDate(2021, 11, 1), host, [], []);
        Assert.True(mechanism.Check(Evidence(group.Meetings), Year, Calendar).IsKept);
    }

    private static ServiceIssue Case(string id, LocalDate applied, int? workingDays, int trips = 1)
    {
        var issue = ServiceIssue.Raise(Id<ServiceIssue>.From(id), District.Nankai, IssueSubject.Compatriot(Id<Compatriot>.From("c-" + id)), IssueCategory.Approvals, IssueChannel.SanZhuanLine, applied, "台资企业注册");
        issue.Accept(applied);
        issue.Assign(applied, Lead, [Co]);
        if (workingDays is { } n)
        {
            issue.Resolve(Calendar.AddWorkingDays(applied, n), Lead, "注册完成", trips);
        }

        return issue;
    }

    [Fact]
    public void GreenChannel_KeptWhenEachCaseIsWithinItsLimitInOneTrip()
    {
        var mechanism = Establish(MechanismKind.GreenChannel, GreenChannelTerms.Create(true, true, 3, true, [Lead, Co]), District.Nankai);
        var onTime = Case("gc-1", new LocalDate(2021, 3, 1), 2);
        mechanism.RecordCase(onTime);

        Assert.True(mechanism.Check(Evidence(issues: [onTime]), Year, Calendar).IsKept);

        var late = Case("gc-2", new LocalDate(2021, 4, 1), 5);
        var twoTrips = Case("gc-3", new LocalDate(2021, 5, 6), 1, trips: 2);
        var open = Case("gc-4", new LocalDate(2021, 6, 1), null);
        var notACase = Case("gc-5", new LocalDate(2021, 6, 1), 30);
        foreach (var issue in new[] { late, twoTrips, open })
        {
            mechanism.RecordCase(issue);
        }

        var check = mechanism.Check(Evidence(issues: [onTime, late, twoTrips, open, notACase]), Year, Calendar);

        Assert.False(check.IsKept);
        Assert.Equal(["gc-2", "gc-3", "gc-4", "gc-4"], check.Broken.Select(f => f.Record!).Order());
        Assert.Equal(CasesAreUnique.RuleCode, Assert.Throws<BusinessRuleViolationException>(() => mechanism.RecordCase(onTime)).RuleCode);
        var elsewhere = Tests.Issues.ServiceIssueTests.NewIssue(new LocalDate(2021, 3, 1), id: "baodi-case");
        Assert.Equal(CaseOfTheMechanismsDistrict.RuleCode, Assert.Throws<BusinessRuleViolationException>(() => mechanism.RecordCase(elsewhere)).RuleCode);
    }

    [Fact]
    public void GreenChannel_WithoutOneWindow_IsBroken()
    {
        var mechanism = Establish(MechanismKind.GreenChannel, GreenChannelTerms.Create(false, true, 3, true, []));

        Assert.Contains(mechanism.Check(Evidence(), Year, Calendar).Broken, f => f.Requirement == "一个窗口受理");
    }

    [Fact]
    public void WhistleAndReport_HoldsWhenEveryNamedDepartmentReportsInWithinTheLimit()
    {
        var mechanism = Establish(MechanismKind.WhistleAndReport, WhistleAndReportTerms.Create(2), District.Baodi);
        var whistle = Tests.Issues.ServiceIssueTests.NewIssue(new LocalDate(2021, 5, 6), IssueChannel.Whistle, "lianheng-grid");
        whistle.Accept(new LocalDate(2021, 5, 6));
        whistle.Assign(new LocalDate(2021, 5, 6), Lead, [Co]);
        whistle.RecordReportIn(Lead, new LocalDate(2021, 5, 7));
        whistle.RecordReportIn(Co, new LocalDate(2021, 5, 8));

        Assert.True(mechanism.Check(Evidence(issues: [whistle]), Year, Calendar).IsKept);

        var late = Tests.Issues.ServiceIssueTests.NewIssue(new LocalDate(2021, 6, 1), IssueChannel.Whistle, "late");
        late.Accept(new LocalDate(2021, 6, 1));
        late.Assign(new LocalDate(2021, 6, 1), Lead, [Co]);
        late.RecordReportIn(Lead, new LocalDate(2021, 6, 2));
        late.RecordReportIn(Co, new LocalDate(2021, 6, 10));
        var unassigned = Tests.Issues.ServiceIssueTests.NewIssue(new LocalDate(2021, 7, 1), IssueChannel.Whistle, "unassigned");

        var check = mechanism.Check(Evidence(issues: [whistle, late, unassigned]), Year, Calendar);

        Assert.Equal(["late/co", "unassigned"], check.Broken.Select(f => f.Record!).Order());
    }

    [Fact]
    public void SanZhuan_RequiresEveryRoleAndChannel()
    {
        var roles = new Dictionary<ResponsibilityRole, Official>
        {
            [ResponsibilityRole.FirstResponsible] = Official.Create("区政务办主任"),
            [ResponsibilityRole.LeaderInCharge] = Official.Create("区政务办副主任"),
            [ResponsibilityRole.SectionHead] = Official.Create("审批科科长"),
        };
        var contacts = Enum.GetValues<ContactChannel>().ToDictionary(c => c, c => "contact-" + c);
        var full = SanZhuanUnit.Create(Lead, roles, contacts);
        var partial = SanZhuanUnit.Create(Co, roles.Where(r => r.Key != ResponsibilityRole.SectionHead).ToDictionary(), contacts.Where(c => c.Key != ContactChannel.Email).ToDictionary());

        Assert.True(Establish(MechanismKind.SanZhuan, SanZhuanTerms.Create(["疫苗接种"], [full])).Check(Evidence(), Year, Calendar).IsKept);
        var broken = Establish(MechanismKind.SanZhuan, SanZhuanTerms.Create(["疫苗接种"], [full, partial])).Check(Evidence(), Year, Calendar).Broken.ToArray();
        Assert.Equal(["责任链明确：科室负责人", "专线联络方式：邮箱"], broken.Select(f => f.Requirement));
        Assert.All(broken, f => Assert.Equal("co", f.Record));
        Assert.DoesNotContain("contact-", full.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ThreeTierNetwork_NeedsAllTiersAndItsTenTasks()
    {
        var tasks = Enumerable.Range(1, 10).Select(i => $"任务{i}").ToArray();
        var complete = ThreeTierNetworkTerms.Create(Lead, Co, Id<Department>.From("community"), tasks, 10);
        var incomplete = ThreeTierNetworkTerms.Create(Lead, null, Id<Department>.From("community"), tasks[..9], 10);

        Assert.True(Establish(MechanismKind.ThreeTierNetwork, complete).Check(Evidence(), Year, Calendar).IsKept);
        Assert.Equal(2, Establish(MechanismKind.ThreeTierNetwork, incomplete).Check(Evidence(), Year, Calendar).Broken.Count());
    }

    [Fact]
    public void StandingArrangements_HoldWhileInForce()
    {
        var practiceBase = Establish(MechanismKind.PracticeBase, StandingArrangementTerms.Create("e谷(南开)创想世界", []));
        var emptyAlliance = Establish(MechanismKind.Alliance, StandingArrangementTerms.Create("天津市智能网联汽车人才联盟", []));
        var alliance = Establish(MechanismKind.Alliance, StandingArrangementTerms.Create("天津市智能网联汽车人才联盟", [Id<Enterprise>.From("baodi-linde")]));

        Assert.True(practiceBase.Check(Evidence(), Year, Calendar).IsKept);
        Assert.False(practiceBase.Check(Evidence(), ReportingPeriod.ForYear(2020), Calendar).IsKept);
        Assert.False(emptyAlliance.Check(Evidence(), Year, Calendar).IsKept);
        Assert.True(alliance.Check(Evidence(), Year, Calendar).IsKept);
    }

    [Fact]
    public void TermsOfAnotherKind_BreakTermsMatchKind()
    {
        var code = Assert.Throws<BusinessRuleViolationException>(() => Establish(MechanismKind.GreenChannel, WhistleAndReportTerms.Create(2))).RuleCode;

        Assert.Equal(TermsMatchKind.RuleCode, code);
        Assert.All(MechanismKind.All, k => Assert.True(typeof(MechanismTerms).IsAssignableFrom(k.TermsType)));
    }
}
