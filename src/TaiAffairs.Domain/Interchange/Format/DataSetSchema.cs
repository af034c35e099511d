using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Interchange.Format;

/// <summary>
/// Writes the JSON Schema (draft 2020-12) of the data-set format from <see cref="Shapes"/>: every object kind is a
/// definition under <c>$defs</c>, with its fields, the required ones, and no other field allowed.
/// </summary>
internal static class DataSetSchema
{
    private const string DatePattern = "^\\d{4}-\\d{2}-\\d{2}$";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write()
    {
        var shapes = new List<Shape>();
        Collect(Shapes.Root.Shape, shapes);
        Collect(Shapes.Quantity.Shape, shapes);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            w.WriteString("$id", "urn:taiaffairs-domain:dataset:" + DataSetFormat.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("title", "TaiAffairs.Domain data set, format version " + DataSetFormat.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            ShapeBody(w, Shapes.Root.Shape);
            w.WriteStartObject("$defs");
            Primitives(w);
            foreach (var shape in shapes.Where(s => s != Shapes.Root.Shape))
            {
                w.WriteStartObject(shape.Name);
                ShapeBody(w, shape);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Collect(Shape shape, List<Shape> shapes)
    {
        if (shapes.Contains(shape))
        {
            return;
        }

        shapes.Add(shape);
        foreach (var field in shape.Fields)
        {
            foreach (var nested in Nested(field))
            {
                Collect(nested, shapes);
            }
        }
    }

    private static IEnumerable<Shape> Nested(Field field) => field.Kind switch
    {
        FieldKind.Object => [field.Shape!],
        FieldKind.Array => Nested(field.Item!),
        FieldKind.Map => Nested(field.MapValue!),
        FieldKind.Variant => field.Variants!.Values.Distinct(),
        _ => [],
    };

    private static void ShapeBody(Utf8JsonWriter w, Shape shape)
    {
        if (shape.Description is { } description)
        {
            w.WriteString("description", description);
        }

        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        foreach (var field in shape.Fields)
        {
            w.WritePropertyName(field.Name);
            FieldSchema(w, field);
        }

        w.WriteEndObject();
        var required = shape.Fields.Where(f => f.Required).Select(f => f.Name).ToArray();
        if (required.Length > 0)
        {
            w.WriteStartArray("required");
            foreach (var name in required)
            {
                w.WriteStringValue(name);
            }

            w.WriteEndArray();
        }

        var rules = new List<Action>();
        foreach (var group in shape.ExactlyOne)
        {
            rules.Add(() =>
            {
                w.WriteStartObject();
                w.WriteStartArray("oneOf");
                foreach (var field in group)
                {
                    Requires(w, field.Name);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        }

        foreach (var variant in shape.Fields.Where(f => f.Kind == FieldKind.Variant))
        {
            foreach (var (value, variantShape) in variant.Variants!)
            {
                rules.Add(() =>
                {
                    w.WriteStartObject();
                    w.WriteStartObject("if");
                    w.WriteStartObject("properties");
                    w.WriteStartObject(variant.Discriminator!);
                    w.WriteString("const", value);
                    w.WriteEndObject();
                    w.WriteEndObject();
                    w.WriteStartArray("required");
                    w.WriteStringValue(variant.Discriminator);
                    w.WriteEndArray();
                    w.WriteEndObject();
                    w.WriteStartObject("then");
                    w.WriteStartObject("properties");
                    w.WriteStartObject(variant.Name);
                    w.WriteString("$ref", "#/$defs/" + variantShape.Name);
                    w.WriteEndObject();
                    w.WriteEndObject();
                    w.WriteEndObject();
                    w.WriteEndObject();
                });
            }
        }

        if (rules.Count > 0)
        {
            w.WriteStartArray("allOf");
            rules.ForEach(r => r());
            w.WriteEndArray();
        }
    }

    private static void Requires(Utf8JsonWriter w, string name)
    {
        w.WriteStartObject();
        w.WriteStartArray("required");
        w.WriteStringValue(name);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void FieldSchema(Utf8JsonWriter w, Field field)
    {
        w.WriteStartObject();
        if (field.Description is { } description)
        {
            w.WriteString("description", description);
        }

        switch (field.Kind)
        {
            case FieldKind.String:
                w.WriteString("type", "string");
                if (field.Required)
                {
                    w.WriteNumber("minLength", 1);
                }

                break;
            case FieldKind.Integer when field.Nullable:
                w.WriteStartArray("type");
                w.WriteStringValue("integer");
                w.WriteStringValue("null");
                w.WriteEndArray();
                break;
            case FieldKind.Integer:
                w.WriteString("type", "integer");
                break;
            case FieldKind.Boolean:
                w.WriteString("type", "boolean");
                break;
            case FieldKind.Date when field.AllowsStated:
                w.WriteString("type", "string");
                w.WriteNumber("minLength", 1);
                break;
            case FieldKind.Date or FieldKind.Money or FieldKind.Quantity or FieldKind.District or FieldKind.Id:
                w.WriteString("$ref", "#/$defs/" + field.Kind.ToString().ToLowerInvariant());
                break;
            case FieldKind.Enum:
                w.WriteStartArray("enum");
                foreach (var value in field.Values!())
                {
                    w.WriteStringValue(value);
                }

                w.WriteEndArray();
                break;
            case FieldKind.Object:
                w.WriteString("$ref", "#/$defs/" + field.Shape!.Name);
                break;
            case FieldKind.Array:
                w.WriteString("type", "array");
                if (field.MinItems is { } least)
                {
                    w.WriteNumber("minItems", least);
                }

                w.WritePropertyName("items");
                FieldSchema(w, field.Item!);
                break;
            case FieldKind.Map:
                w.WriteString("type", "object");
                w.WriteBoolean("additionalProperties", false);
                w.WriteStartObject("properties");
                foreach (var key in field.Values!())
                {
                    w.WritePropertyName(key);
                    FieldSchema(w, field.MapValue!);
                }

                w.WriteEndObject();
                break;
            case FieldKind.Variant:
                w.WriteString("type", "object");
                break;
        }

        w.WriteEndObject();
    }

    private static void Primitives(Utf8JsonWriter w)
    {
        w.WriteStartObject("id");
        w.WriteString("description", "A stable id; never personal data.");
        w.WriteString("type", "string");
        w.WriteString("pattern", "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$");
        w.WriteEndObject();

        w.WriteStartObject("district");
        w.WriteString("description", "GB/T 2260 code of a county-level district of the mainland (Tianjin's: 120101-120106, 120110-120119); the importer checks it against the 2023 statistical division codes");
        w.WriteString("type", "integer");
        w.WriteNumber("minimum", District.AllInChina[0].Code);
        w.WriteNumber("maximum", District.AllInChina[^1].Code);
        w.WriteEndObject();

        w.WriteStartObject("date");
        w.WriteString("description", "ISO date yyyy-MM-dd (civil date, Asia/Shanghai)");
        w.WriteString("type", "string");
        w.WriteString("pattern", DatePattern);
        w.WriteEndObject();

        w.WriteStartObject("money");
        w.WriteString("description", "CNY in yuan as a decimal string, exact to the fen, e.g. \"580900.00\"");
        w.WriteString("type", "string");
        w.WriteString("pattern", "^-?\\d+(\\.\\d{1,2})?$");
        w.WriteEndObject();
    }
}
