using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups.Rules;

/// <summary>Rule <c>leading-group.removed-unit-is-member</c>: Only a unit that has been a member since before the adjustment's date can be removed.</summary>
public sealed class RemovedUnitIsMember : IBusinessRule
{
    private readonly bool isMemberBefore;

    internal RemovedUnitIsMember(bool isMemberBefore) => this.isMemberBefore = isMemberBefore;

    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "leading-group.removed-unit-is-member";

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "Only a unit that has been a member since before the adjustment's date can be removed.";

    /// <inheritdoc />
    public bool IsBroken() => !isMemberBefore;
}
