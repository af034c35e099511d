using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Enterprises.Rules;

/// <summary>Rule <c>enterprise.one-designation-per-kind-and-year</c>: An enterprise holds at most one designation or honour of each kind per year.</summary>
public sealed class OneDesignationPerKindAndYear : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "enterprise.one-designation-per-kind-and-year";

    private readonly bool alreadyHeld;

    internal OneDesignationPerKindAndYear(bool alreadyHeld) => this.alreadyHeld = alreadyHeld;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "An enterprise holds at most one designation or honour of each kind per year.";

    /// <inheritdoc />
    public bool IsBroken() => alreadyHeld;
}
