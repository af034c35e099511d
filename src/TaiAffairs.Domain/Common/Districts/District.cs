using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.SmartEnum;

namespace TaiAffairs.Domain.Common;

/// <summary>
/// One of Tianjin's 16 districts, with its GB/T 2260 administrative division code as the smart enum's value
/// (120101 和平区 ... 120119 蓟州区) and its Chinese name as <c>Name</c>.
/// </summary>
/// <remarks>
/// Equality is by identity (one instance per district). <c>List</c> is sorted by
/// name; <see cref="All"/> is in code order. Immutable and thread-safe.
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

    private District(string chineseName, int code, string englishName)
        : base(chineseName, code)
    {
        EnglishName = englishName;
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

    /// <summary>Gets the English name, e.g. <c>Baodi</c>.</summary>
    public string EnglishName { get; }

    /// <summary>Finds a district by its GB/T 2260 code.</summary>
    /// <param name="code">The code, e.g. 120115.</param>
    /// <param name="district">The district, when found.</param>
    /// <returns>Whether <paramref name="code"/> is a Tianjin district code.</returns>
    public static bool TryFromCode(int code, [NotNullWhen(true)] out District? district)
    {
        district = Array.Find(InCodeOrder, d => d.Value == code);
        return district is not null;
    }

    /// <summary>Finds a district by its GB/T 2260 code.</summary>
    /// <param name="code">The code, e.g. 120115.</param>
    /// <returns>The district.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not one of Tianjin's 16 district codes.</exception>
    public static District FromCode(int code) =>
        TryFromCode(code, out var district)
            ? district
            : throw new ArgumentOutOfRangeException(
                nameof(code),
                string.Create(CultureInfo.InvariantCulture, $"{code} is not a Tianjin district code (GB/T 2260: 120101-120106, 120110-120119)."));

    /// <summary>
    /// Finds a district by name: the Chinese name (<c>宝坻区</c>), the short name (<c>宝坻</c>) or the English
    /// name (<c>Baodi</c>, case-insensitive).
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
        return district is not null;
    }

    /// <summary>Finds a district by any of its names; see <see cref="TryFromAnyName(string?, out District?)"/>.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The district.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> names no Tianjin district.</exception>
    public static District FromAnyName(string name) =>
        TryFromAnyName(name, out var district)
            ? district
            : throw new ArgumentException("The name is not one of Tianjin's 16 districts (e.g. 宝坻区, 宝坻 or Baodi).", nameof(name));
}
