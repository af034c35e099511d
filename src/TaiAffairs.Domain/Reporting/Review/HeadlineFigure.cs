using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Reporting;

/// <summary>
/// One statement of a figure in a review with its provenance: computed from records, declared by the district,
/// both (then <see cref="IsConsistent"/> says whether the records fit the declaration), or, for the city,
/// combined from every district's value with each district's <see cref="Sources"/>.
/// </summary>
/// <remarks>Immutable; equality is by reference for the lists it holds.</remarks>
public sealed record HeadlineFigure
{
    internal HeadlineFigure(
        FigureKey key, string label, FigureValue published, Provenance provenance, FigureValue? computed, FigureValue? declared, bool? isConsistent, string? note,
        string? qualifier = null, IReadOnlyList<FigureSource>? sources = null, bool isIncomplete = false)
    {
        Key = key;
        Label = label;
        Published = published;
        Provenance = provenance;
        Computed = computed;
        Declared = declared;
        IsConsistent = isConsistent;
        Note = note;
        Qualifier = qualifier;
        Sources = sources ?? [];
        IsIncomplete = isIncomplete;
    }

    /// <summary>Gets which figure it is.</summary>
    public FigureKey Key { get; }

    /// <summary>Gets the label rendered before the value.</summary>
    public string Label { get; }

    /// <summary>Gets the value as published: the declaration when there is one, otherwise the computed value under the policy.</summary>
    public FigureValue Published { get; }

    /// <summary>Gets where the figure comes from.</summary>
    public Provenance Provenance { get; }

    /// <summary>Gets the value computed from records, if any.</summary>
    public FigureValue? Computed { get; }

    /// <summary>Gets the declared value, if any.</summary>
    public FigureValue? Declared { get; }

    /// <summary>Gets whether the records fit the declaration (their count is within its upper bound); <see langword="null"/> when not both exist.</summary>
    public bool? IsConsistent { get; }

    /// <summary>Gets a note: what the figure covers, or <c>各区合计</c> for a city figure combined from districts.</summary>
    public string? Note { get; }

    /// <summary>Gets the qualifier of a sub-figure (a part of the figure, such as "统战部部长主持"), or <see langword="null"/> for a total.</summary>
    public string? Qualifier { get; }

    /// <summary>Gets, for a city figure combined from districts, each district's value and where it came from; otherwise empty.</summary>
    public IReadOnlyList<FigureSource> Sources { get; }

    /// <summary>Gets whether a city figure lacks a district's value that could not be combined (a finding says which and why).</summary>
    public bool IsIncomplete { get; }

    /// <summary>Returns the label and the published value.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Label + Published;
}
