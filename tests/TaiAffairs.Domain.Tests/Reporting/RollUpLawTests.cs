using FsCheck.Xunit;
using TaiAffairs.Domain.Reporting;

namespace TaiAffairs.Domain.Tests.Reporting;

/// <summary>
/// Law 9 (measures) at district and city scope over generated records and declarations: a city figure combines
/// every district's value and is never below one; one total per figure and scope, else a conflict and an incomplete
/// city figure; a part never silently above its whole; distinct never silently above total.
/// </summary>
[Properties(Arbitrary = new[] { typeof(RecordGenerators), typeof(DeclarationGenerators) }, MaxTest = 60)]
public class RollUpLawTests
{
    private static CityAnnualReview Build(GeneratedRecord[] records, GeneratedDeclaration[] declarations)
    {
        var builder = new AnnualReviewBuilder(2021, RecordGenerators.Calendar);
        foreach (var record in records.Where(r => r.Record is Domain.Issues.ServiceIssue or Domain.LeadingGroups.Meeting or Domain.Exchanges.ExchangeEvent or Domain.Exchanges.Training or Domain.Exchanges.PolicyPublicity))
        {
            record.AddTo(builder);
        }

        foreach (var declaration in declarations)
        {
            builder.Declare(declaration.ToDeclaration());
        }

        return builder.BuildCity();
    }

    private static GeneratedDeclaration[] Totals(GeneratedDeclaration[] declarations, District district, FigureKey key) =>
        declarations.Where(d => d.District == district && d.Key == key && d.Qualifier is null).ToArray();

    [Property]
    public bool CityFigure_IsNeverBelowADistrictsFigure_UnlessMarkedIncomplete(GeneratedRecord[] records, GeneratedDeclaration[] declarations)
    {
        var city = Build(records, declarations);
        foreach (var district in city.Districts)
        {
            foreach (var figure in district.Headline.Where(f => f.Qualifier is null && f.Key.Measure != Measure.Unspecified))
            {
                var total = city.Figure(figure.Key);
                if (total is null && !city.Findings.Any(f => f.Kind == FindingKind.IncompleteRollUp && f.Key == figure.Key))
                {
                    return false;
                }

                if (total is not null && !total.IsIncomplete && total.Published.Lower < figure.Published.Lower)
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property]
    public bool AdditiveCityFigures_AreTheSumOfEveryDistrictsValue(GeneratedRecord[] records, GeneratedDeclaration[] declarations)
    {
        var city = Build(records, declarations);
        foreach (var figure in city.Headline.Where(f => f.Key.Measure == Measure.Matters || f.Key.Measure == Measure.Visits))
        {
            var combined = figure.Sources.Where(s => s.IsCombined).ToArray();
            var upper = combined.All(s => s.Value.Upper is not null) ? combined.Sum(s => s.Value.Upper!.Value) : (long?)null;
            if (figure.Published.Lower != combined.Sum(s => s.Value.Lower) || figure.Published.Upper != upper)
            {
                return false;
            }

            // Every district with a total, or with records, is a source: nothing is dropped.
            var expected = city.Districts.Where(d => Totals(declarations, d.District, figure.Key).Length > 0 || figure.Key.Compute(d.Figures) is { Lower: > 0 }).Select(d => d.District);
            if (!expected.All(d => figure.Sources.Any(s => s.District == d)))
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool TwoTotals_AreAConflict_AndMakeTheCityFigureIncomplete(GeneratedRecord[] records, GeneratedDeclaration[] declarations)
    {
        var city = Build(records, declarations);
        foreach (var key in FigureKey.All.Where(k => k.Measure != Measure.Unspecified))
        {
            var conflicted = city.Districts.Where(d => Totals(declarations, d.District, key).Length > 1).Select(d => d.District).ToArray();
            var reported = city.Districts.Where(d => d.Findings.Any(f => f.Kind == FindingKind.ConflictingStatements && f.Key == key)).Select(d => d.District);
            if (!conflicted.SequenceEqual(reported))
            {
                return false;
            }

            var incomplete = city.Findings.Where(f => f.Kind == FindingKind.IncompleteRollUp && f.Key == key).SelectMany(f => f.Figures.Select(x => x.District!)).Distinct();
            if (!conflicted.SequenceEqual(incomplete) || (conflicted.Length > 0 && city.Figure(key) is { IsIncomplete: false }))
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool PartsAboveTheirWhole_AreReported_ExactlyWhenSurelyAbove(GeneratedRecord[] records, GeneratedDeclaration[] declarations)
    {
        var city = Build(records, declarations);
        foreach (var district in city.Districts)
        {
            var expected = new List<(FigureKey, string?, long)>();
            foreach (var part in declarations.Where(d => d.District == district.District && d.Qualifier is not null))
            {
                if (Whole(declarations, district, part.Key) is { Upper: { } upper } && part.Quantity.Lower > upper)
                {
                    expected.Add((part.Key, part.Qualifier, part.Quantity.Lower));
                }
            }

            foreach (var key in FigureKey.All.Where(k => k.PartOf is not null))
            {
                if (Whole(declarations, district, key) is { } part && Whole(declarations, district, key.PartOf!) is { Upper: { } upper } && part.Lower > upper)
                {
                    expected.Add((key, null, part.Lower));
                }
            }

            var reported = district.Findings.Where(f => f.Kind == FindingKind.PartAboveWhole).Select(f => (f.Figures[0].Key, f.Figures[0].Qualifier, f.Figures[0].Value.Lower));
            if (!expected.Order().SequenceEqual(reported.Order()))
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool DistinctAboveTotal_IsReported_ExactlyWhenSurelyAbove(GeneratedRecord[] records, GeneratedDeclaration[] declarations)
    {
        var city = Build(records, declarations);
        foreach (var district in city.Districts)
        {
            foreach (var key in FigureKey.All.Where(k => k.DistinctOf is not null))
            {
                var distinct = Whole(declarations, district, key);
                var total = Whole(declarations, district, key.DistinctOf!);
                var expected = distinct is { } d && total is { Upper: { } upper } && d.Lower > upper;
                if (expected != district.Findings.Any(f => f.Kind == FindingKind.DistinctAboveTotal && f.Key == key.DistinctOf))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The district's statement of a figure's total the naive way: its one declared total, else its records, else nothing.</summary>
    private static FigureValue? Whole(GeneratedDeclaration[] declarations, DistrictAnnualReview district, FigureKey key)
    {
        var totals = Totals(declarations, district.District, key);
        return totals.Length switch
        {
            1 => FigureValue.Of(totals[0].Quantity),
            0 when key.Compute(district.Figures) is { Lower: > 0 } computed => computed,
            _ => null,
        };
    }
}
