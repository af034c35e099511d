using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.Tests.Interchange;

namespace TaiAffairs.Domain.Tests.Hardening;

/// <summary>What a fuzz case drives.</summary>
public enum FuzzTarget
{
    Money,
    Quantity,
    CreditCode,
    ResidencePermit,
    TravelPermit,
    Id,
    HolidayJson,
    Document,
}

/// <summary>One fuzz case: a target and the mutated input it gets.</summary>
public sealed record FuzzCase(FuzzTarget Target, byte[] Input, string Mutations)
{
    public override string ToString()
    {
        var text = Encoding.UTF8.GetString(Input);
        return $"{Target} after {Mutations}: {(text.Length > 160 ? text[..160] + "…" : text)}";
    }
}

/// <summary>
/// FsCheck generators that mutate valid inputs: byte flips, truncation at any offset, deleted and duplicated spans,
/// invalid UTF-8, lone surrogates, huge numbers and strings, deep nesting, and, for JSON, deleted, duplicated,
/// renamed and retyped fields and dates at the edges of every documented range.
/// </summary>
public static class FuzzCases
{
    private static readonly string[] Amounts = ["300万", "58.09万元", "1,234.50元", "0.01元", "-5元", "1亿元", "157.5万元"];
    private static readonly string[] Quantities = ["20户次", "10余个", "近百人", "上百名", "500余份", "十项", "11至19个", "不少于100名", "3场次"];
    private static readonly string[] Edges =
        ["0001-01-01", "1899-12-31", "1900-01-01", "2006-12-31", "2027-01-04", "2030-06-01", "9999-12-31", "-0001-01-01", "2021-02-29", "2021-13-01"];

    private static readonly string[] Junk =
        ["\\ud800", "\\udfff", "1e309", "-99999999999999999999999", "99999999999999999999", "null", "[]", "{}", "true", "\"\"", "\"x\"", "0", "-1", "1.5"];

