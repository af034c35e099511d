using Ardalis.GuardClauses;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Reporting;

/// <summary>
/// A figure a district states the way the reviews do ("累计协调解决...问题10余个"), possibly alongside records of
/// some of the same items. The review states it and checks it against the records (law 7).
/// </summary>
/// <remarks>Equality is structural. Immutable.</remarks>
public sealed record DeclaredFigure
{
    private DeclaredFigure(District district, FigureKey key, FigureValue value, string label, string? note, string? qualifier)
    {
        District = district;
        Key = key;
        Value = value;
        Label = label;
        Note = note;
        Qualifier = qualifier;
    }

    /// <summary>Gets the declaring district.</summary>
    public District District { get; }

    /// <summary>Gets which figure it is.</summary>
    public FigureKey Key { get; }

    /// <summary>Gets the value as stated.</summary>
    public FigureValue Value { get; }

    /// <summary>Gets the label to render before the value (the key's label unless the declaration gives its own).</summary>
    public string Label { get; }

    /// <summary>Gets a note, such as what the count covers (用工稳岗、疫苗接种、劳动仲裁、电力供应).</summary>
    public string? Note { get; }

    /// <summary>
    /// Gets the qualifier of a sub-figure ("统战部部长主持的季度恳谈会": of which, hosted by ...), or <see langword="null"/>
    /// for the figure's total. A district states at most one total per figure; a sub-figure never exceeds it.
    /// </summary>
    public string? Qualifier { get; }

    /// <summary>Gets whether this is a sub-figure (a qualified part of the figure) rather than its total.</summary>
    public bool IsPart => Qualifier is not null;

    /// <summary>Declares a count.</summary>
    /// <param name="district">The district.</param>
    /// <param name="key">The figure; for money figures use the other overload.</param>
    /// <param name="quantity">The count as stated, e.g. <c>ReportedQuantity.Parse("10余个")</c>.</param>
    /// <param name="label">A label of the district's own (required for <see cref="FigureKey.Other"/>).</param>
    /// <param name="note">A note on what it covers.</param>
    /// <param name="qualifier">For a sub-figure, what part of the figure it counts; <see langword="null"/> for the total.</param>
    /// <returns>The declaration.</returns>
    /// <exception cref="ArgumentException">An argument is missing, the quantity default, the key a money figure, or <see cref="FigureKey.Other"/> without a label.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="Rules.StatementUsesTheFiguresMeasure"/>: the unit is not of the figure's measure.</exception>
    public static DeclaredFigure Count(District district, FigureKey key, ReportedQuantity quantity, string? label = null, string? note = null, string? qualifier = null)
    {
        Guard.Against.Null(district, message: "A declared figure belongs to a district.");
        Guard.Against.Null(key, message: "A declared figure names its key.");
        if (key.IsMoney || quantity.IsDefault)
        {
            throw new ArgumentException("A count declaration needs a count figure and a quantity with a unit.", nameof(quantity));
        }

        BusinessRule.Check(new Rules.StatementUsesTheFiguresMeasure(key, quantity));
        return new DeclaredFigure(district, key, FigureValue.Of(quantity), LabelFor(key, label), Trim(note), Trim(qualifier));
    }

    /// <summary>Declares an amount of money.</summary>
    /// <param name="district">The district.</param>
    /// <param name="key">A money figure.</param>
    /// <param name="amount">The amount as stated, positive.</param>
    /// <param name="label">A label of the district's own.</param>
    /// <param name="note">A note on what it covers.</param>
    /// <param name="qualifier">For a sub-figure, what part of the figure it counts; <see langword="null"/> for the total.</param>
    /// <returns>The declaration.</returns>
    /// <exception cref="ArgumentException">An argument is missing, the key not a money figure, or the amount not positive.</exception>
    public static DeclaredFigure Amount(District district, FigureKey key, Money amount, string? label = null, string? note = null, string? qualifier = null)
    {
        Guard.Against.Null(district, message: "A declared figure belongs to a district.");
        Guard.Against.Null(key, message: "A declared figure names its key.");
        if (!key.IsMoney || !amount.IsPositive)
        {
            throw new ArgumentException("A money declaration needs a money figure and a positive amount.", nameof(amount));
        }

        return new DeclaredFigure(district, key, FigureValue.Of(amount), LabelFor(key, label), Trim(note), Trim(qualifier));
    }

    private static string LabelFor(FigureKey key, string? label)
    {
        if (key == FigureKey.Other && string.IsNullOrWhiteSpace(label))
        {
            throw new ArgumentException("A declaration of another figure needs its own label.", nameof(label));
        }

        return string.IsNullOrWhiteSpace(label) ? key.Label : label.Trim();
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
