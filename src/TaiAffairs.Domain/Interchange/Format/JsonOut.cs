using System.Globalization;
using System.Text.Json;
using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Interchange.Format;

/// <summary>
/// Writes the fields of <see cref="Shapes"/> to JSON: the exporter's only way to name a field. An optional field
/// without a value is left out; lists are written even when empty.
/// </summary>
internal readonly struct JsonOut(Utf8JsonWriter w)
{
    public void String(Field field, string? value)
    {
        if (value is not null)
        {
            w.WriteString(field.Name, value);
        }
    }

    public void Integer(Field field, long? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(field.Name, number);
        }
    }

    public void Boolean(Field field, bool value) => w.WriteBoolean(field.Name, value);

    public void Date(Field field, LocalDate? value) => String(field, value is { } date ? IsoDate(date) : null);

    public void Money(Field field, Money? value) => String(field, value?.ToString("N", null));

    public void District(Field field, District? value) => Integer(field, value?.Code);

    public void Id<T>(Field field, Id<T> value)
        where T : class =>
        String(field, value.Value);

    public void Id<T>(Field field, Id<T>? value)
        where T : class =>
        String(field, value?.Value);

    public void Quantity(Field field, ReportedQuantity? value)
    {
        if (value is not { } quantity)
        {
            return;
        }

        w.WriteStartObject(field.Name);
        new JsonOut(w).String(Shapes.Quantity.Phrase, quantity.ToString());
        w.WriteNumber(Shapes.Quantity.Lower.Name, quantity.Lower);
        if (quantity.Upper is { } upper)
        {
            w.WriteNumber(Shapes.Quantity.Upper.Name, upper);
        }
        else
        {
            w.WriteNull(Shapes.Quantity.Upper.Name);
        }

        w.WriteEndObject();
    }

    public void Object(Field field, Action<JsonOut> write)
    {
        w.WriteStartObject(field.Name);
        write(this);
        w.WriteEndObject();
    }

    public void Objects<T>(Field field, IEnumerable<T> items, Action<JsonOut, T> write)
    {
        w.WriteStartArray(field.Name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            write(this, item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    public void Strings(Field field, IEnumerable<string> values)
    {
        w.WriteStartArray(field.Name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    public void Ids<T>(Field field, IEnumerable<Id<T>> values)
        where T : class =>
        Strings(field, values.Select(v => v.Value));

    public void Dates(Field field, IEnumerable<LocalDate> values) => Strings(field, values.Select(IsoDate));

    public void Districts(Field field, IEnumerable<District> values)
    {
        w.WriteStartArray(field.Name);
        foreach (var value in values)
        {
            w.WriteNumberValue(value.Code);
        }

        w.WriteEndArray();
    }

    /// <summary>Writes a map field: an object keyed by the description's names, in the order given.</summary>
    public void Map<TValue>(Field field, IEnumerable<(string Key, TValue Value)> entries, Action<JsonOut, string, TValue> write)
    {
        w.WriteStartObject(field.Name);
        foreach (var (key, value) in entries)
        {
            write(this, key, value);
        }

        w.WriteEndObject();
    }

    /// <summary>Writes a map entry whose value is a string.</summary>
    public void Entry(string key, string value) => w.WriteString(key, value);

    /// <summary>Writes a map entry whose value is an object.</summary>
    public void Entry(string key, Action<JsonOut> write)
    {
        w.WriteStartObject(key);
        write(this);
        w.WriteEndObject();
    }

    private static string IsoDate(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
