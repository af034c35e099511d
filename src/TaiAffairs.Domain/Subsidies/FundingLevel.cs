using Ardalis.SmartEnum;

namespace TaiAffairs.Domain.Subsidies;

/// <summary>Who funds an award: the city (市级), the district (区级), or both (市、区级).</summary>
/// <remarks>Equality by identity. <c>List</c> is sorted by name; <see cref="All"/> is in declaration order.</remarks>
public sealed class FundingLevel : SmartEnum<FundingLevel>
{
    /// <summary>市级: city funds.</summary>
    public static readonly FundingLevel City = new(nameof(City), 1, "市级");

    /// <summary>区级: district funds.</summary>
    public static readonly FundingLevel District = new(nameof(District), 2, "区级");

    /// <summary>市、区级: city and district funds together; the award may carry the split.</summary>
    public static readonly FundingLevel CityAndDistrict = new(nameof(CityAndDistrict), 3, "市、区级");

    private static readonly FundingLevel[] Declared = [City, District, CityAndDistrict];

    private FundingLevel(string name, int value, string chineseName)
        : base(name, value) => ChineseName = chineseName;

    /// <summary>Gets every level in declaration order.</summary>
    public static IReadOnlyList<FundingLevel> All { get; } = Array.AsReadOnly(Declared);

    /// <summary>Gets the Chinese name, e.g. <c>市、区级</c>.</summary>
    public string ChineseName { get; }
}
