using System.Globalization;
using System.Text.Json;
using Ardalis.SmartEnum;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Interchange.Format;

namespace TaiAffairs.Domain.Interchange;

/// <content>Arrays, maps and the value readers they share with single fields.</content>
internal sealed partial class JsonFields
{
    /// <summary>Enumerates an array field's items with their paths; a missing optional array is empty.</summary>
    public IEnumerable<(JsonElement Item, string Path)> Array(JsonElement obj, Field field, string path)
    {
        if (!TryField(obj, field, path, out var value))
        {
            yield break;
        }

        var at = path + "." + field.Name;
        if (value.ValueKind != JsonValueKind.Array)
        {
            Problem(at, "field.type", "Expected an array.");
            yield break;
        }

        var length = value.GetArrayLength();
        if (field.MinItems is { } least && length < least)
        {
            Problem(at, "field.missing", string.Create(CultureInfo.InvariantCulture, $"At least {least} item(s) are required."));
            yield break;
        }

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

    public List<string> Strings(JsonElement obj, Field field, string path)
    {
        var result = new List<string>();
        foreach (var (item, at) in Array(obj, field, path))
        {
            if (StringItem(item, at) is { } text)
            {
                result.Add(text);
            }
        }

        return result;
    }

    /// <summary>Reads an array of ids, each with its path.</summary>
    public List<(Id<T> Id, string Path)> Ids<T>(JsonElement obj, Field field, string path)
        where T : class
    {
        var result = new List<(Id<T>, string)>();
        foreach (var (item, at) in Array(obj, field, path))
        {
            if (StringItem(item, at, "Expected an id.") is { } text && IdOf<T>(text, at) is { } id)
            {
                result.Add((id, at));
            }
        }

        return result;
    }

    public List<LocalDate> Dates(JsonElement obj, Field field, string path, List<string>? paths = null)
    {
        var result = new List<LocalDate>();
        foreach (var (item, at) in Array(obj, field, path))
        {
            if (StringItem(item, at, "Expected an ISO date, yyyy-MM-dd.", "field.format") is { } text && DateOf(text, at) is { } date)
            {
                result.Add(date);
                paths?.Add(at);
            }
        }

        return result;
    }

    public List<District> Districts(JsonElement obj, Field field, string path)
    {
        var result = new List<District>();
        foreach (var (item, at) in Array(obj, field, path))
        {
            if (DistrictOf(item, at) is { } district)
            {
                result.Add(district);
            }
        }

        return result;
    }

    public List<TEnum> Enums<TEnum>(JsonElement obj, Field field, string path)
        where TEnum : SmartEnum<TEnum>
    {
        var result = new List<TEnum>();
        foreach (var (item, at) in Array(obj, field, path))
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                Problem(at, "field.enum", EnumMessage<TEnum>());
            }
            else if (StringItem(item, at) is { } text && EnumOf<TEnum>(text, at) is { } value)
            {
                result.Add(value);
            }
        }

        return result;
    }

    /// <summary>Reads the entries of a map field (an object keyed by its description's names), each with its value and path.</summary>
    public IEnumerable<(string Key, JsonElement Value, string Path)> Map(JsonElement obj, Field field, string path)
    {
        if (!TryField(obj, field, path, out var map))
        {
            yield break;
        }

        var at = path + "." + field.Name;
        var keys = field.Values!().ToArray();
        if (!Object(map, at, new Shape(field.Name, null, keys.Select(k => Field.String(k, required: false)).ToArray())))
        {
            yield break;
        }

        foreach (var key in keys)
        {
            if (map.TryGetProperty(key, out var value) && value.ValueKind != JsonValueKind.Null)
            {
                yield return (key, value, at);
            }
        }
    }

    /// <summary>Reads a string value (an array item's or a map entry's) at its path.</summary>
    public string? StringValue(JsonElement value, string at) => StringItem(value, at);

    private bool TryField(JsonElement obj, string name, string path, bool required, out JsonElement value)
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

    private string? String(JsonElement obj, string name, string path, bool required)
    {
        if (!TryField(obj, name, path, required, out var value))
        {
            return null;
        }

        var text = StringItem(value, path + "." + name);
        if (text is not null && required && string.IsNullOrWhiteSpace(text))
        {
            Problem(path + "." + name, "field.missing", "A required field is blank.");
            return null;
        }

        return text;
    }

    private string? StringItem(JsonElement value, string at, string typeMessage = "Expected a string.", string typeCode = "field.type")
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            Problem(at, typeCode, typeMessage);
            return null;
        }

        string text;
        try
        {
            text = value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate ("\ud800") or invalid UTF-8 inside a string: well-formed JSON, but no text.
            Problem(at, "field.format", "The string is not valid Unicode text (a lone surrogate or invalid UTF-8).");
            return null;
        }

        if (text.Length > limits.MaxStringLength)
        {
            Problem(at, "field.too-long", string.Create(CultureInfo.InvariantCulture, $"A string may have at most {limits.MaxStringLength} characters."));
            return null;
        }

        return text;
    }

    private District? DistrictOf(JsonElement value, string at)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var code))
        {
            Problem(at, value.ValueKind == JsonValueKind.Number ? "field.enum" : "field.type", value.ValueKind == JsonValueKind.Number
                ? "Not a Tianjin district code (GB/T 2260: 120101-120106, 120110-120119)."
                : "Expected a whole number.");
            return null;
        }

        if (!Common.District.TryFromCode(code, out var district))
        {
            Problem(at, "field.enum", "Not a Tianjin district code (GB/T 2260: 120101-120106, 120110-120119).");
            return null;
        }

        return district;
    }

    private TEnum? EnumOf<TEnum>(string text, string at)
        where TEnum : SmartEnum<TEnum>
    {
        if (!SmartEnum<TEnum>.TryFromName(text, out var value))
        {
            Problem(at, "field.enum", EnumMessage<TEnum>());
            return null;
        }

        return value;
    }

    private static string EnumMessage<TEnum>()
        where TEnum : SmartEnum<TEnum> =>
        $"Unknown {typeof(TEnum).Name}; expected one of {string.Join(", ", SmartEnum<TEnum>.List.Select(e => e.Name).Order(StringComparer.Ordinal))}.";
}
