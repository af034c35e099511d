using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Exchanges.Rules;

/// <summary>Rule <c>exchange.publicity-names-a-package</c>: Policy publicity names at least one measures package.</summary>
public sealed class PublicityNamesAPackage : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "exchange.publicity-names-a-package";

    private readonly bool valid;

    internal PublicityNamesAPackage(bool valid) => this.valid = valid;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "Policy publicity names at least one measures package.";

    /// <inheritdoc />
    public bool IsBroken() => !valid;
}
