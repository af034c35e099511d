using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups.Rules;

/// <summary>Rule <c>leading-group.membership-intervals-never-overlap</c>: A unit that is already a member on the adjustment's date cannot be added again: a unit's membership intervals never overlap.</summary>
public sealed class MembershipIntervalsNeverOverlap : IBusinessRule
{
    private readonly bool alreadyMember;

    internal MembershipIntervalsNeverOverlap(bool alreadyMember) => this.alreadyMember = alreadyMember;

    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "leading-group.membership-intervals-never-overlap";

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A unit that is already a member on the adjustment's date cannot be added again: a unit's membership intervals never overlap.";

    /// <inheritdoc />
    public bool IsBroken() => alreadyMember;
}
