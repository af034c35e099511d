using TaiAffairs.Domain.Reporting;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Mechanisms;
using TaiAffairs.Domain.Mechanisms.Rules;

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

        group.HoldMeeting(Id<Meeting>.From("rt4"), MeetingKind.QuarterlyRoundTable, 1.November(2021), host, [], []);
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
        var onTime = Case("gc-1", 1.March(2021), 2);
        mechanism.RecordCase(onTime);

        Assert.True(mechanism.Check(Evidence(issues: [onTime]), Year, Calendar).IsKept);

        var late = Case("gc-2", 1.April(2021), 5);
        var twoTrips = Case("gc-3", 6.May(2021), 1, trips: 2);
        var open = Case("gc-4", 1.June(2021), null);
        var notACase = Case("gc-5", 1.June(2021), 30);
        foreach (var issue in new[] { late, twoTrips, open })
        {
            mechanism.RecordCase(issue);
        }

        var check = mechanism.Check(Evidence(issues: [onTime, late, twoTrips, open, notACase]), Year, Calendar);

        Assert.False(check.IsKept);
        Assert.Equal(["gc-2", "gc-3", "gc-4", "gc-4"], check.Broken.Select(f => f.Record!).Order());
        Assert.Equal(
            [MechanismRequirementCodes.GreenChannelOneTrip, MechanismRequirementCodes.GreenChannelWorkingDayLimit],
            check.Broken.Select(f => f.Code).Distinct().Order());
        RuleAssert.Breaks<CasesAreUnique>(() => mechanism.RecordCase(onTime));
        var elsewhere = Tests.Issues.ServiceIssueTests.NewIssue(1.March(2021), id: "baodi-case");
        RuleAssert.Breaks<CaseOfTheMechanismsDistrict>(() => mechanism.RecordCase(elsewhere));
    }

    [Fact]
    public void GreenChannel_WithoutOneWindow_IsBroken()
    {
        var mechanism = Establish(MechanismKind.GreenChannel, GreenChannelTerms.Create(false, true, 3, true, []));

        Assert.Contains(mechanism.Check(Evidence(), Year, Calendar).Broken, f => f.Code == MechanismRequirementCodes.GreenChannelOneWindow && TaiAffairs.Domain.Reporting.MechanismText.Requirement(f) == "一个窗口受理");
    }

    [Fact]
    public void WhistleAndReport_HoldsWhenEveryNamedDepartmentReportsInWithinTheLimit()
    {
        var mechanism = Establish(MechanismKind.WhistleAndReport, WhistleAndReportTerms.Create(2), District.Baodi);
        var whistle = Tests.Issues.ServiceIssueTests.NewIssue(6.May(2021), IssueChannel.Whistle, "lianheng-grid");
        whistle.Accept(6.May(2021));
        whistle.Assign(6.May(2021), Lead, [Co]);
        whistle.RecordReportIn(Lead, 7.May(2021));
        whistle.RecordReportIn(Co, 8.May(2021));

        Assert.True(mechanism.Check(Evidence(issues: [whistle]), Year, Calendar).IsKept);

        var late = Tests.Issues.ServiceIssueTests.NewIssue(1.June(2021), IssueChannel.Whistle, "late");
        late.Accept(1.June(2021));
        late.Assign(1.June(2021), Lead, [Co]);
        late.RecordReportIn(Lead, 2.June(2021));
        late.RecordReportIn(Co, 10.June(2021));
        var unassigned = Tests.Issues.ServiceIssueTests.NewIssue(1.July(2021), IssueChannel.Whistle, "unassigned");

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
        Assert.Equal(["责任链明确：科室负责人", "专线联络方式：邮箱"], broken.Select(TaiAffairs.Domain.Reporting.MechanismText.Requirement));
        Assert.Equal([MechanismRequirementCodes.ResponsibilityRoleNamed, MechanismRequirementCodes.ResponsibilityContactPublished], broken.Select(f => f.Code));
        Assert.All(broken, f => Assert.Equal("co", f.Record));
        Assert.DoesNotContain("contact-", full.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ThreeTierNetwork_NeedsAllTiers_AndListsNoMoreTasksThanItDeclares()
    {
        // The seed names five of its ten tasks (涉台宣传教育、安全提示、慰问看望、联谊交流、公益活动等共十项).
        var tasks = Enumerable.Range(1, 11).Select(i => $"任务{i}").ToArray();
        var some = ThreeTierNetworkTerms.Create(Lead, Co, Id<Department>.From("community"), tasks[..5], 10);
        var missingTier = ThreeTierNetworkTerms.Create(Lead, null, Id<Department>.From("community"), tasks[..9], 10);
        var tooMany = ThreeTierNetworkTerms.Create(Lead, Co, Id<Department>.From("community"), tasks, 10);
        var none = ThreeTierNetworkTerms.Create(Lead, Co, Id<Department>.From("community"), [], 10);

        Assert.True(Establish(MechanismKind.ThreeTierNetwork, some).Check(Evidence(), Year, Calendar).IsKept);
        Assert.Equal([MechanismRequirementCodes.NetworkStreetCommittee], Establish(MechanismKind.ThreeTierNetwork, missingTier).Check(Evidence(), Year, Calendar).Broken.Select(f => f.Code));
        Assert.Equal([MechanismRequirementCodes.NetworkTasksListed], Establish(MechanismKind.ThreeTierNetwork, tooMany).Check(Evidence(), Year, Calendar).Broken.Select(f => f.Code));
        Assert.Equal([MechanismRequirementCodes.NetworkTasksListed], Establish(MechanismKind.ThreeTierNetwork, none).Check(Evidence(), Year, Calendar).Broken.Select(f => f.Code));
    }

    [Fact]
    public void AMechanism_IsStatedByItsTerms_AsTheSeedStatesOne_AndWhatWasNotKeptFollows()
    {
        var some = ThreeTierNetworkTerms.Create(Lead, Co, Id<Department>.From("community"), ["涉台宣传教育", "安全提示"], 10);
        var missingTier = ThreeTierNetworkTerms.Create(Lead, null, Id<Department>.From("community"), ["涉台宣传教育"], 1);

        var kept = TaiAffairs.Domain.Reporting.ChineseTextRenderer.Mechanism(Establish(MechanismKind.ThreeTierNetwork, some).Check(Evidence(), Year, Calendar));
        var broken = TaiAffairs.Domain.Reporting.ChineseTextRenderer.Mechanism(Establish(MechanismKind.ThreeTierNetwork, missingTier).Check(Evidence(), Year, Calendar));

        Assert.Contains("开展安全提示、涉台宣传教育等共10项具体工作", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("未落实", kept, StringComparison.Ordinal);
        Assert.Contains("开展涉台宣传教育共1项具体工作；未落实：第二级：街道工委（缺）", broken, StringComparison.Ordinal);
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

    [Fact]
    public void TheReviewBuilder_ChecksMechanismsFromTheFactsItKeeps_WhateverTheOrderOfAdding()
    {
        // Issue 13: the builder keeps no whole issue but the whistled ones; a green channel added after its cases
        // (the data set's order) is checked from each issue's facts, and gives what the check over whole issues gives.
        var green = Establish(MechanismKind.GreenChannel, GreenChannelTerms.Create(true, true, 3, true, [Lead, Co]), District.Nankai);
        var cases = new[] { Case("gc-1", 1.March(2021), 2), Case("gc-2", 1.April(2021), 5), Case("gc-3", 6.May(2021), 1, trips: 2), Case("gc-4", 1.June(2021), null) };
        var notACase = Case("gc-5", 1.June(2021), 30);
        foreach (var issue in cases)
        {
            green.RecordCase(issue);
        }

        var whistle = Establish(MechanismKind.WhistleAndReport, WhistleAndReportTerms.Create(2), District.Nankai);
        var whistled = ServiceIssue.Raise(
            Id<ServiceIssue>.From("late"), District.Nankai, IssueSubject.Enterprise(Id<Enterprise>.From("nankai-e")), IssueCategory.PowerSupply, IssueChannel.Whistle, 1.June(2021), "吹哨");
        whistled.Accept(1.June(2021));
        whistled.Assign(1.June(2021), Lead, [Co]);
        whistled.RecordReportIn(Lead, 2.June(2021));
        whistled.RecordReportIn(Co, 10.June(2021));
        ServiceIssue[] all = [.. cases, notACase, whistled];

        var builder = new AnnualReviewBuilder(2021, Calendar);
        foreach (var issue in all)
        {
            builder.Add(issue);
        }

        builder.Add(green);
        builder.Add(whistle);
        var review = builder.BuildDistrict(District.Nankai);

        string Describe(MechanismCheck check) => string.Join("; ", check.Findings.Select(f => $"{f.Code} {f.Kept} {f.Record} {f.Actual} {f.Limit}"));
        Assert.Equal(Describe(green.Check(Evidence(issues: all), Year, Calendar)), Describe(review.Mechanisms.Single(m => m.Mechanism == green.Id)));
        Assert.Equal(Describe(whistle.Check(Evidence(issues: all), Year, Calendar)), Describe(review.Mechanisms.Single(m => m.Mechanism == whistle.Id)));
        Assert.Contains(review.Mechanisms.Single(m => m.Mechanism == green.Id).Broken, f => f.Record == "gc-3" && f.Actual == 2);

        // A resolved case replaced by its reopened version is checked as it is now; a removed one is not checked.
        var reopened = cases[0];
        reopened.Reopen(10.March(2021), "补充材料");
        builder.Replace(reopened);
        Assert.True(builder.Remove(cases[1]));
        Assert.False(builder.Remove(cases[1]));
        var after = builder.BuildDistrict(District.Nankai).Mechanisms.Single(m => m.Mechanism == green.Id);
        Assert.Equal(Describe(green.Check(Evidence(issues: [reopened, cases[2], cases[3], notACase]), Year, Calendar)), Describe(after));
        Assert.DoesNotContain(after.Findings, f => f.Record == "gc-2");
    }
}
