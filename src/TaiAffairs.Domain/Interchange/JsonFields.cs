using System.Globalization;
using System.Text.Json;
using Ardalis.SmartEnum;
using NodaTime;
using NodaTime.Text;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Interchange;

/// <summary>Reads typed fields from JSON with path tracking, collecting problems instead of throwing.</summary>
internal sealed class JsonFields
{
    private readonly List<ImportProblem> problems = [];
    private readonly ImportLimits limits;

    public JsonFields(ImportLimits limits) => this.limits = limits;

    public IReadOnlyList<ImportProblem> Problems => problems;

    public bool Full => problems.Count >= limits.MaxProblems;

    public int ProblemCount => problems.Count;

    public void Problem(string path, string code, string message)
    {
        if (problems.Count < limits.MaxProblems)
        {
            problems.Add(new ImportProblem(path, code, message));
        }
    }

    /// <summary>Checks that a value is an object with only known fields.</summary>
    public bool Object(JsonElement element, string path, params string[] fields)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Problem(path, "field.type", "Expected an object.");
            return false;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (System.Array.IndexOf(fields, property.Name) < 0)
            {
                Problem(path + "." + Safe(property.Name), "field.unknown", "Unknown field; the format does not define it.");
            }
        }

        return true;
    }

    public bool TryField(JsonElement obj, string name, string path, bool required, out JsonElement value)
    {
        if (obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            Problem(path + "." + name, "field.missing", "A required field is missing.");
        }

        value = default;
        return false;
    }

    public string? String(JsonElement obj, string name, string path, bool required = true)
    {
        if (!TryField(obj, name, path, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Problem(path + "." + name, "field.type", "Expected a string.");
            return null;
        }

        var text = value.GetString()!;
        if (text.Length > limits.MaxStringLength)
        {
            Problem(path + "." + name, "field.too-long", string.Create(CultureInfo.InvariantCulture, $"A string may have at most {limits.MaxStringLength} characters."));
            return null;
        }

        if (required && string.IsNullOrWhiteSpace(text))
        {
            Problem(path + "." + name, "field.missing", "A required field is blank.");
            return null;
        }

        return text;
    }

    public int? Int(JsonElement obj, string name, string path, bool required = true)
    {
        if (!TryField(obj, name, path, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            Problem(path + "." + name, "field.type", "Expected a whole number.");
            return null;
        }

        return number;
    }

    public bool? Bool(JsonElement obj, string name, string path, bool required = true)
    {
        if (!TryField(obj, name, path, required, out var value))
        {
            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Problem(path + "." + name, "field.type", "Expected true or false.");
            return null;
        }

        return value.GetBoolean();
    }

    public LocalDate? Date(JsonElement obj, string name, string path, bool required = true)
    {
        var text = String(obj, name, path, required);
        if (text is null)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            Problem(path + "." + name, "field.format", "Expected an ISO date, yyyy-MM-dd.");
            return null;
        }

        return parsed.Value;
    }

    public Money? Money(JsonElement obj, string name, string path, bool required = true)
    {
        var text = String(obj, name, path, required);
        if (text is null)
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan)
            || yuan != decimal.Round(yuan, 2) || decimal.Abs(yuan) > 90_000_000_000_000_000m)
        {
            Problem(path + "." + name, "field.format", "Expected an amount in yuan as a decimal string exact to the fen, e.g. \"580900.00\".");
            return null;
        }

        return Common.Money.FromYuan(yuan);
    }

    /// <summary>Reads a quantity: an object with its phrase and, optionally, its bounds, which must agree.</summary>
    public ReportedQuantity? Quantity(JsonElement obj, string name, string path, bool required = true)
    {
        if (!TryField(obj, name, path, required, out var value))
        {
            return null;
        }

        var at = path + "." + name;
        if (!Object(value, at, "phrase", "lower", "upper"))
        {
            return null;
        }

        var phrase = String(value, "phrase", at);
        if (phrase is null)
        {
            return null;
        }

        var parsed = ReportedQuantity.Pattern.Parse(phrase);
        if (!parsed.Success)
        {
            Problem(at + ".phrase", parsed.Error.Code, parsed.Error.Message);
            return null;
        }

        var quantity = parsed.Value;
        if (TryField(value, "lower", at, false, out var lower) && (!lower.TryGetInt64(out var lo) || lo != quantity.Lower))
        {
            Problem(at + ".lower", ParseErrorCodes.QuantityBounds, "The lower bound does not match the phrase.");
            return null;
        }

        if (value.TryGetProperty("upper", out var upper) && upper.ValueKind != JsonValueKind.Undefined
            && (upper.ValueKind == JsonValueKind.Null ? quantity.Upper is not null : !upper.TryGetInt64(out var hi) || hi != quantity.Upper))
        {
            Problem(at + ".upper", ParseErrorCodes.QuantityBounds, "The upper bound does not match the phrase.");
            return null;
        }

        return quantity;
    }

    public District? District(JsonElement obj, string name, string path, bool required = true)
    {
        var code = Int(obj, name, path, required);
        if (code is null)
        {
            return null;
        }

        if (!Common.District.TryFromCode(code.Value, out var district))
        {
            Problem(path + "." + name, "field.enum", "Not a Tianjin district code (GB/T 2260: 120101-120106, 120110-120119).");
            return null;
        }

        return district;
    }

    public TEnum? Enum<TEnum>(JsonElement obj, string name, string path, bool required = true)
        where TEnum : SmartEnum<TEnum>
    {
        var text = String(obj, name, path, required);
        if (text is null)
        {
            return null;
        }

        if (!SmartEnum<TEnum>.TryFromName(text, out var value))
        {
            Problem(path + "." + name, "field.enum", $"Unknown {typeof(TEnum).Name}; expected one of {string.Join(", ", SmartEnum<TEnum>.List.Select(e => e.Name).Order(StringComparer.Ordinal))}.");
            return null;
        }

        return value;
    }

    public Id<T>? Id<T>(JsonElement obj, string name, string path, bool required = true)
        where T : class
    {
        var text = String(obj, name, path, required);
        return text is null ? null : IdOf<T>(text, path + "." + name);
    }

    public Id<T>? IdOf<T>(string text, string path)
        where T : class
    {
        var parsed = Common.Id<T>.Pattern.Parse(text);
        if (!parsed.Success)
        {
            Problem(path, parsed.Error.Code, parsed.Error.Message);
            return null;
        }

        return parsed.Value;
    }

    /// <summary>Enumerates an array field's items with their paths; a missing optional array is empty.</summary>
    public IEnumerable<(JsonElement Item, string Path)> Array(JsonElement obj, string name, string path, bool required = false)
    {
        if (!TryField(obj, name, path, required, out var value))
        {
            yield break;
        }

        var at = path + "." + name;
        if (value.ValueKind != JsonValueKind.Array)
        {
            Problem(at, "field.type", "Expected an array.");
            yield break;
        }

        var length = value.GetArrayLength();
        if (length > limits.MaxArrayLength)
        {
            Problem(at, "array.too-long", string.Create(CultureInfo.InvariantCulture, $"An array may have at most {limits.MaxArrayLength} items."));
            yield break;
        }

        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (Full)
            {
                yield break;
            }

            yield return (item, string.Create(CultureInfo.InvariantCulture, $"{at}[{i++}]"));
        }
    }

    public List<string> Strings(JsonElement obj, string name, string path, bool required = false)
    {
        var result = new List<string>();
        foreach (var (item, at) in Array(obj, name, path, required))
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                Problem(at, "field.type", "Expected a string.");
                continue;
            }

            var text = item.GetString()!;
            if (text.Length > limits.MaxStringLength)
            {
                Problem(at, "field.too-long", string.Create(CultureInfo.InvariantCulture, $"A string may have at most {limits.MaxStringLength} characters."));
                continue;
            }

            result.Add(text);
        }

        return result;
    }

    private static string Safe(string name) => name.Length <= 40 ? name : name[..40] + "…";
}
