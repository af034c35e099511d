using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Exchanges.Rules;

/// <summary>Rule <c>exchange.materials-counted-in-copies</c>: Publicity materials are counted in copies (份), and sessions in 场次 or 次.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct MaterialsCountedInCopies : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "exchange.materials-counted-in-copies";

    private readonly ReportedQuantity? materials;
    private readonly ReportedQuantity? sessions;

    internal MaterialsCountedInCopies(ReportedQuantity? materials, ReportedQuantity? sessions) => (this.materials, this.sessions) = (materials, sessions);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "Publicity materials are counted in copies (份), and sessions in 场次 or 次.";

    /// <inheritdoc />
    public bool IsBroken() => (materials is { } m && m.Unit != QuantityUnit.Fen) || (sessions is { } s && !Measure.Occasions.Accepts(s.Unit));
}
