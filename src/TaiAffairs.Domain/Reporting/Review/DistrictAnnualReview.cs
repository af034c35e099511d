using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Mechanisms;

namespace TaiAffairs.Domain.Reporting;

/// <summary>
/// The yearly review (年度巡礼) of one district: headline figures with provenance, sections in the seed's themes,
/// named cases, mechanism findings and the findings about its figures. Built by <see cref="AnnualReviewBuilder"/>.
/// </summary>
/// <remarks>Immutable; equality is by reference. Holds no personal data beyond published (masked or consented) names.</remarks>
public sealed class DistrictAnnualReview
{
    internal DistrictAnnualReview(
        District district, int year, string? title, IReadOnlyList<HeadlineFigure> headline, IReadOnlyList<ReviewSection> sections,
        IReadOnlyList<MechanismCheck> mechanisms, IReadOnlyList<ReviewFinding> findings, FigureAccumulators figures, ReviewOutline? outline = null, IReadOnlyList<Subsidies.SubsidyAward>? awards = null, IReadOnlyList<(string Name, string Published)>? privateNames = null)
    {
        Outline = outline;
        Awards = awards ?? [];
        PrivateNames = privateNames ?? [];
        District = district;
        Year = year;
        Title = title;
        Headline = headline;
        Sections = sections;
        Mechanisms = mechanisms;
        Findings = findings;
        Figures = figures;
    }

    /// <summary>Gets the district's own outline, when it has one: renderers print it instead of the themes.</summary>
    public ReviewOutline? Outline { get; }

    /// <summary>
    /// Gets the names of the private persons on record in the district with the name a review may print for each
    /// (masked unless they consented): renderers print stated text through it, so no one is named without consent.
    /// </summary>
    internal IReadOnlyList<(string Name, string Published)> PrivateNames { get; }

    /// <summary>Gets the district's subsidy awards of the year, by id: what an outline's award items print.</summary>
    public IReadOnlyList<Subsidies.SubsidyAward> Awards { get; }

    /// <summary>Gets the district.</summary>
    public District District { get; }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the review's own title, if the district gave one (用真情 出真招 求实效).</summary>
    public string? Title { get; }

    /// <summary>Gets every headline figure, in key order.</summary>
    public IReadOnlyList<HeadlineFigure> Headline { get; }

    /// <summary>Gets the sections, in theme order; a theme with nothing to say is left out.</summary>
    public IReadOnlyList<ReviewSection> Sections { get; }

    /// <summary>Gets every mechanism checked.</summary>
    public IReadOnlyList<MechanismCheck> Mechanisms { get; }

    /// <summary>Gets the findings about the district's figures (records above a declaration, distinct above total, part above whole, conflicting totals); a consistent figure is not a finding.</summary>
    public IReadOnlyList<ReviewFinding> Findings { get; }

    /// <summary>Gets the district's accumulators (the computed figures in full).</summary>
    public FigureAccumulators Figures { get; }

    /// <summary>Gets a headline figure by key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The figure, or <see langword="null"/> when the review does not state it.</returns>
    public HeadlineFigure? Figure(FigureKey key) => Headline.FirstOrDefault(f => f.Key == key);
}
