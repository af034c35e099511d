using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups.Rules;

/// <summary>Rule <c>directory.area-of-the-district</c>: An area a district's records point to lies in that district, and is listed once.</summary>
/// <remarks>Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct AreaOfTheDistrict : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "directory.area-of-the-district";

    private readonly District district;
    private readonly Area? area;
    private readonly bool duplicate;

    internal AreaOfTheDistrict(District district, Area? area, bool duplicate)
    {
        this.district = district;
        this.area = area;
        this.duplicate = duplicate;
    }

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => area is null
        ? $"The code names no area of {district.ChineseName}."
        : duplicate ? $"The area {area.Code} is listed twice." : $"The area {area.Code} lies in {area.District.ChineseName}, not in {district.ChineseName}.";

    /// <inheritdoc />
    public bool IsBroken() => area is null || duplicate || area.District != district;
}
