using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Mechanisms.Rules;

/// <summary>Rule <c>mechanism.cases-are-unique</c>: an issue is recorded as a case of a mechanism once.</summary>
public sealed class CasesAreUnique : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "mechanism.cases-are-unique";

    private readonly bool duplicate;

    internal CasesAreUnique(bool duplicate) => this.duplicate = duplicate;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "This issue is already a case of the mechanism.";

    /// <inheritdoc />
    public bool IsBroken() => duplicate;
}
