using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Reporting;

/// <summary>How a district's value of a figure was obtained for a city roll-up.</summary>
public enum FigureSourceKind
{
    /// <summary>The district declared the figure's total.</summary>
    Declared = 0,

    /// <summary>The district declared nothing; its records give the value.</summary>
    Computed = 1,

    /// <summary>The district stated only parts of the figure; the whole is at least the largest part.</summary>
    ImpliedByParts = 2,

    /// <summary>The district stated two totals; the value cannot be combined and the city figure is incomplete.</summary>
    Conflicting = 3,
}

/// <summary>
/// One district's contribution to a city figure, as data: the value used (in the district's own unit), whether it
/// was declared or computed, and for a computed value the keys of the records counted.
/// </summary>
/// <remarks>Equality is by reference (it holds a list). Immutable.</remarks>
public sealed class FigureSource
{
    internal FigureSource(District district, FigureSourceKind kind, FigureValue value, IReadOnlyList<RecordKey> records)
    {
        District = district;
        Kind = kind;
        Value = value;
        Records = records;
    }

    /// <summary>Gets the district.</summary>
    public District District { get; }

    /// <summary>Gets how the value was obtained.</summary>
    public FigureSourceKind Kind { get; }

    /// <summary>Gets the value used, as the district stated or computed it (for <see cref="FigureSourceKind.Conflicting"/>, the first total).</summary>
    public FigureValue Value { get; }

    /// <summary>Gets the keys of the records counted, for a computed value; otherwise empty.</summary>
    /// <remarks>
    /// In a built review the keys are listed when first read, from the review's figures (listing a million keys costs
    /// time and memory a report that never reads them should not pay).
    /// </remarks>
    /// <exception cref="InvalidOperationException">Read after the review's figures were changed (for example through
    /// <see cref="DistrictAnnualReview.Figures"/>): the records they counted can no longer be listed.</exception>
    public IReadOnlyList<RecordKey> Records { get; }

    /// <summary>Gets whether the value takes part in the city's sum.</summary>
    public bool IsCombined => Kind != FigureSourceKind.Conflicting;

    /// <summary>Returns the district's code, the kind and the value.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{District.Code.ToString(System.Globalization.CultureInfo.InvariantCulture)} {Kind} {Value}";
}
