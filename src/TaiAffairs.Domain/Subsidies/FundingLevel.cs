using Ardalis.SmartEnum;

namespace TaiAffairs.Domain.Subsidies;

/// <summary>Who funds an award: the city (市级), the district (区级), both (市、区级), or not stated by the source.</summary>
/// <remarks>Equality by identity. <c>List</c> is sorted by name; <see cref="All"/> is in declaration order. Its values are immutable singletons; thread-safe.</remarks>
public sealed class FundingLevel : SmartEnum<FundingLevel>
{
    /// <summary>市级: city funds.</summary>
    public static readonly FundingLevel City = new(nameof(City), 1, "市级");

    /// <summary>区级: district funds.</summary>
    public static readonly FundingLevel District = new(nameof(District), 2, "区级");

    /// <summary>市、区级: city and district funds together; the award may carry the split.</summary>
    public static readonly FundingLevel CityAndDistrict = new(nameof(CityAndDistrict), 3, "市、区级");

    /// <summary>未注明: the source does not say who funds it (recorded as stated, never guessed).</summary>
    public static readonly FundingLevel NotStated = new(nameof(NotStated), 9, "未注明");

    private static readonly FundingLevel[] Declared = [City, District, CityAndDistrict, NotStated];

    private FundingLevel(string name, int value, string chineseName)
        : base(name, value) => ChineseName = chineseName;

    /// <summary>Gets every level in declaration order.</summary>
    public static IReadOnlyList<FundingLevel> All { get; } = Array.AsReadOnly(Declared);

    /// <summary>Gets the Chinese name, e.g. <c>市、区级</c>.</summary>
    public string ChineseName { get; }
}
