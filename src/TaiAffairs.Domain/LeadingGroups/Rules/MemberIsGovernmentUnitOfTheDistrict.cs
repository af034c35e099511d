using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups.Rules;

/// <summary>Rule <c>leading-group.member-is-government-unit-of-the-district</c>: A member unit must be a government body of the group's district or of the city; partner banks, universities and other districts' units cannot be members.</summary>
public sealed class MemberIsGovernmentUnitOfTheDistrict : IBusinessRule
{
    private readonly bool eligible;

    internal MemberIsGovernmentUnitOfTheDistrict(bool eligible) => this.eligible = eligible;

    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "leading-group.member-is-government-unit-of-the-district";

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A member unit must be a government body of the group's district or of the city; partner banks, universities and other districts' units cannot be members.";

    /// <inheritdoc />
    public bool IsBroken() => !eligible;
}
