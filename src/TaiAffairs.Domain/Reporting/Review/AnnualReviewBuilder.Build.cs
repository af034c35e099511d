using System.Globalization;
using Ardalis.GuardClauses;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Mechanisms;
using TaiAffairs.Domain.Subsidies;

namespace TaiAffairs.Domain.Reporting;

/// <content>Building the reviews from what the builder holds.</content>
public sealed partial class AnnualReviewBuilder
{
    /// <summary>Builds one district's review.</summary>
    /// <param name="district">The district.</param>
    /// <returns>The review.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="district"/> is <see langword="null"/>.</exception>
    public DistrictAnnualReview BuildDistrict(District district)
    {
        Guard.Against.Null(district, message: "A district is required.");
        var figures = accumulators.TryGetValue(district, out var a) ? a.Clone() : FigureAccumulators.Empty(Period, Calendar, keySpace);
        var declared = declarations.Where(d => d.District == district).ToArray();
        var (headline, findings) = ReviewFigures.ForDistrict(district, figures, declared, Policy);
        var evidence = new MechanismEvidence(
            meetings.Where(m => m.Key.Item1 == district).OrderBy(m => m.Key.Item2, StringComparer.Ordinal).Select(m => m.Value),
            whistled.Values.Where(i => i.District == district).OrderBy(i => i.Id.Value, StringComparer.Ordinal),
            CasesOf(district));
        var checks = mechanisms.Values.Where(m => m.District == district).OrderBy(m => m.Id.Value, StringComparer.Ordinal).Select(m => m.Check(evidence, Period, Calendar)).ToArray();
        var sections = new List<ReviewSection>();
        foreach (var theme in ReviewTheme.All)
        {
            var sectionFigures = headline.Where(f => f.Key.Theme == theme).ToArray();
            var sectionCases = cases.Where(c => c.Case.District == district && c.Theme == theme).Select(c => c.Case).ToArray();
            var sectionChecks = theme == ReviewTheme.PreciseService ? checks : [];
            var highlights = Highlights(district, theme);
            if (sectionFigures.Length + sectionCases.Length + sectionChecks.Length + highlights.Length == 0)
            {
                continue;
            }

            var title = sectionTitles.TryGetValue((district, theme), out var own) ? own : theme.ChineseName;
            sections.Add(new ReviewSection(theme, title, Array.AsReadOnly(sectionFigures), Array.AsReadOnly(highlights), Array.AsReadOnly(sectionCases), Array.AsReadOnly(sectionChecks)));
        }

        var outline = outlines.GetValueOrDefault(district);
        var ownAwards = awards.Values.Where(a => a.District == district && Period.Contains(a.AwardedOn)).OrderBy(a => a.Id).ToArray();
        if (outline is not null)
        {
            findings = [.. findings, .. OutlineFindings(outline, headline, sections, ownAwards)];
        }

        return new DistrictAnnualReview(
            district, Period.Year, outline?.Title ?? titles.GetValueOrDefault(district), headline, sections.AsReadOnly(), Array.AsReadOnly(checks), findings, figures, outline,
            Array.AsReadOnly(ownAwards), Array.AsReadOnly(PrivateNames(district)));
    }

    /// <summary>
    /// Builds the city's review with every district's. Each city figure combines every district's value for it
    /// (its declared total, else what its records give); where a district's value cannot be combined the figure is
    /// marked incomplete and a finding names the district.
    /// </summary>
    /// <returns>The review.</returns>
    public CityAnnualReview BuildCity()
    {
        var districts = Districts.Select(BuildDistrict).ToArray();
        var city = FigureAccumulators.Empty(Period, Calendar, keySpace);
        foreach (var district in districts)
        {
            // In place: each district's state is added once, and a record of several districts counts once.
            city.UnionWith(district.Figures);
        }

        var (headline, findings) = ReviewFigures.ForCity(districts, city, declarations, Policy, () => FigureAccumulators.Empty(Period, Calendar, keySpace));
        if (cityOutline is not null)
        {
            var missing = new[] { cityOutline.Lead, cityOutline.Summary }.OfType<OutlineParagraph>().SelectMany(p => p.Items)
                .Where(i => i.Kind == OutlineItemKind.Figure && !headline.Any(h => h.Key == i.Figure && h.Qualifier == i.Qualifier))
                .Select(i => new ReviewFinding(FindingKind.OutlineFigureWithoutSource, null, i.Figure!, []));
            findings = [.. findings, .. missing];
        }

        return new CityAnnualReview(Period.Year, Array.AsReadOnly(districts), headline, findings, city, cityOutline);
    }

    /// <summary>The green-channel facts of the district's issues, by id, only when it has a mechanism to check them.</summary>
    private CaseFacts[] CasesOf(District district)
    {
        if (!mechanisms.Values.Any(m => m.District == district))
        {
            return [];
        }

        var cases = new List<CaseFacts>();
        foreach (var (number, facts) in issueFacts)
        {
            if (facts.District == district)
            {
                cases.Add(facts.ToCase(Id<Issues.ServiceIssue>.FromTrusted(keySpace[number].Id)));
            }
        }

        return [.. cases.OrderBy(c => c.Id.Value, StringComparer.Ordinal)];
    }

