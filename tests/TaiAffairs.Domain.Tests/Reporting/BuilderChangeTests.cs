using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Reporting;
using TaiAffairs.Domain.Subsidies;
using TaiAffairs.Domain.Subsidies.Rules;
using TaiAffairs.Domain.Tests.Enterprises;

namespace TaiAffairs.Domain.Tests.Reporting;

/// <summary>The builder takes new versions of records and removals without a rebuild, and keeps the rules the aggregates keep.</summary>
public class BuilderChangeTests
{
    private static readonly Id<Department> Office = Id<Department>.From("baodi-tai-office");

    private static Enterprise Lianheng() =>
        Enterprise.Register(Id<Enterprise>.From("baodi-lianheng"), EnterpriseTests.Code("91120115MA0000011"), "联恒工业", Industry.AutoParts, District.Baodi, 1.January(2018));

    private static ServiceIssue OpenIssue(Enterprise enterprise)
    {
        var issue = ServiceIssue.Raise(Id<ServiceIssue>.From("grid"), District.Baodi, IssueSubject.Enterprise(enterprise.Id), IssueCategory.PowerSupply, IssueChannel.Visit, 6.May(2021), "电网接送电");
        issue.Accept(6.May(2021));
        issue.Assign(7.May(2021), Office, []);
        return issue;
    }

    [Fact]
    public void AnIssueAddedOpen_ThenReplacedResolved_CountsAsResolved_AndEqualsAFreshBuild()
    {
        var enterprise = Lianheng();
        var issue = OpenIssue(enterprise);
        var builder = new AnnualReviewBuilder(2021, WorkingDayCalendar.ChinaMainland);
        builder.Add(issue);
        Assert.Null(builder.BuildDistrict(District.Baodi).Figure(FigureKey.IssuesResolved));

        issue.Resolve(4.June(2021), Office, "完成");
        builder.Add(issue);
        Assert.Null(builder.BuildDistrict(District.Baodi).Figure(FigureKey.IssuesResolved)); // Add keeps the version it counted
        builder.Replace(issue);

        var fresh = new AnnualReviewBuilder(2021, WorkingDayCalendar.ChinaMainland);
        fresh.Add(issue);
        Assert.Equal("1个", builder.BuildDistrict(District.Baodi).Figure(FigureKey.IssuesResolved)!.Published.ToString());
        Assert.Equal(fresh.BuildDistrict(District.Baodi).Figures.ToJson(), builder.BuildDistrict(District.Baodi).Figures.ToJson());
        Assert.Equal(ChineseTextRenderer.Render(fresh.BuildCity()), ChineseTextRenderer.Render(builder.BuildCity()));
    }

    [Fact]
    public void RemovingAnEnterprise_WithdrawsItsVisits()
    {
        var enterprise = Lianheng();
        enterprise.RecordVisit(Id<EnterpriseVisit>.From("v-1"), 1.March(2021), [Office], "走访");
        var builder = new AnnualReviewBuilder(2021, WorkingDayCalendar.ChinaMainland);
        builder.Add(enterprise);
        Assert.Equal(1, builder.BuildDistrict(District.Baodi).Figures.Visits.EnterpriseVisits);

        enterprise.RecordVisit(Id<EnterpriseVisit>.From("v-2"), 1.April(2021), [Office], "回访");
        builder.Replace(enterprise);
        Assert.Equal(2, builder.BuildDistrict(District.Baodi).Figures.Visits.EnterpriseVisits);

        Assert.True(builder.Remove(enterprise));
        Assert.Equal(0, builder.BuildDistrict(District.Baodi).Figures.Visits.EnterpriseVisits);
        Assert.False(builder.Remove(enterprise));
    }

    [Fact]
    public void ASecondAwardUnderAOnceAYearProgramme_IsRefused_AsTheRegisterRefusesIt_AndNothingChanges()
    {
        var enterprise = Lianheng();
        var first = SubsidyAward.Grant(Id<SubsidyAward>.From("a-1"), enterprise, District.Baodi, [SubsidyProgramme.RdInvestmentPostSubsidy], FundingLevel.District, Money.Parse("10万元"), 1.March(2021));
        var second = SubsidyAward.Grant(Id<SubsidyAward>.From("a-2"), enterprise, District.Baodi, [SubsidyProgramme.RdInvestmentPostSubsidy], FundingLevel.District, Money.Parse("5万元"), 1.September(2021));
        var register = new AwardRegister(District.Baodi, 2021);
        register.Add(first);
        var builder = new AnnualReviewBuilder(2021, WorkingDayCalendar.ChinaMainland);
        builder.Add(first);
        var before = builder.BuildDistrict(District.Baodi).Figures.ToJson();

        RuleAssert.Breaks<OneAwardPerProgrammeAndYear>(() => register.Add(second));
        RuleAssert.Breaks<OneAwardPerProgrammeAndYear>(() => builder.Add(second));
        RuleAssert.Breaks<OneAwardPerProgrammeAndYear>(() => builder.Replace(second));

        Assert.Equal(before, builder.BuildDistrict(District.Baodi).Figures.ToJson());
        builder.Add(first); // the same award again is the same record, not a second award
        var replaced = SubsidyAward.Grant(Id<SubsidyAward>.From("a-1"), enterprise, District.Baodi, [SubsidyProgramme.RdInvestmentPostSubsidy], FundingLevel.District, Money.Parse("12万元"), 1.March(2021));
        builder.Replace(replaced);
        Assert.Equal(Money.Parse("12万元"), builder.BuildDistrict(District.Baodi).Figures.Awards.Total);
    }

    [Fact]
    public void WithdrawingADeclaration_RemovesItsStatement()
    {
        var builder = new AnnualReviewBuilder(2021, WorkingDayCalendar.ChinaMainland);
        var figure = DeclaredFigure.Count(District.Baodi, FigureKey.EnterpriseVisits, ReportedQuantity.Parse("20户次"));
        builder.Declare(figure);
        Assert.NotNull(builder.BuildCity().Figure(FigureKey.EnterpriseVisits));

        Assert.True(builder.Withdraw(figure));
        Assert.Null(builder.BuildCity().Figure(FigureKey.EnterpriseVisits));
    }
}
