using Ardalis.GuardClauses;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.Subsidies;

namespace TaiAffairs.Domain.Reporting;

/// <summary>What an outline item states.</summary>
public enum OutlineItemKind
{
    /// <summary>Text the district states (a principle, a step taken, a quotation): provenance "stated", never a figure.</summary>
    Text = 0,

    /// <summary>A figure of the district's review, by key (and qualifier), printed with its label and value.</summary>
    Figure = 1,

    /// <summary>A named case told in the review, by its issue.</summary>
    Case = 2,

    /// <summary>A subsidy award of the district's records, printed as its amount (300万元).</summary>
    Award = 3,
}

/// <summary>
/// One item of an outline paragraph: stated text, a figure of the review, or a named case. A paragraph prints its
/// items one after the other, so stated text carries its own punctuation.
/// </summary>
/// <remarks>Immutable and thread-safe. Built through <see cref="Stated"/>, <see cref="OfFigure"/> or <see cref="OfCase"/>.</remarks>
public sealed partial class OutlineItem
{
    private OutlineItem(OutlineItemKind kind, string? text, FigureKey? figure, string? qualifier, bool valueOnly, Id<ServiceIssue>? issue, Id<SubsidyAward>? award = null) =>
        (Kind, Text, Figure, Qualifier, ValueOnly, Case, Award) = (kind, text, figure, qualifier, valueOnly, issue, award);

    /// <summary>Gets what the item states.</summary>
    public OutlineItemKind Kind { get; }

    /// <summary>Gets the stated text, for <see cref="OutlineItemKind.Text"/>.</summary>
    public string? Text { get; }

    /// <summary>Gets the figure's key, for <see cref="OutlineItemKind.Figure"/>.</summary>
    public FigureKey? Figure { get; }

    /// <summary>Gets the figure's qualifier (a sub-figure), or <see langword="null"/> for the figure's total.</summary>
    public string? Qualifier { get; }

    /// <summary>Gets whether only the figure's value is printed (the label stands in the stated text around it).</summary>
    public bool ValueOnly { get; }

    /// <summary>Gets the issue of the named case, for <see cref="OutlineItemKind.Case"/>.</summary>
    public Id<ServiceIssue>? Case { get; }

    /// <summary>Gets the award, for <see cref="OutlineItemKind.Award"/>.</summary>
    public Id<SubsidyAward>? Award { get; }

    /// <summary>An award of the district's records, printed as its amount.</summary>
    /// <param name="award">The award.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentException"><paramref name="award"/> is the default id.</exception>
    public static OutlineItem OfAward(Id<SubsidyAward> award)
    {
        Guard.Against.Expression(a => a.IsDefault, award, "An award item names its award.");
        return new OutlineItem(OutlineItemKind.Award, null, null, null, false, null, award);
    }

    /// <summary>Stated text. It may name, quote and describe, but not state a count: a number with a unit is a figure.</summary>
    /// <param name="text">The text, with its punctuation.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="Rules.StatedTextStatesNoCount"/> is broken.</exception>
    public static OutlineItem Stated(string text)
    {
        Guard.Against.NullOrEmpty(text, message: "Stated text is required.");
        BusinessRule.Check(new Rules.StatedTextStatesNoCount(text));
        return new OutlineItem(OutlineItemKind.Text, text, null, null, false, null);
    }

    /// <summary>A figure of the review.</summary>
    /// <param name="key">The figure.</param>
    /// <param name="qualifier">The sub-figure's qualifier, or <see langword="null"/> for the total.</param>
    /// <param name="valueOnly">Whether to print only the value.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public static OutlineItem OfFigure(FigureKey key, string? qualifier = null, bool valueOnly = false)
    {
        Guard.Against.Null(key, message: "A figure's key is required.");
        return new OutlineItem(OutlineItemKind.Figure, null, key, string.IsNullOrWhiteSpace(qualifier) ? null : qualifier.Trim(), valueOnly, null);
    }

    /// <summary>A named case told in the review.</summary>
    /// <param name="issue">The case's issue.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentException"><paramref name="issue"/> is the default id.</exception>
    public static OutlineItem OfCase(Id<ServiceIssue> issue)
    {
        Guard.Against.Expression(i => i.IsDefault, issue, "A case names its issue.");
        return new OutlineItem(OutlineItemKind.Case, null, null, null, false, issue);
    }

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        OutlineItemKind.Text => "text",
        OutlineItemKind.Figure => "figure " + Figure!.Name + (Qualifier is null ? string.Empty : "(" + Qualifier + ")"),
        OutlineItemKind.Award => "award " + Award!.Value,
        _ => "case " + Case!.Value,
    };
}

/// <summary>A paragraph of an outline: items printed one after the other.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class OutlineParagraph
{
    private OutlineParagraph(IReadOnlyList<OutlineItem> items) => Items = items;

    /// <summary>Gets the items.</summary>
    public IReadOnlyList<OutlineItem> Items { get; }

    /// <summary>Creates a paragraph.</summary>
    /// <param name="items">The items, at least one.</param>
    /// <returns>The paragraph.</returns>
    /// <exception cref="ArgumentException">There is no item, or an item is <see langword="null"/>.</exception>
    public static OutlineParagraph Create(IEnumerable<OutlineItem> items)
    {
        Guard.Against.Null(items, message: "Items are required.");
        var list = items.ToArray();
        if (list.Length == 0 || list.Contains(null))
        {
            throw new ArgumentException("A paragraph has at least one item and no null item.", nameof(items));
        }
        return new OutlineParagraph(Array.AsReadOnly(list));
    }
}

