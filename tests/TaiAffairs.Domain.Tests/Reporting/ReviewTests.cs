using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.Reporting;

namespace TaiAffairs.Domain.Tests.Reporting;

public class ReviewTests
{
    [Fact]
    public void DistrictFigures_AreComputedFromTheRecords()
    {
        var baodi = ReviewFixture.Build().BuildDistrict(District.Baodi);
        var figures = baodi.Figures;

        Assert.Equal(1, figures.Issues.Resolved);
        Assert.Equal(1, figures.Issues.EnterprisesHelped);
        // 2021-05-06 to 2021-06-04: 21 weekdays plus Saturday 2021-05-08, a make-up working day.
        Assert.Equal(22, figures.Issues.WorkingDaysToResolvePercentile(50));
        Assert.Equal(1m, figures.Issues.OnTimeShare);
        Assert.Equal(2, figures.Visits.EnterpriseVisits);
        Assert.Equal(1, figures.Visits.EnterprisesVisited);
        Assert.Equal(4, figures.Meetings.QuartersWithRoundTable);
        Assert.Equal(Money.Parse("15万元"), figures.Giving.Donations);
        Assert.Equal(Money.Parse("44.27万元"), figures.Awards.Total);
        Assert.Equal(1, figures.Exchanges.JointEvents);
    }

    [Fact]
    public void DeclaredFigures_AreStatedAndReconciled()
    {
        var baodi = ReviewFixture.Build().BuildDistrict(District.Baodi);

        var issues = baodi.Figure(FigureKey.IssuesResolved)!;
        Assert.Equal(Provenance.DeclaredAndComputed, issues.Provenance);
        Assert.Equal("10余个", issues.Published.ToString());
        Assert.True(issues.IsConsistent);
        Assert.Equal("全年入企服务20户次", baodi.Figure(FigureKey.EnterpriseVisits)!.ToString());
        Assert.Empty(baodi.Findings);
        Assert.Equal(Provenance.Computed, baodi.Figure(FigureKey.Donations)!.Provenance);
    }

    [Fact]
    public void RecordsAboveTheDeclaredUpperBound_AreAnInconsistency()
    {
        var builder = ReviewFixture.Build();
        builder.Declare(DeclaredFigure.Count(District.Ninghe, FigureKey.CareVisits, ReportedQuantity.Parse("0次")));

        var ninghe = builder.BuildDistrict(District.Ninghe);

        var finding = Assert.Single(ninghe.Findings);
        Assert.Equal(FindingKind.RecordedAboveDeclared, finding.Kind);
        Assert.Equal("figure.recorded-above-declared", finding.Code);
        Assert.Equal(District.Ninghe, finding.District);
        Assert.Equal([Provenance.Computed, Provenance.Declared], finding.Figures.Select(f => f.Provenance));
        Assert.Equal("0次", finding.Figures[1].Value.ToString());
        Assert.False(ninghe.Figure(FigureKey.CareVisits)!.IsConsistent);
    }

    [Fact]
    public void Mechanisms_AreChecked_InThePreciseServiceSection()
    {
        var baodi = ReviewFixture.Build().BuildDistrict(District.Baodi);

        Assert.Equal(2, baodi.Mechanisms.Count);
        Assert.All(baodi.Mechanisms, m => Assert.True(m.IsKept));
        Assert.Equal("在精准服务上下功夫", baodi.Sections[0].Title);
        Assert.Equal(2, baodi.Sections[0].Mechanisms.Count);
    }

    [Fact]
    public void JointEvent_CountsInEachDistrict_AndOnceInTheCity()
    {
        var city = ReviewFixture.Build().BuildCity();

        Assert.Equal(1, city.Districts.Single(d => d.District == District.Baodi).Figures.Exchanges.Events);
        Assert.Equal(1, city.Districts.Single(d => d.District == District.Ninghe).Figures.Exchanges.Events);
        Assert.Equal(1, city.Figures.Exchanges.Events);
        Assert.Equal(2, city.Figures.Issues.Resolved);
    }

