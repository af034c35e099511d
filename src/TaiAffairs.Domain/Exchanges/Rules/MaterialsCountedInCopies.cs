using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Exchanges.Rules;

/// <summary>Rule <c>exchange.materials-counted-in-copies</c>: Publicity materials are counted in copies (份), and sessions in 场次 or 次.</summary>
public sealed class MaterialsCountedInCopies : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "exchange.materials-counted-in-copies";

    private readonly bool valid;

    internal MaterialsCountedInCopies(bool valid) => this.valid = valid;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "Publicity materials are counted in copies (份), and sessions in 场次 or 次.";

    /// <inheritdoc />
    public bool IsBroken() => !valid;
}
