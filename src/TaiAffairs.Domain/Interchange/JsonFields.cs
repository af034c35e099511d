using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Ardalis.SmartEnum;
using NodaTime;
using NodaTime.Text;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Interchange.Format;

namespace TaiAffairs.Domain.Interchange;

/// <summary>
/// Reads the fields of <see cref="Shapes"/> from JSON with path tracking, collecting problems instead of throwing.
/// Whether a field is required comes from its description, never from the caller.
/// </summary>
internal sealed partial class JsonFields
{
    private readonly List<ImportProblem> problems = [];
    private readonly ImportLimits limits;

    /// <summary>The first year a date of the format may fall in (no record of this work predates it).</summary>
    public const int MinYear = 1900;

    /// <summary>The last year a date of the format may fall in.</summary>
    public const int MaxYear = 9999;

    public JsonFields(ImportLimits limits) => this.limits = limits;

    public IReadOnlyList<ImportProblem> Problems => problems;

    public bool Full => problems.Count >= limits.MaxProblems;

    public int ProblemCount => problems.Count;

    /// <summary>Records a problem at a path given as its parent and field name (joined only when a problem is kept).</summary>
    public void Problem(FieldPath at, string code, string message)
    {
        if (problems.Count < limits.MaxProblems)
        {
            problems.Add(new ImportProblem(at.ToString(), code, message));
        }
    }

    public void Problem(string path, string code, string message)
    {
        if (problems.Count < limits.MaxProblems)
        {
            problems.Add(new ImportProblem(path, code, message));
        }
    }

