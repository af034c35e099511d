using TaiAffairs.Domain.Reporting;
using TaiAffairs.Domain.Reporting.Rules;

namespace TaiAffairs.Domain.Tests.Reporting;

/// <summary>Each kind of finding at district and city scope, with its code and the figures involved; consistent figures raise none.</summary>
public class FindingTests
{
    private static AnnualReviewBuilder Builder() => new(2021, WorkingDayCalendar.ChinaMainland);

    private static DeclaredFigure Count(District district, FigureKey key, string phrase, string? qualifier = null) =>
        DeclaredFigure.Count(district, key, ReportedQuantity.Parse(phrase), qualifier: qualifier);

    [Fact]
    public void ConsistentFigures_RaiseNoFinding()
    {
        var builder = Builder();
        builder.Declare(Count(District.Wuqing, FigureKey.EnterprisesVisited, "15家"));
        builder.Declare(Count(District.Wuqing, FigureKey.EnterpriseVisits, "30余次"));
        builder.Declare(Count(District.Beichen, FigureKey.RoundTables, "4次"));
        builder.Declare(Count(District.Beichen, FigureKey.RoundTables, "3次", "统战部部长主持"));

        var city = builder.BuildCity();

        Assert.Empty(city.Findings);
        Assert.All(city.Districts, d => Assert.Empty(d.Findings));
    }

    [Fact]
    public void DistinctAboveTotal_IsReported_AtDistrictAndCity()
    {
        var builder = Builder();
        builder.Declare(Count(District.Wuqing, FigureKey.EnterprisesVisited, "40家"));
        builder.Declare(Count(District.Wuqing, FigureKey.EnterpriseVisits, "30余次"));

        var city = builder.BuildCity();

        var finding = Assert.Single(city.Districts.Single().Findings);
        Assert.Equal("figure.distinct-above-total", finding.Code);
        Assert.Equal(District.Wuqing, finding.District);
        Assert.Equal([FigureKey.EnterprisesVisited, FigureKey.EnterpriseVisits], finding.Figures.Select(f => f.Key));
        Assert.Equal(["40家", "30余次"], finding.Figures.Select(f => f.Value.ToString()));
        var atCity = Assert.Single(city.Findings);
        Assert.Equal(FindingKind.DistinctAboveTotal, atCity.Kind);
        Assert.Null(atCity.District);
        Assert.Contains("多于", ChineseTextRenderer.Render(city), StringComparison.Ordinal);
    }

    [Fact]
    public void QualifiedPartAboveItsWhole_IsReported()
    {
        var builder = Builder();
        builder.Declare(Count(District.Beichen, FigureKey.RoundTables, "4次"));
        builder.Declare(Count(District.Beichen, FigureKey.RoundTables, "5次", "统战部部长主持"));

        var finding = Assert.Single(builder.BuildDistrict(District.Beichen).Findings);

        Assert.Equal(FindingKind.PartAboveWhole, finding.Kind);
        Assert.Equal("统战部部长主持", finding.Figures[0].Qualifier);
        Assert.Equal(["5次", "4次"], finding.Figures.Select(f => f.Value.ToString()));
    }

    [Fact]
    public void SubFigureAboveItsWhole_IsReported_AndTheCityWholeCoversItsParts()
    {
        var builder = Builder();
        builder.Declare(Count(District.Baodi, FigureKey.Youth, "2位"));
        builder.Declare(Count(District.Baodi, FigureKey.YouthEntrepreneurs, "3名"));
        builder.Declare(Count(District.Beichen, FigureKey.YouthEntrepreneurs, "4名"));

        var city = builder.BuildCity();

        var finding = Assert.Single(city.Districts.Single(d => d.District == District.Baodi).Findings);
        Assert.Equal(FindingKind.PartAboveWhole, finding.Kind);
        Assert.Equal(FigureKey.Youth, finding.Key);
        Assert.Equal("不少于6名", city.Figure(FigureKey.Youth)!.Published.ToString());
        Assert.Equal("7名", city.Figure(FigureKey.YouthEntrepreneurs)!.Published.ToString());
        Assert.Empty(city.Findings); // 7名 is not surely above 不少于6名: the contradiction is Baodi's, reported there.
    }

