using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Issues;

namespace TaiAffairs.Domain.Mechanisms.Rules;

/// <summary>Rule <c>mechanism.case-of-the-mechanisms-district</c>: a mechanism's cases are issues handled by its own district.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct CaseOfTheMechanismsDistrict : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "mechanism.case-of-the-mechanisms-district";

    private readonly ServiceIssue issue;
    private readonly District district;

    internal CaseOfTheMechanismsDistrict(ServiceIssue issue, District district) => (this.issue, this.district) = (issue, district);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A mechanism's case must be an issue handled by the mechanism's own district.";

    /// <inheritdoc />
    public bool IsBroken() => issue.District != district;
}
