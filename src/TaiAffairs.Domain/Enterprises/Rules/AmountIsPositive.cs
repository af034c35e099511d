using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Enterprises.Rules;

/// <summary>Rule <c>enterprise.amount-is-positive</c>: A donation or an investment must be a positive amount of money.</summary>
public sealed class AmountIsPositive : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "enterprise.amount-is-positive";

    private readonly Money amount;

    internal AmountIsPositive(Money amount) => this.amount = amount;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A donation or an investment must be a positive amount of money.";

    /// <inheritdoc />
    public bool IsBroken() => !amount.IsPositive;
}
