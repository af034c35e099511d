namespace TaiAffairs.Domain.Reporting;

/// <summary>
/// The city's yearly review: the districts' reviews, and city figures computed from the districts' merged
/// accumulators (a joint record counts once) and from the sum of the districts' declarations.
/// </summary>
/// <remarks>Immutable; equality is by reference.</remarks>
public sealed class CityAnnualReview
{
    internal CityAnnualReview(
        int year, IReadOnlyList<DistrictAnnualReview> districts, IReadOnlyList<HeadlineFigure> headline, IReadOnlyList<ReviewFinding> findings, FigureAccumulators figures,
        CityOutline? outline = null)
    {
        Outline = outline;
        Year = year;
        Districts = districts;
        Headline = headline;
        Findings = findings;
        Figures = figures;
    }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the city's own title, lead and summary, when it has them.</summary>
    public CityOutline? Outline { get; }

    /// <summary>Gets the districts' reviews, in district code order.</summary>
    public IReadOnlyList<DistrictAnnualReview> Districts { get; }

    /// <summary>Gets the city's headline figures.</summary>
    public IReadOnlyList<HeadlineFigure> Headline { get; }

    /// <summary>Gets the findings at city scope (incomplete roll-ups, and the checks of the combined figures); each district's own findings are on its review.</summary>
    public IReadOnlyList<ReviewFinding> Findings { get; }

    /// <summary>Gets the city's accumulators: the merge of the districts'.</summary>
    public FigureAccumulators Figures { get; }

    /// <summary>Gets a headline figure by key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The figure, or <see langword="null"/> when the review does not state it.</returns>
    public HeadlineFigure? Figure(FigureKey key) => Headline.FirstOrDefault(f => f.Key == key);
}
