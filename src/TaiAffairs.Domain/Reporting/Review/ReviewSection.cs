namespace TaiAffairs.Domain.Reporting;

/// <summary>One numbered section of a review (一、在精准服务上下功夫): its theme, title, figures, cases and mechanism findings.</summary>
/// <remarks>Immutable; equality is by reference.</remarks>
public sealed class ReviewSection
{
    internal ReviewSection(ReviewTheme theme, string title, IReadOnlyList<HeadlineFigure> figures, IReadOnlyList<Highlight> highlights, IReadOnlyList<NamedCase> cases, IReadOnlyList<Mechanisms.MechanismCheck> mechanisms)
    {
        Theme = theme;
        Title = title;
        Figures = figures;
        Highlights = highlights;
        Cases = cases;
        Mechanisms = mechanisms;
    }

    /// <summary>Gets the theme.</summary>
    public ReviewTheme Theme { get; }

    /// <summary>Gets the title (the theme's name unless the district set its own).</summary>
    public string Title { get; }

    /// <summary>Gets the figures of the section, in key order.</summary>
    public IReadOnlyList<HeadlineFigure> Figures { get; }

    /// <summary>
    /// Gets the section's records as typed facts (awards, honours, publicity, events, trainings, services); the
    /// renderers print each in the seed's style (林德英利获得…300万元). Names are those a review may print.
    /// </summary>
    public IReadOnlyList<Highlight> Highlights { get; }

    /// <summary>Gets the named cases told in the section.</summary>
    public IReadOnlyList<NamedCase> Cases { get; }

    /// <summary>Gets the mechanisms checked in the section.</summary>
    public IReadOnlyList<Mechanisms.MechanismCheck> Mechanisms { get; }
}
