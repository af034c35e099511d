using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Reporting.Rules;

/// <summary>
/// A declared count is stated in a unit of its figure's <see cref="Measure"/>: 协调解决问题 in 个, 件 or 项, 入企服务 in
/// 户次 or 次, people in 名, 人 or 位. A declaration in another unit would count something else.
/// </summary>
/// <remarks>Immutable; decides from the figure and the quantity it is given.</remarks>
public readonly struct StatementUsesTheFiguresMeasure : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "figure.unit-outside-measure";

    private readonly FigureKey key;
    private readonly ReportedQuantity quantity;

    /// <summary>Creates the rule for a statement.</summary>
    /// <param name="key">The figure stated.</param>
    /// <param name="quantity">The quantity stated.</param>
    internal StatementUsesTheFiguresMeasure(FigureKey key, ReportedQuantity quantity)
    {
        this.key = key;
        this.quantity = quantity;
    }

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message =>
        $"The figure {key.Name} counts {key.Measure.Name} ({string.Join("、", key.Measure.Units.Select(u => u.Symbol))}); a statement in {quantity.Unit?.Symbol ?? "no unit"} counts something else.";

    /// <inheritdoc />
    public bool IsBroken() => !key.Measure.Accepts(quantity.Unit);
}
