using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Mechanisms.Rules;

/// <summary>Rule <c>mechanism.case-of-the-mechanisms-district</c>: a mechanism's cases are issues handled by its own district.</summary>
public sealed class CaseOfTheMechanismsDistrict : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "mechanism.case-of-the-mechanisms-district";

    private readonly bool sameDistrict;

    internal CaseOfTheMechanismsDistrict(bool sameDistrict) => this.sameDistrict = sameDistrict;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A mechanism's case must be an issue handled by the mechanism's own district.";

    /// <inheritdoc />
    public bool IsBroken() => !sameDistrict;
}
