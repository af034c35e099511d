using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Exchanges.Rules;

/// <summary>Rule <c>exchange.publicity-names-a-package</c>: Policy publicity names at least one measures package.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct PublicityNamesAPackage : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "exchange.publicity-names-a-package";

    private readonly IReadOnlyCollection<PolicyPackage?> packages;

    internal PublicityNamesAPackage(IReadOnlyCollection<PolicyPackage?> packages) => this.packages = packages;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "Policy publicity names at least one measures package.";

    /// <inheritdoc />
    public bool IsBroken() => packages.Count == 0 || packages.Contains(null);
}
