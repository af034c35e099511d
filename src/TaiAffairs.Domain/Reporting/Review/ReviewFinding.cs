using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Reporting;

/// <summary>One figure a finding involves: which figure (and which part of it), its value, and where the value came from.</summary>
/// <remarks>Equality is structural. Immutable.</remarks>
public sealed record FindingFigure
{
    internal FindingFigure(FigureKey key, string? qualifier, FigureValue value, Provenance provenance, District? district = null)
    {
        Key = key;
        Qualifier = qualifier;
        Value = value;
        Provenance = provenance;
        District = district;
    }

    /// <summary>Gets the figure.</summary>
    public FigureKey Key { get; }

    /// <summary>Gets the qualifier of a sub-figure, or <see langword="null"/> for the figure's total.</summary>
    public string? Qualifier { get; }

    /// <summary>Gets the value involved.</summary>
    public FigureValue Value { get; }

    /// <summary>Gets whether the value was declared, computed from records, or combined from districts.</summary>
    public Provenance Provenance { get; }

    /// <summary>Gets the district whose value this is, where the finding is about one district's part of a city figure.</summary>
    public District? District { get; }
}

/// <summary>
/// Something a reader of a review must act on: figures that contradict each other (a part above its whole,
/// distinct above total, records above a declaration, two totals of one figure) or a city figure that could
/// not combine every district. Identified by a stable <see cref="FindingKind.Code"/>; the renderers phrase it.
/// </summary>
/// <remarks>Equality is by value of the kind, scope, key and the figures' sequence. Immutable.</remarks>
public sealed class ReviewFinding : IEquatable<ReviewFinding>
{
    internal ReviewFinding(FindingKind kind, District? district, FigureKey key, IReadOnlyList<FindingFigure> figures)
    {
        Kind = kind;
        District = district;
        Key = key;
        Figures = figures;
    }

    /// <summary>Gets the kind of finding.</summary>
    public FindingKind Kind { get; }

    /// <summary>Gets the stable code of the kind, e.g. <c>figure.part-above-whole</c>.</summary>
    public string Code => Kind.Code;

    /// <summary>Gets the district the finding is about, or <see langword="null"/> for the city.</summary>
    public District? District { get; }

    /// <summary>Gets the figure the finding is about (the whole, the total, or the city figure).</summary>
    public FigureKey Key { get; }

    /// <summary>Gets the figures involved with their values: for a comparison, the larger side first.</summary>
    public IReadOnlyList<FindingFigure> Figures { get; }

    /// <inheritdoc />
    public bool Equals(ReviewFinding? other) =>
        other is not null && Kind == other.Kind && District == other.District && Key == other.Key && Figures.SequenceEqual(other.Figures);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReviewFinding);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, District, Key, Figures.Count);

    /// <summary>Returns the code, the scope and the figure, e.g. <c>figure.part-above-whole 120113 RoundTables</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} {District?.Code.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "city"} {Key.Name}";
}