    [Fact]
    public void TwoTotalsOfOneFigure_AreAConflict_AndTheCityFigureIsIncomplete()
    {
        var builder = Builder();
        builder.Declare(Count(District.Beichen, FigureKey.RoundTables, "3次"));
        builder.Declare(Count(District.Beichen, FigureKey.RoundTables, "4次"));
        builder.Declare(Count(District.Baodi, FigureKey.RoundTables, "4次"));

        var city = builder.BuildCity();

        var conflict = Assert.Single(city.Districts.Single(d => d.District == District.Beichen).Findings);
        Assert.Equal("figure.conflicting-statements", conflict.Code);
        Assert.Equal(2, conflict.Figures.Count);
        var figure = city.Figure(FigureKey.RoundTables)!;
        Assert.True(figure.IsIncomplete);
        Assert.Equal("4次", figure.Published.ToString());
        var incomplete = Assert.Single(city.Findings);
        Assert.Equal("figure.incomplete-roll-up", incomplete.Code);
        Assert.All(incomplete.Figures, f => Assert.Equal(District.Beichen, f.District));
        Assert.Contains("不完整", ChineseTextRenderer.Render(city), StringComparison.Ordinal);
    }

    [Fact]
    public void UnitsOfOneMeasure_Combine_InTheFiguresCanonicalUnit()
    {
        var builder = Builder();
        builder.Declare(Count(District.Baodi, FigureKey.IssuesResolved, "10余个"));
        builder.Declare(Count(District.Beichen, FigureKey.IssuesResolved, "20余件"));
        builder.Declare(Count(District.Wuqing, FigureKey.IssuesResolved, "5项"));

        var figure = builder.BuildCity().Figure(FigureKey.IssuesResolved)!;

        Assert.Equal("37至53个", figure.Published.ToString());
        Assert.Equal(["20余件", "5项", "10余个"], figure.Sources.Select(s => s.Value.ToString())); // district code order
        Assert.Equal(["10余个"], builder.BuildDistrict(District.Baodi).Headline.Select(h => h.Published.ToString()));
    }

    [Theory]
    [InlineData(nameof(FigureKey.IssuesResolved), "10余户次")]
    [InlineData(nameof(FigureKey.EnterpriseVisits), "20名")]
    [InlineData(nameof(FigureKey.PeopleVaccinated), "50次")]
    [InlineData(nameof(FigureKey.EnterprisesVisited), "15个")]
    public void ADeclarationOutsideItsFiguresMeasure_IsRefused(string key, string phrase) =>
        RuleAssert.Breaks<StatementUsesTheFiguresMeasure>(() => DeclaredFigure.Count(District.Baodi, FigureKey.FromName(key), ReportedQuantity.Parse(phrase)));

    [Fact]
    public void Measures_AcceptTheirUnits_AndConvertWithinTheMeasure()
    {
        Assert.True(Measure.Matters.Accepts(QuantityUnit.Jian));
        Assert.False(Measure.Matters.Accepts(QuantityUnit.HuCi));
        Assert.True(Measure.Visits.Accepts(QuantityUnit.Ci));
        Assert.True(Measure.People.Accepts(QuantityUnit.Wei));
        Assert.Equal("20余个", Measure.Matters.Convert(ReportedQuantity.Parse("20余件"), QuantityUnit.Ge).ToString());
        Assert.Throws<ArgumentException>(() => Measure.Matters.Convert(ReportedQuantity.Parse("20户次"), QuantityUnit.Ge));
        Assert.Throws<ArgumentException>(() => Measure.Matters.Convert(ReportedQuantity.Parse("20个"), QuantityUnit.Ming));
        Assert.All(FigureKey.All.Where(k => !k.IsMoney), k => Assert.True(k.Measure.Accepts(k.Unit), k.Name));
    }
}
