using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Enterprises.Rules;

/// <summary>Rule <c>enterprise.finding-is-open</c>: Only a recorded, still open safety finding can be rectified.</summary>
public sealed class FindingIsOpen : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "enterprise.finding-is-open";

    private readonly bool isOpen;

    internal FindingIsOpen(bool isOpen) => this.isOpen = isOpen;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "Only a recorded, still open safety finding can be rectified.";

    /// <inheritdoc />
    public bool IsBroken() => !isOpen;
}
