using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Reporting;

/// <summary>
/// The rules that turn a scope's records and declarations into its stated figures and findings: one total per
/// figure and scope (a second is a conflict), sub-figures never above their whole, distinct never above total,
/// records never above a declaration, and city figures combined from every district's value.
/// </summary>
internal static class ReviewFigures
{
    private const string CombinedNote = "各区合计";

    public static (IReadOnlyList<HeadlineFigure> Headline, IReadOnlyList<ReviewFinding> Findings) ForDistrict(
        District district, FigureAccumulators figures, IReadOnlyList<DeclaredFigure> declared, PublicationPolicy policy)
    {
        var headline = new List<HeadlineFigure>();
        var findings = new List<ReviewFinding>();
        foreach (var key in FigureKey.All)
        {
            var totals = declared.Where(d => d.Key == key && !d.IsPart).ToArray();
            if (key == FigureKey.SubdistrictsAndTowns)
            {
                FromDivisionData(district, totals, headline, findings);
                continue;
            }

            var computed = Recorded(key, figures);
            if (totals.Length == 0 && computed is { } onlyComputed)
            {
                headline.Add(new HeadlineFigure(key, key.Label, Publish(onlyComputed, policy), Provenance.Computed, onlyComputed, null, null, null));
            }

            foreach (var total in totals)
            {
                if (computed is not { } recorded)
                {
                    headline.Add(new HeadlineFigure(key, total.Label, total.Value, Provenance.Declared, null, total.Value, null, total.Note));
                    continue;
                }

                var consistent = Fits(recorded, total.Value);
                headline.Add(new HeadlineFigure(key, total.Label, total.Value, Provenance.DeclaredAndComputed, recorded, total.Value, consistent, total.Note));
                if (!consistent)
                {
                    findings.Add(new ReviewFinding(FindingKind.RecordedAboveDeclared, district, key,
                        [new FindingFigure(key, null, recorded, Provenance.Computed), new FindingFigure(key, null, total.Value, Provenance.Declared)]));
                }
            }

            foreach (var part in declared.Where(d => d.Key == key && d.IsPart))
            {
                headline.Add(new HeadlineFigure(key, part.Label, part.Value, Provenance.Declared, null, part.Value, null, part.Note, part.Qualifier));
            }

            if (totals.Length > 1)
            {
                findings.Add(new ReviewFinding(FindingKind.ConflictingStatements, district, key,
                    Array.AsReadOnly(totals.Select(t => new FindingFigure(key, null, t.Value, Provenance.Declared)).ToArray())));
            }
        }

        Stated StatedIn(FigureKey key)
        {
            var totals = declared.Where(d => d.Key == key && !d.IsPart).ToArray();
            return totals.Length switch
            {
                1 => new Stated(totals[0].Value, Provenance.Declared),
                0 when Recorded(key, figures) is { } value => new Stated(value, Provenance.Computed),
                _ => default,
            };
        }

        var parts = declared.Where(d => d.IsPart).Select(d => (d.Key, d.Qualifier, Part: new Stated(d.Value, Provenance.Declared)));
        findings.AddRange(Relations(district, StatedIn, parts));
        return (headline.AsReadOnly(), findings.AsReadOnly());
    }

    /// <summary>A count of the district's own areas: what it states, checked against the embedded division data.</summary>
    private static void FromDivisionData(District district, DeclaredFigure[] totals, List<HeadlineFigure> headline, List<ReviewFinding> findings)
    {
        var key = FigureKey.SubdistrictsAndTowns;
        var computed = district.Areas.Count == 0 ? (FigureValue?)null : FigureValue.Of(ReportedQuantity.Exact(district.SubdistrictsAndTowns, QuantityUnit.Ge));
        foreach (var total in totals)
        {
            if (computed is not { } fromData)
            {
                headline.Add(new HeadlineFigure(key, total.Label, total.Value, Provenance.Declared, null, total.Value, null, total.Note));
                continue;
            }

            var agrees = total.Value.Lower <= fromData.Lower && (total.Value.Upper is not { } upper || fromData.Lower <= upper);
            headline.Add(new HeadlineFigure(key, total.Label, total.Value, Provenance.DeclaredAndComputed, fromData, total.Value, agrees, total.Note));
            if (!agrees)
            {
                findings.Add(new ReviewFinding(FindingKind.DisagreesWithDivisionData, district, key,
                    [new FindingFigure(key, null, fromData, Provenance.Computed), new FindingFigure(key, null, total.Value, Provenance.Declared)]));
            }
        }

        if (totals.Length > 1)
        {
            findings.Add(new ReviewFinding(FindingKind.ConflictingStatements, district, key,
                Array.AsReadOnly(totals.Select(t => new FindingFigure(key, null, t.Value, Provenance.Declared)).ToArray())));
        }
    }