    /// <summary>Checks that a value is an object of the shape: no unknown field, and one of each exactly-one pair.</summary>
    public bool Object(JsonElement element, FieldPath path, Shape shape)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Problem(path, "field.type", "Expected an object.");
            return false;
        }

        // Names are compared as UTF-8 (no string per property); which known fields were seen is a bit per field.
        var names = shape.Utf8Names;
        Span<bool> seen = names.Length <= 64 ? stackalloc bool[names.Length] : new bool[names.Length];
        var duplicate = false;
        foreach (var property in element.EnumerateObject())
        {
            var index = KnownIndex(property, names);
            if (index >= 0)
            {
                if (seen[index])
                {
                    Problem(path + "." + shape.Names[index], "field.duplicate", "The field is given twice; a JSON object names each field once.");
                    duplicate = true;
                }

                seen[index] = true;
            }
            else if (index == Unreadable || !HasReadableName(property))
            {
                // Looking any field up in this object would read the broken name again: the object is refused whole.
                Problem(path, "field.format", "A field name is not valid Unicode text (a lone surrogate or invalid UTF-8).");
                return false;
            }
            else
            {
                Problem(path + Member(property.Name), "field.unknown", "Unknown field; the format does not define it.");
            }
        }

        // An unknown field is reported and reading goes on, to report more; a duplicate field or a broken exactly-one
        // pair stops the object (which value was meant is unknown).
        var ok = !duplicate;
        for (var g = 0; g < shape.ExactlyOne.Count; g++)
        {
            var group = shape.ExactlyOne[g];
            var present = 0;
            foreach (var field in group)
            {
                present += Present(element, field) ? 1 : 0;
            }

            if (present != 1)
            {
                Problem(path, "field.missing", $"Exactly one of {string.Join(", ", group.Select(f => "\"" + f.Name + "\""))} is given.");
                ok = false;
            }
        }

        return ok;
    }

    public static bool Present(JsonElement obj, Field field) => Lookup(obj, field, out _);

    /// <summary>Finds a field's value by its UTF-8 name, recording nothing: absent, null, or not in an object is false.</summary>
    public static bool Lookup(JsonElement obj, Field field, out JsonElement value)
    {
        if (obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(field.Utf8Name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Finds a field whose value is a string, recording nothing (the fast paths; anything else is judged by the full read).</summary>
    private static bool LookupString(JsonElement obj, Field field, out JsonElement value) =>
        Lookup(obj, field, out value) && value.ValueKind == JsonValueKind.String;

    public bool TryField(JsonElement obj, Field field, FieldPath path, out JsonElement value)
    {
        if (Lookup(obj, field, out value))
        {
            return true;
        }

        if (field.Required)
        {
            Problem(path.Child(field.Name), "field.missing", "A required field is missing.");
        }

        return false;
    }

    public string? String(JsonElement obj, Field field, FieldPath path) => StringField(obj, field, path);

    public int? Int(JsonElement obj, Field field, FieldPath path)
    {
        if (!TryField(obj, field, path, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            Problem(path + "." + field.Name, "field.type", "Expected a whole number.");
            return null;
        }

        return number;
    }

    public bool? Bool(JsonElement obj, Field field, FieldPath path)
    {
        if (!TryField(obj, field, path, out var value))
        {
            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Problem(path + "." + field.Name, "field.type", "Expected true or false.");
            return null;
        }

        return value.GetBoolean();
    }

    public LocalDate? Date(JsonElement obj, Field field, FieldPath path)
    {
        if (LookupString(obj, field, out var value))
        {
            // The common case, read from the document's own bytes (no string); anything else is judged below.
            var raw = JsonMarshal.GetRawUtf8Value(value);
            if (raw.Length == 12 && raw[0] == (byte)'"' && TryIsoDate(raw[1..^1], out var date) && date.Year is >= MinYear and <= MaxYear)
            {
                return date;
            }
        }

        var text = String(obj, field, path);
        return text is null ? null : DateOf(text, path.Child(field.Name));
    }

    public LocalDate? DateOf(string text, FieldPath at)
    {
        if (TryIsoDate(text, out var date))
        {
            // The common case, read without the pattern's allocations; anything else goes through the pattern below.
            if (date.Year is >= MinYear and <= MaxYear)
            {
                return date;
            }
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            Problem(at, "field.format", "Expected an ISO date, yyyy-MM-dd.");
            return null;
        }

        if (parsed.Value.Year is < MinYear or > MaxYear)
        {
            Problem(at, "field.range", string.Create(CultureInfo.InvariantCulture, $"A date is in the years {MinYear} to {MaxYear}."));
            return null;
        }

        return parsed.Value;
    }

    public Money? Money(JsonElement obj, Field field, FieldPath path)
    {
        var text = String(obj, field, path);
        if (text is null)
        {
            return null;
        }

        if (!IsSchemaMoney(text)
            || !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan)
            || decimal.Abs(yuan) > 90_000_000_000_000_000m)
        {
            Problem(path + "." + field.Name, "field.format", "Expected an amount in yuan as a decimal string exact to the fen, e.g. \"580900.00\".");
            return null;
        }

        return Common.Money.FromYuan(yuan);
    }

    /// <summary>Reads a quantity: an object with its phrase and, optionally, its bounds, which must agree.</summary>
    public ReportedQuantity? Quantity(JsonElement obj, Field field, FieldPath path)
    {
        if (!TryField(obj, field, path, out var value))
        {
            return null;
        }

        var before = problems.Count;
        var at = path + "." + field.Name;
        if (!Object(value, at, Shapes.Quantity.Shape) || String(value, Shapes.Quantity.Phrase, at) is not { } phrase)
        {
            return null;
        }

        var parsed = ReportedQuantity.Pattern.Parse(phrase);
        if (!parsed.Success)
        {
            Problem(at + "." + Shapes.Quantity.Phrase.Name, parsed.Error.Code, parsed.Error.Message);
            return null;
        }

        var quantity = parsed.Value;
        if (Int64(value, Shapes.Quantity.Lower, at) is { } lo && lo != quantity.Lower)
        {
            Problem(at + "." + Shapes.Quantity.Lower.Name, ParseErrorCodes.QuantityBounds, "The lower bound does not match the phrase.");
            return null;
        }

        var upperNull = value.TryGetProperty(Shapes.Quantity.Upper.Name, out var upper) && upper.ValueKind == JsonValueKind.Null;
        if (upperNull ? quantity.Upper is not null : Int64(value, Shapes.Quantity.Upper, at) is { } hi && hi != quantity.Upper)
        {
            Problem(at + "." + Shapes.Quantity.Upper.Name, ParseErrorCodes.QuantityBounds, "The upper bound does not match the phrase.");
            return null;
        }

        return problems.Count > before ? null : quantity;
    }

    private long? Int64(JsonElement obj, Field field, FieldPath path)
    {
        if (!TryField(obj, field, path, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number))
        {
            Problem(path + "." + field.Name, "field.type", "Expected a whole number.");
            return null;
        }

        return number;
    }

    public District? District(JsonElement obj, Field field, FieldPath path)
    {
        if (!TryField(obj, field, path, out var value))
        {
            return null;
        }

        return DistrictOf(value, path.Child(field.Name));
    }

    public TEnum? Enum<TEnum>(JsonElement obj, Field field, FieldPath path)
        where TEnum : SmartEnum<TEnum>
    {
        if (LookupString(obj, field, out var value))
        {
            // Matched against the names as UTF-8: a known name makes no string.
            foreach (var known in EnumNames<TEnum>.All)
            {
                if (TextEquals(value, known.Name))
                {
                    return known;
                }
            }
        }

        var text = String(obj, field, path);
        return text is null ? null : EnumOf<TEnum>(text, path.Child(field.Name));
    }

    /// <summary>Reads a field whose value is one of its description's names.</summary>
    public string? Choice(JsonElement obj, Field field, FieldPath path)
    {
        if (LookupString(obj, field, out var value))
        {
            foreach (var known in field.ValueArray)
            {
                if (TextEquals(value, known))
                {
                    return known;
                }
            }
        }

        var text = String(obj, field, path);
        if (text is null)
        {
            return null;
        }

        var values = field.ValueArray;
        if (System.Array.IndexOf(values, text) < 0)
        {
            Problem(path + "." + field.Name, "field.enum", $"Unknown value; expected one of {string.Join(", ", values)}.");
            return null;
        }

        return text;
    }

    public Id<T>? Id<T>(JsonElement obj, Field field, FieldPath path)
        where T : class
    {
        var text = String(obj, field, path);
        return text is null ? null : IdOf<T>(text, path.Child(field.Name));
    }

    public Id<T>? IdOf<T>(string text, FieldPath path)
        where T : class
    {
        if (Common.Id<T>.TryParse(text, out var id))
        {
            return id;
        }

        var parsed = Common.Id<T>.Pattern.Parse(text);
        if (!parsed.Success)
        {
            Problem(path, parsed.Error.Code, parsed.Error.Message);
            return null;
        }

        return parsed.Value;
    }

    /// <summary>Reads exactly <c>yyyy-MM-dd</c> with a real month and day; false for anything else (which the pattern then judges).</summary>
    private static bool TryIsoDate(string text, out LocalDate date)
    {
        Span<byte> bytes = stackalloc byte[10];
        if (text.Length != 10 || System.Text.Encoding.ASCII.GetBytes(text, bytes) != 10)
        {
            date = default;
            return false;
        }

        return TryIsoDate(bytes, out date);
    }

    private static bool TryIsoDate(ReadOnlySpan<byte> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-')
        {
            return false;
        }

        var year = 0;
        foreach (var i in (ReadOnlySpan<int>)[0, 1, 2, 3])
        {
            if (!char.IsAsciiDigit((char)text[i]))
            {
                return false;
            }

            year = (year * 10) + (text[i] - '0');
        }

        if (!char.IsAsciiDigit((char)text[5]) || !char.IsAsciiDigit((char)text[6]) || !char.IsAsciiDigit((char)text[8]) || !char.IsAsciiDigit((char)text[9]))
        {
            return false;
        }

        var month = ((text[5] - '0') * 10) + (text[6] - '0');
        var day = ((text[8] - '0') * 10) + (text[9] - '0');
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>The schema's money form, <c>^-?\d+(\.\d{1,2})?$</c>, at most 20 integral digits: nothing else is rounded or read.</summary>
    private static bool IsSchemaMoney(string text)
    {
        var span = text.AsSpan();
        if (span.StartsWith("-"))
        {
            span = span[1..];
        }

        var dot = span.IndexOf('.');
        var integral = dot < 0 ? span : span[..dot];
        var fraction = dot < 0 ? [] : span[(dot + 1)..];
        return integral.Length is > 0 and <= 20 && !integral.ContainsAnyExceptInRange('0', '9')
            && (dot < 0 || (fraction.Length is 1 or 2 && !fraction.ContainsAnyExceptInRange('0', '9')));
    }

    private const int Unreadable = -2;


    /// <summary>Whether a string value is a given text, compared as UTF-8; false for text that cannot be read (judged later).</summary>
    private static bool TextEquals(JsonElement value, string text)
    {
        try
        {
            return value.ValueEquals(text);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The index of a property's name among a shape's names; -1 when unknown, <see cref="Unreadable"/> when the name is broken text.</summary>
    private static int KnownIndex(JsonProperty property, byte[][] names)
    {
        try
        {
            for (var i = 0; i < names.Length; i++)
            {
                if (property.NameEquals(names[i]))
                {
                    return i;
                }
            }

            return -1;
        }
        catch (InvalidOperationException)
        {
            // Comparing unescapes the name: an escaped lone surrogate cannot be compared (or read).
            return Unreadable;
        }
    }

    private static bool HasReadableName(JsonProperty property)
    {
        try
        {
            _ = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>
    /// The path step to a member: <c>.name</c> for a plain name, <c>['name']</c> (as System.Text.Json writes paths)
    /// for any other, so a path always reads back unambiguously; long names are cut at 40 characters.
    /// </summary>
    private static string Member(string name)
    {
        var shown = name.Length <= 40 ? name : name[..40] + "…";
        return name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? "." + shown
            : "['" + shown.Replace("'", "\\'", StringComparison.Ordinal) + "']";
    }
}

/// <summary>A smart enum's values listed once, for matching a document's text against their names.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal static class EnumNames<TEnum>
    where TEnum : SmartEnum<TEnum>
{
    public static readonly TEnum[] All = [.. SmartEnum<TEnum>.List];
}
