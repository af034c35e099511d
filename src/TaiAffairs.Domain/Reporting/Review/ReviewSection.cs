namespace TaiAffairs.Domain.Reporting;

/// <summary>One numbered section of a review (一、在精准服务上下功夫): its theme, title, figures, cases and mechanism findings.</summary>
/// <remarks>Immutable; equality is by reference.</remarks>
public sealed class ReviewSection
{
    internal ReviewSection(ReviewTheme theme, string title, IReadOnlyList<HeadlineFigure> figures, IReadOnlyList<string> highlights, IReadOnlyList<NamedCase> cases, IReadOnlyList<Mechanisms.MechanismCheck> mechanisms)
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
    /// Gets sentences on the section's records in the seed's style: awards (林德英利获得…300万元), honours, policy
    /// publicity, events with their venues, trainings. They carry no personal data.
    /// </summary>
    public IReadOnlyList<string> Highlights { get; }

    /// <summary>Gets the named cases told in the section.</summary>
    public IReadOnlyList<NamedCase> Cases { get; }

    /// <summary>Gets the mechanisms checked in the section.</summary>
    public IReadOnlyList<Mechanisms.MechanismCheck> Mechanisms { get; }
}
