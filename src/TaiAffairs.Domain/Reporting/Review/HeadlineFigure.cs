using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Reporting;

/// <summary>
/// One figure of a review with its provenance: computed from records, declared by the district, or both, in
/// which case <see cref="IsConsistent"/> says whether the records fit the declaration.
/// </summary>
/// <remarks>Immutable; equality is structural.</remarks>
public sealed record HeadlineFigure
{
    internal HeadlineFigure(FigureKey key, string label, FigureValue published, Provenance provenance, FigureValue? computed, FigureValue? declared, bool? isConsistent, string? note)
    {
        Key = key;
        Label = label;
        Published = published;
        Provenance = provenance;
        Computed = computed;
        Declared = declared;
        IsConsistent = isConsistent;
        Note = note;
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

    /// <summary>Gets, for a figure both declared and computed, whether the records fit the declaration.</summary>
    public bool? IsConsistent { get; }

    /// <summary>Gets the declaration's note, if any.</summary>
    public string? Note { get; }

    /// <summary>Renders the figure as the reviews write it, e.g. <c>入企服务20户次</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Label + Published;
}
