using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.SmartEnum;

namespace TaiAffairs.Domain.Common;

/// <summary>
/// A county-level district (区、县、县级市) of the mainland, with its GB/T 2260 administrative division code as the
/// smart enum's value and its Chinese name as <c>Name</c>. Tianjin's 16 districts have typed fields
/// (<see cref="Baodi"/> ... ; 120101 和平区 ... 120119 蓟州区); every other one of the 2,978 is found by its code
/// (<see cref="FromCode"/>: 110101 东城区) or name, from the embedded 2023 statistical division codes.
/// </summary>
/// <remarks>
/// Equality is by identity (one instance per district). <c>List</c> and <see cref="All"/> are Tianjin's 16 (code
/// order for <see cref="All"/>); <see cref="AllInChina"/> is every county-level district. Immutable and thread-safe.
/// </remarks>
public sealed class District : SmartEnum<District>
{
    /// <summary>和平区 Heping, 120101.</summary>
    public static readonly District Heping = new("和平区", 120101, "Heping");

    /// <summary>河东区 Hedong, 120102.</summary>
    public static readonly District Hedong = new("河东区", 120102, "Hedong");

    /// <summary>河西区 Hexi, 120103.</summary>
    public static readonly District Hexi = new("河西区", 120103, "Hexi");

    /// <summary>南开区 Nankai, 120104.</summary>
    public static readonly District Nankai = new("南开区", 120104, "Nankai");

    /// <summary>河北区 Hebei, 120105.</summary>
    public static readonly District Hebei = new("河北区", 120105, "Hebei");

    /// <summary>红桥区 Hongqiao, 120106.</summary>
    public static readonly District Hongqiao = new("红桥区", 120106, "Hongqiao");

    /// <summary>东丽区 Dongli, 120110.</summary>
    public static readonly District Dongli = new("东丽区", 120110, "Dongli");

    /// <summary>西青区 Xiqing, 120111.</summary>
    public static readonly District Xiqing = new("西青区", 120111, "Xiqing");

    /// <summary>津南区 Jinnan, 120112.</summary>
    public static readonly District Jinnan = new("津南区", 120112, "Jinnan");

    /// <summary>北辰区 Beichen, 120113.</summary>
    public static readonly District Beichen = new("北辰区", 120113, "Beichen");

    /// <summary>武清区 Wuqing, 120114.</summary>
    public static readonly District Wuqing = new("武清区", 120114, "Wuqing");

    /// <summary>宝坻区 Baodi, 120115.</summary>
    public static readonly District Baodi = new("宝坻区", 120115, "Baodi");

    /// <summary>滨海新区 Binhai New Area, 120116.</summary>
    public static readonly District Binhai = new("滨海新区", 120116, "Binhai New Area");

    /// <summary>宁河区 Ninghe, 120117.</summary>
    public static readonly District Ninghe = new("宁河区", 120117, "Ninghe");

    /// <summary>静海区 Jinghai, 120118.</summary>
    public static readonly District Jinghai = new("静海区", 120118, "Jinghai");

    /// <summary>蓟州区 Jizhou, 120119.</summary>
    public static readonly District Jizhou = new("蓟州区", 120119, "Jizhou");

    private static readonly District[] InCodeOrder =
        [Heping, Hedong, Hexi, Nankai, Hebei, Hongqiao, Dongli, Xiqing, Jinnan, Beichen, Wuqing, Baodi, Binhai, Ninghe, Jinghai, Jizhou];

    private District(string chineseName, int code, string? englishName)
        : base(chineseName, code)
    {
        EnglishName = englishName ?? chineseName;
        CodeText = code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ShortName = chineseName.EndsWith("新区", StringComparison.Ordinal) ? chineseName[..^2] : chineseName[..^1];
    }

    /// <summary>Gets the code as invariant text, made once (record keys use it on the hot path).</summary>
    internal string CodeText { get; }

    /// <summary>Gets the 16 districts in code order.</summary>
    public static IReadOnlyList<District> All { get; } = Array.AsReadOnly(InCodeOrder);

    /// <summary>Gets the GB/T 2260 code, e.g. 120115 (the smart enum's value).</summary>
    public int Code => Value;

    /// <summary>Gets the Chinese name, e.g. <c>宝坻区</c> (the smart enum's name).</summary>
    public string ChineseName => Name;

    /// <summary>Gets the short Chinese name the reviews use, e.g. <c>宝坻</c>, <c>滨海</c>.</summary>
    public string ShortName { get; }

    /// <summary>Gets the English name, e.g. <c>Baodi</c>; outside Tianjin, where the package has none, the Chinese name.</summary>
    public string EnglishName { get; }

