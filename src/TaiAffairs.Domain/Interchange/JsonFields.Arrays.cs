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
    /// <summary>
    /// Checks an array field (type, minimum items, length limit) and returns its items with their paths; nothing when
    /// the field is absent or refused. A struct: enumerating allocates only each item's path.
    /// </summary>
    public Items Array(JsonElement obj, Field field, FieldPath path)
    {
        if (!TryField(obj, field, path, out var value))
        {
            return default;
        }

        var at = path.Child(field.Name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            Problem(at, "field.type", "Expected an array.");
            return default;
        }

        var length = value.GetArrayLength();
        if (field.MinItems is { } least && length < least)
        {
            Problem(at, "field.missing", string.Create(CultureInfo.InvariantCulture, $"At least {least} item(s) are required."));
            return default;
        }

        if (length > limits.MaxArrayLength)
        {
            Problem(at, "array.too-long", string.Create(CultureInfo.InvariantCulture, $"An array may have at most {limits.MaxArrayLength} items."));
            return default;
        }

        return length == 0 ? default : new Items(this, value.EnumerateArray(), at.ToString());
    }

    public List<string> Strings(JsonElement obj, Field field, FieldPath path)
    {
        var result = new List<string>();
        foreach (var (item, at) in Array(obj, field, path).WithLazyPaths())
        {
            if (StringItem(item, at) is { } text)
            {
                result.Add(text);
            }
        }

        return result;
    }

    /// <summary>Reads an array of ids, each with its path.</summary>
    public List<(Id<T> Id, FieldPath Path)> Ids<T>(JsonElement obj, Field field, string path)
        where T : class
    {
        var result = new List<(Id<T>, FieldPath)>();
        foreach (var (item, at) in Array(obj, field, path).WithLazyPaths())
        {
            if (StringItem(item, at, "Expected an id.") is { } text && IdOf<T>(text, at) is { } id)
            {
                result.Add((id, at));
            }
        }

        return result;
    }

    /// <summary>Reads one id of a list of ids (a problem at its path when it is not one).</summary>
    public Id<T>? IdItem<T>(JsonElement item, FieldPath at)
        where T : class =>
        StringItem(item, at, "Expected an id.") is { } text ? IdOf<T>(text, at) : null;

    public List<LocalDate> Dates(JsonElement obj, Field field, FieldPath path, List<string>? paths = null)
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

    public List<District> Districts(JsonElement obj, Field field, FieldPath path)
    {
        var result = new List<District>();
        foreach (var (item, at) in Array(obj, field, path).WithLazyPaths())
        {
            if (DistrictOf(item, at) is { } district)
            {
                result.Add(district);
            }
        }

        return result;
    }

    public List<TEnum> Enums<TEnum>(JsonElement obj, Field field, FieldPath path)
        where TEnum : SmartEnum<TEnum>
    {
        var result = new List<TEnum>();
        foreach (var (item, at) in Array(obj, field, path).WithLazyPaths())
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

    private string? StringField(JsonElement obj, Field field, FieldPath path)
    {
        if (!TryField(obj, field, path, out var value))
        {
            return null;
        }

        var text = StringItem(value, path.Child(field.Name));
        if (text is not null && field.Required && string.IsNullOrWhiteSpace(text))
        {
            Problem(path.Child(field.Name), "field.missing", "A required field is blank.");
            return null;
        }

        return text;
    }

    internal string? StringItem(JsonElement value, FieldPath at, string typeMessage = "Expected a string.", string typeCode = "field.type")
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

    private District? DistrictOf(JsonElement value, FieldPath at)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var code))
        {
            Problem(at, value.ValueKind == JsonValueKind.Number ? "field.enum" : "field.type", value.ValueKind == JsonValueKind.Number
                ? "Not a county-level district code (GB/T 2260, six digits: 120115, 110101)."
                : "Expected a whole number.");
            return null;
        }

        if (!Common.District.TryFromCode(code, out var district))
        {
            Problem(at, "field.enum", "Not a county-level district code (GB/T 2260, six digits: 120115, 110101).");
            return null;
        }

        return district;
    }

    private TEnum? EnumOf<TEnum>(string text, FieldPath at)
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

    /// <summary>The items of a checked array with their paths; stops early once the problem limit is reached.</summary>
    internal struct Items
    {
        private readonly JsonFields? owner;
        private readonly string at;
        private JsonElement.ArrayEnumerator items;
        private int index;

        public Items(JsonFields owner, JsonElement.ArrayEnumerator items, string at)
        {
            this.owner = owner;
            this.items = items;
            this.at = at;
            index = -1;
        }

        public readonly (JsonElement Item, string Path) Current => (items.Current, ItemPath.ToString());

        /// <summary>Gets the current item's path unjoined (for items read as plain values, whose path only a problem needs).</summary>
        public readonly FieldPath ItemPath => new(at, null, index);

        public readonly JsonElement Item => items.Current;

        /// <summary>Enumerates the items with unjoined paths.</summary>
        public readonly Values WithLazyPaths() => new(this);

        public readonly Items GetEnumerator() => this;

        public bool MoveNext()
        {
            if (owner is null || owner.Full || !items.MoveNext())
            {
                return false;
            }

            index++;
            return true;
        }
    }

    /// <summary>The items of a checked array with unjoined paths: a list of plain values reads with no string per item.</summary>
    internal struct Values
    {
        private Items items;

        public Values(Items items) => this.items = items;

        public readonly (JsonElement Item, FieldPath Path) Current => (items.Item, items.ItemPath);

        public readonly Values GetEnumerator() => this;

        public bool MoveNext() => items.MoveNext();
    }
}
