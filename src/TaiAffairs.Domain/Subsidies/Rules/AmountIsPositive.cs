using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Subsidies.Rules;

/// <summary>Rule <c>subsidy.amount-is-positive</c>: A subsidy award must be a positive amount of money.</summary>
public sealed class AmountIsPositive : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "subsidy.amount-is-positive";

    private readonly bool positive;

    internal AmountIsPositive(bool positive) => this.positive = positive;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A subsidy award must be a positive amount of money.";

    /// <inheritdoc />
    public bool IsBroken() => !positive;
}