    public static (IReadOnlyList<HeadlineFigure> Headline, IReadOnlyList<ReviewFinding> Findings) ForCity(
        IReadOnlyList<DistrictAnnualReview> districts, FigureAccumulators city, IReadOnlyList<DeclaredFigure> declarations, PublicationPolicy policy,
        Func<FigureAccumulators> empty)
    {
        var headline = new List<HeadlineFigure>();
        var findings = new List<ReviewFinding>();
        var stated = new Dictionary<FigureKey, Stated>();
        var merged = new Dictionary<string, FigureAccumulators>(StringComparer.Ordinal);
        foreach (var key in FigureKey.All.Where(k => k.Measure != Measure.Unspecified))
        {
            var sources = new List<FigureSource>();
            var combined = new List<FigureValue>();
            var fromRecords = new List<DistrictAnnualReview>();
            foreach (var review in districts)
            {
                var own = declarations.Where(d => d.District == review.District && d.Key == key).ToArray();
                var totals = own.Where(d => !d.IsPart).ToArray();
                if (totals.Length == 1)
                {
                    sources.Add(new FigureSource(review.District, FigureSourceKind.Declared, totals[0].Value, []));
                    combined.Add(totals[0].Value);
                }
                else if (totals.Length > 1)
                {
                    sources.Add(new FigureSource(review.District, FigureSourceKind.Conflicting, totals[0].Value, []));
                    findings.Add(new ReviewFinding(FindingKind.IncompleteRollUp, null, key,
                        Array.AsReadOnly(totals.Select(t => new FindingFigure(key, null, t.Value, Provenance.Declared, review.District)).ToArray())));
                }
                else if (Recorded(key, review.Figures) is { } value)
                {
                    sources.Add(new FigureSource(review.District, FigureSourceKind.Computed, value, key.RecordsOnRead(review.Figures)));
                    fromRecords.Add(review);
                }
                else if (!key.IsMoney && LargestPart(key, review, declarations) is { } largest)
                {
                    var implied = FigureValue.Of(ReportedQuantity.AtLeast(largest, key.Unit!));
                    sources.Add(new FigureSource(review.District, FigureSourceKind.ImpliedByParts, implied, []));
                    combined.Add(implied);
                }
            }

            if (sources.Count == 0)
            {
                continue;
            }

            var all = Recorded(key, city);
            var sourceList = sources.AsReadOnly();
            if (combined.Count == 0 && sources.TrueForAll(s => s.Kind == FigureSourceKind.Computed))
            {
                headline.Add(new HeadlineFigure(key, key.Label, Publish(all!.Value, policy), Provenance.Computed, all, null, null, null, null, sourceList));
                stated[key] = new Stated(all.Value, Provenance.Computed);
                continue;
            }

            var incomplete = sources.Exists(s => !s.IsCombined);
            if (combined.Count == 0 && fromRecords.Count == 0)
            {
                // Every district's value is in conflict: there is nothing to state, and the finding says why.
                continue;
            }

            if (fromRecords.Count > 0)
            {
                var signature = string.Join(",", fromRecords.Select(r => r.District.Code));
                if (!merged.TryGetValue(signature, out var part))
                {
                    merged[signature] = part = empty();
                    foreach (var source in fromRecords)
                    {
                        part.UnionWith(source.Figures);
                    }

                }

                combined.Add(key.Compute(part)!.Value);
            }

            if (!TrySum(key, combined, out var sum))
            {
                incomplete = true;
                findings.Add(new ReviewFinding(FindingKind.IncompleteRollUp, null, key,
                    Array.AsReadOnly(sources.Select(s => new FindingFigure(key, null, s.Value, Provenance.Declared, s.District)).ToArray())));
                continue;
            }

            var consistent = all is not { } recorded || Fits(recorded, sum);
            headline.Add(new HeadlineFigure(key, key.Label, sum, Provenance.CombinedFromDistricts, all, sum, all is null ? null : consistent, CombinedNote, null, sourceList, incomplete));
            stated[key] = new Stated(sum, Provenance.CombinedFromDistricts);
            if (!consistent)
            {
                findings.Add(new ReviewFinding(FindingKind.RecordedAboveDeclared, null, key,
                    [new FindingFigure(key, null, all!.Value, Provenance.Computed), new FindingFigure(key, null, sum, Provenance.CombinedFromDistricts)]));
            }
        }

        findings.AddRange(Relations(null, key => stated.GetValueOrDefault(key), []));
        return (headline.AsReadOnly(), findings.AsReadOnly());
    }

