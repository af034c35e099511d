using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups.Rules;

/// <summary>Rule <c>leading-group.office-is-the-districts-office</c>: The group's office must be an office (办) of the group's own district, its 区委台办.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct OfficeIsTheDistrictsOffice : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "leading-group.office-is-the-districts-office";

    private readonly Department office;
    private readonly District district;

    internal OfficeIsTheDistrictsOffice(Department office, District district) => (this.office, this.district) = (office, district);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "The group's office must be an office (办) of the group's own district, its 区委台办.";

    /// <inheritdoc />
    public bool IsBroken() => office.Kind != DepartmentKind.Office || office.District != district;
}