/// <summary>A section of an outline: its heading as the district words it, its paragraphs, and its subsections.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class OutlineSection
{
    private OutlineSection(string heading, IReadOnlyList<OutlineParagraph> paragraphs, IReadOnlyList<OutlineSection> subsections) =>
        (Heading, Paragraphs, Subsections) = (heading, paragraphs, subsections);

    /// <summary>Gets the heading, with the district's own numbering (一、 or 1.).</summary>
    public string Heading { get; }

    /// <summary>Gets the paragraphs under the heading, before any subsection.</summary>
    public IReadOnlyList<OutlineParagraph> Paragraphs { get; }

    /// <summary>Gets the subsections, where the district nests them.</summary>
    public IReadOnlyList<OutlineSection> Subsections { get; }

    /// <summary>Creates a section.</summary>
    /// <param name="heading">The heading.</param>
    /// <param name="paragraphs">The paragraphs.</param>
    /// <param name="subsections">The subsections (they may be empty).</param>
    /// <returns>The section.</returns>
    /// <exception cref="ArgumentException">The heading is blank, or a list holds <see langword="null"/>.</exception>
    public static OutlineSection Create(string heading, IEnumerable<OutlineParagraph> paragraphs, IEnumerable<OutlineSection>? subsections = null)
    {
        Guard.Against.NullOrWhiteSpace(heading, message: "A section needs its heading.");
        Guard.Against.Null(paragraphs, message: "Paragraphs are required (they may be empty).");
        var list = paragraphs.ToArray();
        var nested = (subsections ?? []).ToArray();
        if (list.Contains(null))
        {
            throw new ArgumentException("A section's paragraphs are not null.", nameof(paragraphs));
        }
        if (nested.Contains(null))
        {
            throw new ArgumentException("A section's subsections are not null.", nameof(subsections));
        }
        return new OutlineSection(heading.Trim(), Array.AsReadOnly(list), Array.AsReadOnly(nested));
    }
}

/// <summary>
/// A district's review as the district tells it (the seed's 年度巡礼): title and subtitle, a lead paragraph, and its
/// own sections in its own order, each stating figures, cases and text. A review with an outline prints it; one
/// without prints by themes.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReviewOutline
{
    private ReviewOutline(District district, string title, string? subtitle, OutlineParagraph? lead, IReadOnlyList<OutlineSection> sections) =>
        (District, Title, Subtitle, Lead, Sections) = (district, title, subtitle, lead, sections);

    /// <summary>Gets the district.</summary>
    public District District { get; }

    /// <summary>Gets the title (用真情 出真招 求实效).</summary>
    public string Title { get; }

    /// <summary>Gets the subtitle (认真做好服务台企台胞工作), if any.</summary>
    public string? Subtitle { get; }

    /// <summary>Gets the lead paragraph, if any.</summary>
    public OutlineParagraph? Lead { get; }

    /// <summary>Gets the sections in the district's order.</summary>
    public IReadOnlyList<OutlineSection> Sections { get; }

    /// <summary>Gets every item of the outline, lead first, in reading order.</summary>
    public IEnumerable<OutlineItem> Items =>
        (Lead?.Items ?? []).Concat(Sections.SelectMany(Flatten));

    /// <summary>Creates an outline.</summary>
    /// <param name="district">The district.</param>
    /// <param name="title">The title.</param>
    /// <param name="subtitle">The subtitle, or <see langword="null"/>.</param>
    /// <param name="lead">The lead paragraph, or <see langword="null"/>.</param>
    /// <param name="sections">The sections, at least one.</param>
    /// <returns>The outline.</returns>
    /// <exception cref="ArgumentException">A required argument is missing or blank, or there is no section.</exception>
    public static ReviewOutline Create(District district, string title, string? subtitle, OutlineParagraph? lead, IEnumerable<OutlineSection> sections)
    {
        Guard.Against.Null(district, message: "An outline is a district's.");
        Guard.Against.NullOrWhiteSpace(title, message: "An outline needs a title.");
        Guard.Against.Null(sections, message: "Sections are required.");
        var list = sections.ToArray();
        if (list.Length == 0 || list.Contains(null))
        {
            throw new ArgumentException("An outline has at least one section and no null section.", nameof(sections));
        }
        return new ReviewOutline(district, title.Trim(), string.IsNullOrWhiteSpace(subtitle) ? null : subtitle.Trim(), lead, Array.AsReadOnly(list));
    }

    private static IEnumerable<OutlineItem> Flatten(OutlineSection section) =>
        section.Paragraphs.SelectMany(p => p.Items).Concat(section.Subsections.SelectMany(Flatten));
}

/// <summary>
/// The city review's own words: its title, a lead paragraph, and a summary paragraph whose figures are the city's
/// (各区合计). A city review with one prints it instead of listing every figure.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CityOutline
{
    private CityOutline(string title, OutlineParagraph? lead, OutlineParagraph? summary) => (Title, Lead, Summary) = (title, lead, summary);

    /// <summary>Gets the title (2021年度天津对台工作巡礼).</summary>
    public string Title { get; }

    /// <summary>Gets the lead paragraph, if any.</summary>
    public OutlineParagraph? Lead { get; }

    /// <summary>Gets the summary paragraph, if any; its figure items are the city's.</summary>
    public OutlineParagraph? Summary { get; }

    /// <summary>Creates the city's outline.</summary>
    /// <param name="title">The title.</param>
    /// <param name="lead">The lead paragraph, or <see langword="null"/>.</param>
    /// <param name="summary">The summary paragraph, or <see langword="null"/>.</param>
    /// <returns>The outline.</returns>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank.</exception>
    public static CityOutline Create(string title, OutlineParagraph? lead, OutlineParagraph? summary)
    {
        Guard.Against.NullOrWhiteSpace(title, message: "The city's outline needs a title.");
        return new CityOutline(title.Trim(), lead, summary);
    }
}
