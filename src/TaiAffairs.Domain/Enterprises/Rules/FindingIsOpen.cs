using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Enterprises.Rules;

/// <summary>Rule <c>enterprise.finding-is-open</c>: Only a recorded, still open safety finding can be rectified.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct FindingIsOpen : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "enterprise.finding-is-open";

    private readonly SafetyFinding? finding;

    internal FindingIsOpen(SafetyFinding? finding) => this.finding = finding;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "Only a recorded, still open safety finding can be rectified.";

    /// <inheritdoc />
    public bool IsBroken() => finding is not { IsOpen: true };
}
