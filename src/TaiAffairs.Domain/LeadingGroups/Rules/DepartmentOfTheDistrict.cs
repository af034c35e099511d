using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups.Rules;

/// <summary>Rule <c>directory.department-of-the-district</c>: A district's directory lists departments of that district or of the city, each once.</summary>
/// <remarks>Built with the facts by the factory that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct DepartmentOfTheDistrict : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "directory.department-of-the-district";

    private readonly District district;
    private readonly Department department;
    private readonly bool duplicate;

    internal DepartmentOfTheDistrict(District district, Department department, bool duplicate)
    {
        this.district = district;
        this.department = department;
        this.duplicate = duplicate;
    }

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => duplicate
        ? $"The department {department.Id} is listed twice."
        : $"The department {department.Id} is of {department.District?.ChineseName}, not of {district.ChineseName} or the city.";

    /// <inheritdoc />
    public bool IsBroken() => duplicate || (department.District is { } own && own != district);
}