    private static IEnumerable<ReviewFinding> Relations(District? district, Func<FigureKey, Stated> statedIn, IEnumerable<(FigureKey Key, string? Qualifier, Stated Part)> qualifiedParts)
    {
        foreach (var (key, qualifier, part) in qualifiedParts)
        {
            if (statedIn(key) is { IsKnown: true } whole && Above(part.Value, whole.Value))
            {
                yield return new ReviewFinding(FindingKind.PartAboveWhole, district, key,
                    [new FindingFigure(key, qualifier, part.Value, part.Provenance), new FindingFigure(key, null, whole.Value, whole.Provenance)]);
            }
        }

        foreach (var key in FigureKey.All)
        {
            var stated = statedIn(key);
            if (!stated.IsKnown)
            {
                continue;
            }

            if (key.PartOf is { } parent && statedIn(parent) is { IsKnown: true } whole && Above(stated.Value, whole.Value))
            {
                yield return new ReviewFinding(FindingKind.PartAboveWhole, district, parent,
                    [new FindingFigure(key, null, stated.Value, stated.Provenance), new FindingFigure(parent, null, whole.Value, whole.Provenance)]);
            }

            if (key.DistinctOf is { } totalKey && statedIn(totalKey) is { IsKnown: true } total && Above(stated.Value, total.Value))
            {
                yield return new ReviewFinding(FindingKind.DistinctAboveTotal, district, totalKey,
                    [new FindingFigure(key, null, stated.Value, stated.Provenance), new FindingFigure(totalKey, null, total.Value, total.Provenance)]);
            }
        }
    }

    private static long? LargestPart(FigureKey key, DistrictAnnualReview review, IReadOnlyList<DeclaredFigure> declarations)
    {
        long? largest = null;
        foreach (var part in declarations.Where(d => d.District == review.District && d.Key == key && d.IsPart))
        {
            largest = Math.Max(largest ?? 0, part.Value.Lower);
        }

        foreach (var child in FigureKey.All.Where(k => k.PartOf == key))
        {
            var totals = declarations.Where(d => d.District == review.District && d.Key == child && !d.IsPart).ToArray();
            var value = totals.Length == 1 ? totals[0].Value : totals.Length == 0 ? Recorded(child, review.Figures) : null;
            if (value is { } v)
            {
                largest = Math.Max(largest ?? 0, v.Lower);
            }
        }

        return largest is > 0 ? largest : null;
    }

    /// <summary>The figure computed from a scope's records, or <see langword="null"/> when it has none.</summary>
    private static FigureValue? Recorded(FigureKey key, FigureAccumulators figures) => key.Compute(figures) is { Lower: > 0 } value ? value : null;

    private static FigureValue Publish(FigureValue value, PublicationPolicy policy) => value.IsMoney ? value : FigureValue.Of(policy.Publish(value.Quantity));

    /// <summary>Whether the recorded count fits the stated value: it does not exceed its upper bound.</summary>
    private static bool Fits(FigureValue recorded, FigureValue stated) => stated.Upper is not { } upper || recorded.Lower <= upper;

    /// <summary>Whether <paramref name="part"/> is surely above <paramref name="whole"/>: its least value exceeds the whole's greatest.</summary>
    private static bool Above(FigureValue part, FigureValue whole) => whole.Upper is { } upper && part.Lower > upper;

    private static bool TrySum(FigureKey key, List<FigureValue> values, out FigureValue sum)
    {
        sum = default;
        try
        {
            if (key.IsMoney)
            {
                if (!values.TrueForAll(v => v.IsMoney))
                {
                    return false;
                }

                sum = FigureValue.Of(Money.Sum(values.Select(v => v.Money!.Value)));
                return true;
            }

            var total = default(ReportedQuantity);
            foreach (var value in values)
            {
                if (value.IsMoney || !key.Measure.Accepts(value.Quantity.Unit))
                {
                    return false;
                }

                total += key.Measure.Convert(value.Quantity, key.Unit!);
            }

            sum = FigureValue.Of(total);
            return !total.IsDefault;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private readonly record struct Stated(FigureValue Value, Provenance Provenance)
    {
        public bool IsKnown => Value.IsMoney || !Value.Quantity.IsDefault;
    }
}
