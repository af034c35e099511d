namespace TaiAffairs.Domain.Common.Rules;

/// <summary>A donation, an investment or a subsidy award is a positive amount of money.</summary>
/// <remarks>The rule decides from the amount. Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct AmountIsPositive : IBusinessRule
{
    /// <summary>The code for an enterprise's donations and investments.</summary>
    public const string EnterpriseCode = "enterprise.amount-is-positive";

    /// <summary>The code for a subsidy award.</summary>
    public const string SubsidyCode = "subsidy.amount-is-positive";

    private readonly Money amount;

    internal AmountIsPositive(string code, Money amount) => (Code, this.amount) = (code, amount);

    /// <inheritdoc />
    public string Code { get; }

    /// <inheritdoc />
    public string Message => "A donation, an investment or a subsidy award must be a positive amount of money.";

    /// <inheritdoc />
    public bool IsBroken() => !amount.IsPositive;
}
