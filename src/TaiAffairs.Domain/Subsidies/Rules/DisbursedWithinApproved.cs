using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Subsidies.Rules;

/// <summary>Rule <c>subsidy.disbursed-within-approved</c>: The payments of an award never add up to more than the amount approved.</summary>
/// <remarks>Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct DisbursedWithinApproved : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "subsidy.disbursed-within-approved";

    private readonly Money disbursed;
    private readonly Money payment;
    private readonly Money approved;

    internal DisbursedWithinApproved(Money disbursed, Money payment, Money approved)
    {
        this.disbursed = disbursed;
        this.payment = payment;
        this.approved = approved;
    }

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => $"The payments would add up to {(disbursed + payment).ToString("W", null)}, above the {approved.ToString("W", null)} approved.";

    /// <inheritdoc />
    public bool IsBroken() => disbursed + payment > approved;
}