    [Fact]
    public void CityDeclarations_AreTheSumOfTheDistricts()
    {
        var builder = ReviewFixture.Build();
        builder.Declare(DeclaredFigure.Count(District.Ninghe, FigureKey.IssuesResolved, ReportedQuantity.Parse("20余个")));

        var city = builder.BuildCity();

        var issues = city.Figure(FigureKey.IssuesResolved)!;
        Assert.Equal(ReportedQuantity.Parse("10余个") + ReportedQuantity.Parse("20余个"), issues.Declared!.Value.Quantity);
        Assert.True(issues.IsConsistent);
    }

    [Fact]
    public void NamedCases_MaskNames_UnlessConsentIsRecorded()
    {
        var masked = ReviewFixture.Build().BuildDistrict(District.Ninghe);
        var consented = ReviewFixture.Build(kangConsents: true).BuildDistrict(District.Ninghe);

        var maskedCase = masked.Sections.SelectMany(s => s.Cases).Single();
        Assert.Equal("康某某", maskedCase.Subject);
        Assert.Equal("康某某冬季取暖", maskedCase.Title);
        Assert.Equal(1, maskedCase.WorkingDays);
        Assert.DoesNotContain("康龄方", ChineseTextRenderer.Render(masked), StringComparison.Ordinal);
        Assert.DoesNotContain("康龄方", MarkdownRenderer.Render(masked), StringComparison.Ordinal);
        Assert.DoesNotContain("康龄方", JsonReviewRenderer.Render(masked), StringComparison.Ordinal);
        Assert.Contains("康龄方", ChineseTextRenderer.Render(consented), StringComparison.Ordinal);
        Assert.Contains("为康某某代办取水证换证：到多家单位代办换证", ChineseTextRenderer.Render(masked), StringComparison.Ordinal);
        Assert.Contains("为康某某代缴水费，2021年第3季度未办理", ChineseTextRenderer.Render(masked), StringComparison.Ordinal);
    }

    [Fact]
    public void ACaseTitleWithTheNameButNoConsent_IsRefused()
    {
        var person = Compatriot.Register(Id<Compatriot>.From("p"), PersonName.Create("许", "恩恩"), BirthInfo.InYear(1980), District.Beichen, 1.January(2015));
        var issue = ServiceIssue.Raise(Id<ServiceIssue>.From("i"), District.Beichen, IssueSubject.Compatriot(person.Id), IssueCategory.Documents, IssueChannel.Letter, 1.March(2021), "证件");

        var ex = Assert.Throws<ArgumentException>(() => NamedCase.Of(issue, person, "许恩恩的台胞证", ReviewFixture.DepartmentNames, ReviewFixture.Calendar, 31.December(2021)));
        Assert.DoesNotContain("许恩恩", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(23, "20余个")]
    [InlineData(8, "8个")]
    [InlineData(150, "100余个")]
    [InlineData(20, "20个")]
    [InlineData(88, "80余个")]
    [InlineData(10, "10个")]
    public void RoundedDownPolicy_WritesTheReviewsForms(long n, string expected)
    {
        Assert.Equal(expected, PublicationPolicy.RoundedDown.Publish(ReportedQuantity.Exact(n, QuantityUnit.Ge)).ToString());
        Assert.Equal(n, PublicationPolicy.Exact.Publish(ReportedQuantity.Exact(n, QuantityUnit.Ge)).Lower);
        Assert.True(PublicationPolicy.RoundedDown.Publish(ReportedQuantity.Exact(n, QuantityUnit.Ge)).Admits(n));
    }

    [Fact]
    public void Accumulators_OfDifferentPeriods_DoNotMerge()
    {
        var a = IssueAccumulator.Empty(ReportingPeriod.ForYear(2021), ReviewFixture.Calendar);
        var b = IssueAccumulator.Empty(ReportingPeriod.ForYear(2022), ReviewFixture.Calendar);

        Assert.Throws<ArgumentException>(() => a.Merge(b));
    }

    [Fact]
    public void Generator_ProducesJointEventsDuplicatesAndEveryStage()
    {
        var records = Enumerable.Range(0, 20).SelectMany(seed => RecordGenerators.Build(seed, 40)).ToArray();

        Assert.Contains(records, r => r.Districts.Count > 1);
        Assert.True(records.Length > records.DistinctBy(r => r.Record).Count());
        var statuses = records.Select(r => r.Record).OfType<ServiceIssue>().Select(i => i.Status).Distinct().ToArray();
        Assert.Equal(IssueStatus.All.Count, statuses.Length);
        Assert.True(records.Length / 20 > 100);
    }
}
