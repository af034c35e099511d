using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups.Rules;

/// <summary>Rule <c>leading-group.member-is-government-unit-of-the-district</c>: A member unit must be a government body of the group's district or of the city; partner banks, universities and other districts' units cannot be members.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct MemberIsGovernmentUnitOfTheDistrict : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "leading-group.member-is-government-unit-of-the-district";

    private readonly Department unit;
    private readonly District district;

    internal MemberIsGovernmentUnitOfTheDistrict(Department unit, District district) => (this.unit, this.district) = (unit, district);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A member unit must be a government body of the group's district or of the city; partner banks, universities and other districts' units cannot be members.";

    /// <inheritdoc />
    public bool IsBroken() => !unit.Kind.IsGovernmentBody || (unit.District is { } own && own != district);
}
