using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using System.Text;

namespace TaiAffairs.Domain.Common;

/// <summary>A province-level division (省级): a province, an autonomous region or a municipality such as 天津市.</summary>
/// <param name="Code">The two-digit code (天津市: 12).</param>
/// <param name="Name">The name (天津市).</param>
/// <remarks>From the embedded 2023 statistical division codes; immutable.</remarks>
public sealed record Province(int Code, string Name)
{
    /// <summary>Returns the name and code.</summary>
    /// <returns>E.g. <c>天津市 (12)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({Code})");
}

/// <summary>A prefecture-level division (地级): a city, a prefecture, a league; 市辖区 for a municipality's districts.</summary>
/// <param name="Code">The four-digit code (天津市市辖区: 1201).</param>
/// <param name="Name">The name (市辖区 for a municipality).</param>
/// <param name="Province">The province it belongs to.</param>
/// <remarks>From the embedded 2023 statistical division codes; immutable.</remarks>
public sealed record Prefecture(int Code, string Name, Province Province)
{
    /// <summary>Returns the province's and the prefecture's names and the code.</summary>
    /// <returns>E.g. <c>天津市市辖区 (1201)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Province.Name}{Name} ({Code})");
}

/// <summary>What an area below a county-level district is.</summary>
public enum AreaKind
{
    /// <summary>A subdistrict (街道).</summary>
    Subdistrict = 1,

    /// <summary>A town (镇).</summary>
    Town = 2,

    /// <summary>A township (乡, including 民族乡 and 苏木).</summary>
    Township = 3,

    /// <summary>Another township-level unit: a development zone, a farm, an industrial park (codes 4xx-5xx and the like).</summary>
    OtherTownshipLevel = 4,

    /// <summary>An urban community (社区), supplied by a host under a township-level area.</summary>
    Community = 5,

    /// <summary>A village (村), supplied by a host under a township-level area.</summary>
    Village = 6,
}

/// <summary>
/// The embedded division data (National Bureau of Statistics' 2023 statistical division codes, from the
/// <c>china-division</c> data set, WTFPL; see licenses/china-division): 31 provinces, 342 prefectures, 2,978
/// county-level districts read on first use (85 KB), and 41,352 township-level areas read, compressed, on the first
/// request for any district's areas (336 KB compressed).
/// </summary>
internal static class Divisions
{
    private static readonly Lazy<Tables> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<FrozenDictionary<int, Area[]>> Townships = new(LoadTownships, LazyThreadSafetyMode.ExecutionAndPublication);

    public static FrozenDictionary<int, District> Districts => Loaded.Value.Districts;

    public static IReadOnlyList<District> InCodeOrder => Loaded.Value.InCodeOrder;

    public static FrozenDictionary<int, Prefecture> Prefectures => Loaded.Value.Prefectures;

    public static FrozenDictionary<int, Province> Provinces => Loaded.Value.Provinces;

    public static ILookup<string, District> ByName => Loaded.Value.ByName;

    public static IReadOnlyList<Area> TownshipsOf(District district) => Townships.Value.TryGetValue(district.Code, out var areas) ? areas : [];

    internal static AreaKind KindOf(string name) =>
        name.EndsWith("街道", StringComparison.Ordinal) || name.EndsWith("街道办事处", StringComparison.Ordinal) ? AreaKind.Subdistrict
        : name.EndsWith('镇') ? AreaKind.Town
        : name.EndsWith('乡') || name.EndsWith("苏木", StringComparison.Ordinal) ? AreaKind.Township
        : AreaKind.OtherTownshipLevel;

    private static Tables Load()
    {
        var provinces = Rows("provinces.csv").ToFrozenDictionary(r => Int(r[0]), r => new Province(Int(r[0]), r[1]));
        var prefectures = Rows("cities.csv").ToFrozenDictionary(r => Int(r[0]), r => new Prefecture(Int(r[0]), r[1], provinces[Int(r[2])]));
        var districts = new List<District>();
        foreach (var row in Rows("areas.csv"))
        {
            var code = Int(row[0]);
            districts.Add(District.TianjinByCode(code) ?? District.Other(row[1], code));
        }

        var frozen = districts.ToFrozenDictionary(d => d.Code);
        return new Tables(
            frozen, districts.OrderBy(d => d.Code).ToArray(), prefectures, provinces, districts.ToLookup(d => d.ChineseName, StringComparer.Ordinal));
    }

    private static FrozenDictionary<int, Area[]> LoadTownships()
    {
        var districts = Districts;
        return Rows("streets.csv.gz")
            .Select(r => (Code: long.Parse(r[0], CultureInfo.InvariantCulture), Name: r[1], District: Int(r[2])))
            .Where(r => districts.ContainsKey(r.District))
            .GroupBy(r => r.District)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderBy(r => r.Code).Select(r => Area.TownshipLevel(r.Code, r.Name, KindOf(r.Name), districts[g.Key])).ToArray());
    }

    private static int Int(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    private static List<string[]> Rows(string file)
    {
        var name = "TaiAffairs.Domain.Divisions." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded division data '{name}' is missing from the package.");
        using var data = file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(data, Encoding.UTF8);
        var rows = new List<string[]>();
        _ = reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                rows.Add(line.Split(',').Select(c => c.Trim('"')).ToArray());
            }
        }

        return rows;
    }

    private sealed record Tables(
        FrozenDictionary<int, District> Districts,
        IReadOnlyList<District> InCodeOrder,
        FrozenDictionary<int, Prefecture> Prefectures,
        FrozenDictionary<int, Province> Provinces,
        ILookup<string, District> ByName);
}
