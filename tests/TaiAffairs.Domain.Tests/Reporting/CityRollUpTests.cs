using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.Reporting;
using TaiAffairs.Domain.Tests.Interchange;

namespace TaiAffairs.Domain.Tests.Reporting;

/// <summary>The 2021 city review combines every district's value: nothing dropped, nothing counted twice.</summary>
public class CityRollUpTests
{
    private static readonly Lazy<CityAnnualReview> City = new(() =>
        DataSetImporter.Import(Tianjin2021DataSetTests.DataSetJson()).DataSet!.ToReviewBuilder(WorkingDayCalendar.ChinaMainland).BuildCity());

    private static HeadlineFigure CityFigure(FigureKey key) => City.Value.Figure(key) ?? throw new InvalidOperationException($"The city states no {key}.");

    [Theory]
    [InlineData(nameof(FigureKey.IssuesResolved), "个")]
    [InlineData(nameof(FigureKey.EnterpriseVisits), "户次")]
    public void MattersAndVisits_AreTheSumOverEveryDistrict_MarkedAsSuch(string keyName, string unit)
    {
        var key = FigureKey.FromName(keyName);
        var figure = CityFigure(key);

        Assert.Equal(Provenance.CombinedFromDistricts, figure.Provenance);
        Assert.Equal("各区合计", figure.Note);
        Assert.False(figure.IsIncomplete);
        Assert.Equal(unit, figure.Published.Quantity.Unit!.Symbol);
        var own = City.Value.Districts.SelectMany(d => d.Headline.Where(h => h.Key == key && h.Qualifier is null).Select(h => (d.District, h.Published))).ToArray();
        Assert.Equal(own.Select(o => o.District), figure.Sources.Select(s => s.District));
        Assert.Equal(own.Sum(o => o.Published.Lower), figure.Published.Lower);
        Assert.Equal(own.Sum(o => o.Published.Upper!.Value), figure.Published.Upper);
    }

    [Fact]
    public void NoCityFigure_IsBelowADistrictsFigureOfTheSameKey()
    {
        foreach (var district in City.Value.Districts)
        {
            foreach (var figure in district.Headline.Where(f => f.Qualifier is null && f.Key.Measure != Measure.Unspecified))
            {
                Assert.True(CityFigure(figure.Key).Published.Lower >= figure.Published.Lower, $"{figure.Key} of {district.District.EnglishName}");
            }
        }
    }

    [Fact]
    public void BeichensRoundTables_CountOnce_TheStatementHostedByTheMinisterIsAPart()
    {
        var beichen = City.Value.Districts.Single(d => d.District == District.Beichen);
        var statements = beichen.Headline.Where(f => f.Key == FigureKey.RoundTables).ToArray();

        Assert.Equal(2, statements.Length);
        Assert.Single(statements, s => s.Qualifier is null && s.Published.ToString() == "4次");
        Assert.Single(statements, s => s.Qualifier is not null && s.Published.ToString() == "3次");
        var source = Assert.Single(CityFigure(FigureKey.RoundTables).Sources, s => s.District == District.Beichen);
        Assert.Equal("4次", source.Value.ToString());
        Assert.Equal(FigureSourceKind.Declared, source.Kind);
    }

    [Fact]
    public void PeopleVaccinated_AndYouthLinkedToVaccination_AreDifferentFigures()
    {
        Assert.Equal("50名", CityFigure(FigureKey.PeopleVaccinated).Published.ToString());
        Assert.Equal("上百名", CityFigure(FigureKey.YouthLinkedToVaccination).Published.ToString());
        Assert.DoesNotContain(CityFigure(FigureKey.PeopleVaccinated).Sources, s => s.District == District.Nankai);
    }

    [Fact]
    public void YouthServed_IsNeverBelowItsPart_TheEntrepreneurs()
    {
        var youth = CityFigure(FigureKey.Youth);
        var entrepreneurs = CityFigure(FigureKey.YouthEntrepreneurs);

        Assert.True(youth.Published.Lower >= entrepreneurs.Published.Upper);
        Assert.Contains(youth.Sources, s => s.District == District.Beichen && s.Kind == FigureSourceKind.ImpliedByParts);
    }

    [Fact]
    public void ComputedSources_NameTheRecordsCounted()
    {
        var ninghe = Assert.Single(CityFigure(FigureKey.IssuesResolved).Sources, s => s.District == District.Ninghe);

        Assert.Equal(FigureSourceKind.Computed, ninghe.Kind);
        Assert.Equal(ninghe.Value.Lower, ninghe.Records.Count);
        Assert.All(ninghe.Records, r => Assert.Equal(RecordKind.ServiceIssue, r.Kind));
    }

    [Fact]
    public void ComputedSources_ListTheKeysTheFiguresCount_InTheirOrder_OnlyWhileTheFiguresAreUnchanged()
    {
        // Issue 13: the keys are listed when first read (a million of them cost), from the figures as built.
        static CityAnnualReview Build() =>
            DataSetImporter.Import(Tianjin2021DataSetTests.DataSetJson()).DataSet!.ToReviewBuilder(WorkingDayCalendar.ChinaMainland).BuildCity();
        static FigureSource Ninghe(CityAnnualReview city) => Assert.Single(city.Figure(FigureKey.IssuesResolved)!.Sources, s => s.District == District.Ninghe);

        var city = Build();
        Assert.Equal(FigureKey.IssuesResolved.Records(city.Districts.Single(d => d.District == District.Ninghe).Figures), Ninghe(city).Records);

        var changed = Build();
        var figures = changed.Districts.Single(d => d.District == District.Ninghe).Figures;
        figures.Remove(figures.Issues.Keys().First());
        var failure = Assert.Throws<InvalidOperationException>(() => Ninghe(changed).Records.Count);
        Assert.Contains("changed after it was built", failure.Message, StringComparison.Ordinal);
    }
}