    /// <summary>The records a section tells, as typed facts; the renderers own the sentences.</summary>
    private Highlight[] Highlights(District district, ReviewTheme theme)
    {
        var lines = new List<Highlight>();
        string NameOf(Id<Enterprise> id) => enterprises.TryGetValue(id, out var e) ? e.Name : id.Value;
        // Enterprises and people in their canonical order (by id), whatever order they were added in.
        var ownEnterprises = enterprises.Values.Where(e => e.DistrictOn(Period.End) == district).OrderBy(e => e.Id).ToArray();
        if (theme == ReviewTheme.PreciseService)
        {
            foreach (var group in ownEnterprises.SelectMany(e => e.Alliances.Select(a => (a.Alliance, e.Name))).GroupBy(a => a.Alliance).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                lines.Add(new Highlight(HighlightKind.AllianceJoined) { Names = group.Select(g => g.Name).ToArray(), Title = group.Key });
            }
        }
        else if (theme == ReviewTheme.PolicySupport)
        {
            foreach (var item in publicity.Values.Where(p => p.District == district && Period.Contains(p.Date)).OrderBy(p => p.Id.Value, StringComparer.Ordinal))
            {
                lines.Add(new Highlight(HighlightKind.Publicity) { Packages = item.Packages, Count = item.Materials, Recipients = item.Recipients });
            }

            foreach (var award in awards.Values.Where(a => a.District == district && Period.Contains(a.AwardedOn)).OrderBy(a => a.Id.Value, StringComparer.Ordinal))
            {
                lines.Add(new Highlight(HighlightKind.Award)
                {
                    Names = [NameOf(award.Recipient)], Title = award.ProjectTitle, Programmes = award.Programmes, Level = award.Level, Amount = award.Amount,
                });
            }

            foreach (var training in trainings.Values.Where(t => t.District == district && Period.Contains(t.Date)).OrderBy(t => t.Date).ThenBy(t => t.Id.Value, StringComparer.Ordinal))
            {
                lines.Add(new Highlight(HighlightKind.Training) { Title = training.Topic, Count = training.Attendance });
            }
        }
        else
        {
            foreach (var enterprise in ownEnterprises)
            {
                foreach (var honour in enterprise.Designations.Where(d => d.Kind.IsHonour && Period.Contains(d.AwardedOn)))
                {
                    lines.Add(new Highlight(HighlightKind.Honour) { Names = [enterprise.Name], Honour = honour.Kind, Recommended = honour.RecommendedByDistrict, Year = honour.Year });
                }

                foreach (var investment in enterprise.MoneyRecords.Where(m => m.Kind == MoneyRecordKind.Investment && m.District == district && Period.Contains(m.Date)))
                {
                    lines.Add(new Highlight(HighlightKind.Investment) { Names = [enterprise.Name], Amount = investment.Amount, Title = investment.Purpose });
                }
            }

            foreach (var person in compatriots.Values.Where(c => c.ResidenceOn(Period.End) == district).OrderBy(c => c.Id))
            {
                var name = person.PublishedNameOn(Period.End);
                foreach (var service in person.Services.Where(v => Period.Contains(v.Date)))
                {
                    lines.Add(new Highlight(HighlightKind.Service) { Names = [name], Service = service.Kind, Title = service.Description });
                }

                foreach (var recurring in person.RecurringServices.Where(r => r.StartedOn <= Period.End))
                {
                    lines.Add(new Highlight(HighlightKind.RecurringService) { Names = [name], Service = recurring.Kind, Missed = recurring.MissedQuarters(Period), Period = Period });
                }
            }

            foreach (var exchangeEvent in events.Values.Where(e => e.IsOrganizedBy(district) && Period.Contains(e.Date)).OrderBy(e => e.Date).ThenBy(e => e.Id.Value, StringComparer.Ordinal))
            {
                lines.Add(new Highlight(HighlightKind.Event)
                {
                    EventKind = exchangeEvent.Kind, Title = exchangeEvent.Title, Venue = exchangeEvent.Venue,
                    Partners = exchangeEvent.IsJoint ? exchangeEvent.OrganizingDistricts.Where(d => d != district).ToArray() : [],
                });
            }
        }

        return lines.ToArray();
    }

    /// <summary>What an outline states that the review cannot source: each is a finding, and is not printed.</summary>
    private static IEnumerable<ReviewFinding> OutlineFindings(
        ReviewOutline outline, IReadOnlyList<HeadlineFigure> headline, IEnumerable<ReviewSection> sections, IReadOnlyList<Subsidies.SubsidyAward> ownAwards)
    {
        var told = sections.SelectMany(s => s.Cases).Select(c => c.Issue).ToHashSet();
        foreach (var item in outline.Items)
        {
            if (item.Kind == OutlineItemKind.Figure && !headline.Any(h => h.Key == item.Figure && h.Qualifier == item.Qualifier))
            {
                yield return new ReviewFinding(FindingKind.OutlineFigureWithoutSource, outline.District, item.Figure!, []);
            }
            else if (item.Kind == OutlineItemKind.Case && !told.Contains(item.Case!.Value))
            {
                yield return new ReviewFinding(FindingKind.OutlineCaseNotTold, outline.District, FigureKey.Other, []);
            }
            else if (item.Kind == OutlineItemKind.Award && !ownAwards.Any(a => a.Id == item.Award))
            {
                yield return new ReviewFinding(FindingKind.OutlineAwardNotOnRecord, outline.District, FigureKey.SubsidyTotal, []);
            }
        }
    }

    /// <summary>The district's private persons whose published name differs from their name (no consent to be named).</summary>
    private (string Name, string Published)[] PrivateNames(District district) =>
        compatriots.Values
            .Where(c => c.ResidenceOn(Period.End) == district || c.ResidenceHistory.Any(h => h.Value == district))
            .Select(c => (Name: c.Name.Reveal(), Published: c.PublishedNameOn(Period.End)))
            .Where(n => n.Name != n.Published)
            .OrderByDescending(n => n.Name.Length)
            .ToArray();
}