    private static readonly byte[][] BadUtf8 = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xEF, 0xBB, 0xBF]];

    private static readonly Lazy<string[]> Documents = new(() =>
        [Tianjin2021DataSetTests.DataSetJson(), .. Enumerable.Range(0, 4).Select(seed => DataSetExporter.Export(DataSetGenerators.Build(seed, 2)))]);

    private static readonly Lazy<string> HolidaySample = new(() =>
    {
        using var stream = typeof(Money).Assembly.GetManifestResourceStream("TaiAffairs.Domain.HolidayData.2021.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>A valid input of a target.</summary>
    public static Gen<byte[]> Seed(FuzzTarget target) => target switch
    {
        FuzzTarget.Money => Gen.Elements(Amounts).Select(Encoding.UTF8.GetBytes),
        FuzzTarget.Quantity => Gen.Elements(Quantities).Select(Encoding.UTF8.GetBytes),
        FuzzTarget.CreditCode => Gen.Constant(Encoding.UTF8.GetBytes("91350100M000100Y43")),
        FuzzTarget.ResidencePermit => Gen.Constant(Encoding.UTF8.GetBytes("83000019900520012X")),
        FuzzTarget.TravelPermit => Gen.Elements("12345678", "1234567890(B)").Select(Encoding.UTF8.GetBytes),
        FuzzTarget.Id => Gen.Elements("baodi-grid", "a", "x:y.z_1").Select(Encoding.UTF8.GetBytes),
        FuzzTarget.HolidayJson => Gen.Fresh(() => Encoding.UTF8.GetBytes(HolidaySample.Value)),
        _ => Gen.Choose(0, 4).Select(i => Encoding.UTF8.GetBytes(Documents.Value[i])),
    };

    /// <summary>Cases: about one in five a document, the rest the parsers.</summary>
    public static Gen<FuzzCase> Case { get; } =
        from target in Environment.GetEnvironmentVariable("FUZZ_TARGET") is { } only && Enum.TryParse<FuzzTarget>(only, out var focus) ? Gen.Constant(focus) : Gen.Frequency(
            (3, Gen.Constant(FuzzTarget.Money)), (3, Gen.Constant(FuzzTarget.Quantity)), (1, Gen.Constant(FuzzTarget.CreditCode)),
            (1, Gen.Constant(FuzzTarget.ResidencePermit)), (1, Gen.Constant(FuzzTarget.TravelPermit)), (1, Gen.Constant(FuzzTarget.Id)),
            (1, Gen.Constant(FuzzTarget.HolidayJson)), (3, Gen.Constant(FuzzTarget.Document)))
        from seed in Seed(target)
        from count in Gen.Choose(1, 3)
        from mutations in Gen.ListOf(Mutation(target is FuzzTarget.Document or FuzzTarget.HolidayJson), count)
        select Apply(target, seed, mutations);

    private static FuzzCase Apply(FuzzTarget target, byte[] input, IEnumerable<(string Name, Func<byte[], byte[]> Apply)> mutations)
    {
        var names = new List<string>();
        foreach (var (name, apply) in mutations)
        {
            input = apply(input);
            names.Add(name);
        }

        return new FuzzCase(target, input, string.Join("+", names));
    }

    private static Gen<(string, Func<byte[], byte[]>)> Mutation(bool json)
    {
        var bytes = Gen.OneOf(
            Gen.Choose(0, int.MaxValue).Two().Select(t => ("flip", (Func<byte[], byte[]>)(b => Flip(b, t.Item1, t.Item2)))),
            Gen.Choose(0, int.MaxValue).Select(o => ("truncate", (Func<byte[], byte[]>)(b => b.Length == 0 ? b : b[..(o % b.Length)]))),
            Gen.Choose(0, int.MaxValue).Two().Select(t => ("delete", (Func<byte[], byte[]>)(b => Delete(b, t.Item1, t.Item2)))),
            Gen.Choose(0, int.MaxValue).Two().Select(t => ("duplicate", (Func<byte[], byte[]>)(b => Duplicate(b, t.Item1, t.Item2)))),
            Gen.Choose(0, int.MaxValue).Zip(Gen.Elements(BadUtf8)).Select(t => ("bad-utf8", (Func<byte[], byte[]>)(b => Insert(b, t.Item1, t.Item2)))),
            Gen.Choose(0, int.MaxValue).Zip(Gen.Elements(Junk)).Select(t => ("junk", (Func<byte[], byte[]>)(b => Insert(b, t.Item1, Encoding.UTF8.GetBytes(t.Item2))))),
            Gen.Choose(0, int.MaxValue).Select(o => ("huge-string", (Func<byte[], byte[]>)(b => Insert(b, o, Encoding.UTF8.GetBytes(new string('9', 200_000)))))),
            Gen.Choose(0, int.MaxValue).Select(o => ("deep", (Func<byte[], byte[]>)(b => Insert(b, o, Encoding.UTF8.GetBytes(new string('[', 300) + new string(']', 300)))))));
        if (!json)
        {
            return bytes;
        }

        var fields = Gen.Choose(0, int.MaxValue).Two().Select(t => ("field", (Func<byte[], byte[]>)(b => MutateField(b, t.Item1, t.Item2))));
        return Gen.Frequency((2, bytes), (3, fields));
    }

    private static byte[] Flip(byte[] b, int at, int bits) => b.Length == 0 ? b : b.Select((x, i) => i == at % b.Length ? (byte)(x ^ (1 + (bits % 255))) : x).ToArray();

    private static byte[] Delete(byte[] b, int at, int length)
    {
        if (b.Length == 0)
        {
            return b;
        }

        var start = at % b.Length;
        var count = Math.Min(length % 64 + 1, b.Length - start);
        return [.. b[..start], .. b[(start + count)..]];
    }

    private static byte[] Duplicate(byte[] b, int at, int length)
    {
        if (b.Length == 0)
        {
            return b;
        }

        var start = at % b.Length;
        var count = Math.Min(length % 64 + 1, b.Length - start);
        return [.. b[..(start + count)], .. b[start..]];
    }

    private static byte[] Insert(byte[] b, int at, byte[] what)
    {
        var i = b.Length == 0 ? 0 : at % (b.Length + 1);
        return [.. b[..i], .. what, .. b[i..]];
    }

    /// <summary>Deletes, duplicates, renames or retypes one field, or moves a date to an edge of its range.</summary>
    private static byte[] MutateField(byte[] b, int pick, int how)
    {
        try
        {
            return TryMutateField(b, pick, how);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.Text.Json.JsonException)
        {
            // The input is no longer JSON a JsonNode can hold (a duplicate key, a lone surrogate): keep it as it is.
            return b;
        }
    }

    private static byte[] TryMutateField(byte[] b, int pick, int how)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(b);
        }
        catch (System.Text.Json.JsonException)
        {
            return b;
        }

        var objects = new List<JsonObject>();
        Collect(root, objects);
        var candidates = objects.Where(o => o.Count > 0).ToArray();
        if (candidates.Length == 0)
        {
            return b;
        }

        var obj = candidates[pick % candidates.Length];
        var (key, value) = obj.ElementAt(how % obj.Count);
        switch (how % 5)
        {
            case 0:
                obj.Remove(key);
                break;
            case 1:
                obj.Remove(key);
                obj[key + "x"] = value;
                break;
            case 2:
                obj[key] = Retype(how / 5);
                break;
            case 3:
                obj[key] = Edges[(how / 5) % Edges.Length];
                break;
            default:
                // A duplicated key: the same field twice in one object.
                var text = root!.ToJsonString();
                var marker = "\"" + key + "\":";
                var at = text.IndexOf(marker, StringComparison.Ordinal);
                return at < 0 ? b : Encoding.UTF8.GetBytes(text.Insert(at, marker + (value?.ToJsonString() ?? "null") + ","));
        }

        return Encoding.UTF8.GetBytes(root!.ToJsonString());
    }

    private static JsonNode? Retype(int which) => (which % 9) switch
    {
        0 => JsonValue.Create("s"),
        1 => JsonValue.Create(1),
        2 => null,
        3 => new JsonArray(),
        4 => new JsonObject(),
        5 => JsonValue.Create(true),
        6 => JsonValue.Create(long.MaxValue),
        7 => JsonValue.Create(-1.5),
        _ => JsonValue.Create(new string('x', 100_000)),
    };

    private static void Collect(JsonNode? node, List<JsonObject> objects)
    {
        switch (node)
        {
            case JsonObject obj:
                objects.Add(obj);
                foreach (var (_, value) in obj)
                {
                    Collect(value, objects);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, objects);
                }

                break;
        }
    }
}