    /// <summary>Finds a district by its GB/T 2260 code.</summary>
    /// <param name="code">The code, e.g. 120115.</param>
    /// <param name="district">The district, when found.</param>
    /// <returns>Whether <paramref name="code"/> is a county-level district's code (Tianjin's are found without reading the division data).</returns>
    public static bool TryFromCode(int code, [NotNullWhen(true)] out District? district)
    {
        district = TianjinByCode(code);
        if (district is null && code is >= 110000 and <= 659999)
        {
            Divisions.Districts.TryGetValue(code, out district);
        }

        return district is not null;
    }

    /// <summary>Finds a district by its GB/T 2260 code.</summary>
    /// <param name="code">The code, e.g. 120115.</param>
    /// <returns>The district.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not a county-level district's code.</exception>
    public static District FromCode(int code) =>
        TryFromCode(code, out var district)
            ? district
            : throw new ArgumentOutOfRangeException(
                nameof(code),
                string.Create(CultureInfo.InvariantCulture, $"{code} is not a county-level district's code (GB/T 2260, six digits; Tianjin's: 120101-120106, 120110-120119)."));

    /// <summary>
    /// Finds a district by name: a Tianjin district's Chinese name (<c>宝坻区</c>), short name (<c>宝坻</c>) or English
    /// name (<c>Baodi</c>, case-insensitive); else the Chinese name of a county-level district whose name is unique in
    /// the mainland (<c>东城区</c>; <c>鼓楼区</c> names several: use <see cref="WithChineseName"/> or the code).
    /// </summary>
    /// <param name="name">The name.</param>
    /// <param name="district">The district, when found.</param>
    /// <returns>Whether <paramref name="name"/> names a district.</returns>
    public static bool TryFromAnyName(string? name, [NotNullWhen(true)] out District? district)
    {
        var trimmed = name?.Trim();
        district = string.IsNullOrEmpty(trimmed)
            ? null
            : Array.Find(
                InCodeOrder,
                d => d.Name == trimmed || d.ShortName == trimmed || string.Equals(d.EnglishName, trimmed, StringComparison.OrdinalIgnoreCase));
        if (district is null && !string.IsNullOrEmpty(trimmed) && WithChineseName(trimmed) is [var only])
        {
            district = only;
        }

        return district is not null;
    }

    /// <summary>Finds a district by any of its names; see <see cref="TryFromAnyName(string?, out District?)"/>.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The district.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> names no district, or several (the message lists their codes).</exception>
    public static District FromAnyName(string name)
    {
        if (TryFromAnyName(name, out var district))
        {
            return district;
        }

        var several = string.IsNullOrWhiteSpace(name) ? [] : WithChineseName(name.Trim());
        throw new ArgumentException(
            several.Count > 1
                ? $"{name.Trim()} names {several.Count} districts; give the code: {string.Join(", ", several.Select(d => $"{d.Code} ({d.Prefecture})"))}."
                : "The name is not a county-level district's (e.g. 宝坻区, 宝坻, Baodi or 东城区).",
            nameof(name));
    }

    /// <summary>Gets every county-level district of the mainland in code order (2,978; read from the embedded data on first use).</summary>
    public static IReadOnlyList<District> AllInChina => Divisions.InCodeOrder;

    /// <summary>Gets the districts with a Chinese name (several cities have a 鼓楼区), in code order.</summary>
    /// <param name="chineseName">The full Chinese name (<c>鼓楼区</c>).</param>
    /// <returns>The districts; empty when none has it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chineseName"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<District> WithChineseName(string chineseName)
    {
        ArgumentNullException.ThrowIfNull(chineseName);
        return [.. Divisions.ByName[chineseName.Trim()].OrderBy(d => d.Code)];
    }

    /// <summary>Gets the prefecture-level division it belongs to (天津市市辖区 for Tianjin's districts).</summary>
    public Prefecture Prefecture => Divisions.Prefectures[Code / 100];

    /// <summary>Gets the province-level division it belongs to (天津市).</summary>
    public Province Province => Divisions.Provinces[Code / 10000];

    /// <summary>Gets whether it is one of Tianjin's 16 districts.</summary>
    public bool IsInTianjin => Code / 10000 == 12;

    /// <summary>
    /// Gets its township-level areas (街道, 镇, 乡 and others) in code order, from the embedded data (read on the first
    /// request for any district's); <see cref="Area.IsSubdistrictOrTown"/> counts 宝坻's 24个街镇.
    /// </summary>
    public IReadOnlyList<Area> Areas => Divisions.TownshipsOf(this);

    /// <summary>Gets how many subdistricts and towns (街镇) it has, computed from <see cref="Areas"/> (宝坻区: 24).</summary>
    public int SubdistrictsAndTowns => Areas.Count(a => a.IsSubdistrictOrTown);

    /// <summary>Gets a Tianjin district by code without reading the division data.</summary>
    internal static District? TianjinByCode(int code)
    {
        foreach (var district in InCodeOrder)
        {
            if (district.Value == code)
            {
                return district;
            }
        }

        return null;
    }

    /// <summary>Creates a district outside Tianjin, once, for the division table.</summary>
    internal static District Other(string chineseName, int code) => new(chineseName, code, null);
}
