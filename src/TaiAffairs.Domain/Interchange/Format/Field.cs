using Ardalis.SmartEnum;

namespace TaiAffairs.Domain.Interchange.Format;

/// <summary>What a field of the data-set format holds.</summary>
internal enum FieldKind
{
    String,
    Integer,
    Boolean,
    Date,
    Money,
    Quantity,
    District,
    Id,
    Enum,
    Object,
    Array,
    Map,
    Variant,
}

/// <summary>
/// One field of the data-set format: its JSON name, what it holds, whether it is required, and what it means. The
/// reader, the exporter and the JSON Schema all take the field from here (decision 0011), so renaming a field, or
/// making it optional, is one edit.
/// </summary>
internal sealed class Field
{
    private string[]? valueArray;

    private Field(string name, FieldKind kind, bool required, string? description)
    {
        Name = name;
        Utf8Name = System.Text.Encoding.UTF8.GetBytes(name);
        Kind = kind;
        Required = required;
        Description = description;
    }

    public string Name { get; }

    /// <summary>Gets <see cref="Name"/> as UTF-8, for looking the field up without transcoding the name.</summary>
    public byte[] Utf8Name { get; }

    public FieldKind Kind { get; }

    public bool Required { get; }

    public string? Description { get; }

    /// <summary>Gets the shape of an object field.</summary>
    public Shape? Shape { get; private init; }

    /// <summary>Gets the item of an array field (a field without a name).</summary>
    public Field? Item { get; private init; }

    /// <summary>Gets the allowed names of an enum field, or the allowed keys of a map field.</summary>
    public Func<IEnumerable<string>>? Values { get; private init; }

    /// <summary>Gets <see cref="Values"/> listed once (the reader checks each value against it).</summary>
    public string[] ValueArray => valueArray ??= Values is null ? [] : [.. Values()];

    /// <summary>Gets the value of a map field.</summary>
    public Field? MapValue { get; private init; }

    /// <summary>Gets the shapes of a variant field, by the value of <see cref="Discriminator"/> in the owning object.</summary>
    public IReadOnlyDictionary<string, Shape>? Variants { get; private init; }

    /// <summary>Gets the name of the sibling field that selects a variant.</summary>
    public string? Discriminator { get; private init; }

    /// <summary>Gets the fewest items an array field may hold, when it has a least.</summary>
    public int? MinItems { get; private init; }

    /// <summary>Gets whether a date field may also be given as its source states it (中秋节来临之际).</summary>
    public bool AllowsStated { get; private init; }

    /// <summary>Gets whether an integer field may be JSON <c>null</c> (an unbounded quantity's upper bound).</summary>
    public bool Nullable { get; private init; }

    public static Field String(string name, bool required = true, string? description = null) => new(name, FieldKind.String, required, description);

    public static Field Integer(string name, bool required = true, string? description = null, bool nullable = false) =>
        new(name, FieldKind.Integer, required, description) { Nullable = nullable };

    public static Field Boolean(string name, bool required = true, string? description = null) => new(name, FieldKind.Boolean, required, description);

    public static Field Date(string name, bool required = true, string? description = null) => new(name, FieldKind.Date, required, description);

    public static Field StatedDate(string name, bool required = true, string? description = null) =>
        new(name, FieldKind.Date, required, description ?? "An ISO date, or the date as the source states it (今年4月, 9月初, 中秋节来临之际): the record takes the span's first day, marked illustrative.")
        {
            AllowsStated = true,
        };

    public static Field Money(string name, bool required = true, string? description = null) => new(name, FieldKind.Money, required, description);

    public static Field Quantity(string name, bool required = true, string? description = null) => new(name, FieldKind.Quantity, required, description);

    public static Field District(string name, bool required = true, string? description = null) => new(name, FieldKind.District, required, description);

    public static Field Id(string name, bool required = true, string? description = null) => new(name, FieldKind.Id, required, description);

    public static Field SmartEnum<TEnum>(string name, bool required = true, string? description = null)
        where TEnum : Ardalis.SmartEnum.SmartEnum<TEnum> =>
        new(name, FieldKind.Enum, required, description) { Values = () => Ardalis.SmartEnum.SmartEnum<TEnum>.List.Select(e => e.Name) };

    public static Field Choice(string name, IReadOnlyList<string> values, bool required = true, string? description = null) =>
        new(name, FieldKind.Enum, required, description) { Values = () => values };

    public static Field Object(string name, Shape shape, bool required = true, string? description = null) =>
        new(name, FieldKind.Object, required, description) { Shape = shape };

    public static Field Array(string name, Field item, bool required = false, string? description = null) =>
        new(name, FieldKind.Array, required, description) { Item = item };

    public static Field Objects(string name, Shape shape, bool required = false, string? description = null, int? minItems = null) =>
        new(name, FieldKind.Array, required, description) { Item = Object(string.Empty, shape), MinItems = minItems };

    public static Field Ids(string name, bool required = false, string? description = null) => Array(name, Id(string.Empty), required, description);

    public static Field Strings(string name, bool required = false, string? description = null) => Array(name, String(string.Empty), required, description);

    public static Field Dates(string name, bool required = false, string? description = null) => Array(name, Date(string.Empty), required, description);

    public static Field Districts(string name, bool required = false, string? description = null) => Array(name, District(string.Empty), required, description);

    public static Field SmartEnums<TEnum>(string name, bool required = false, string? description = null)
        where TEnum : Ardalis.SmartEnum.SmartEnum<TEnum> =>
        Array(name, SmartEnum<TEnum>(string.Empty), required, description);

    public static Field Map(string name, Func<IEnumerable<string>> keys, Field value, bool required = false, string? description = null) =>
        new(name, FieldKind.Map, required, description) { Values = keys, MapValue = value };

    public static Field Variant(string name, string discriminator, IReadOnlyDictionary<string, Shape> variants, bool required = true, string? description = null) =>
        new(name, FieldKind.Variant, required, description) { Discriminator = discriminator, Variants = variants };

    public override string ToString() => Name;
}

/// <summary>
/// The shape of one object of the data-set format (a record kind, or a nested object): its fields, in the order the
/// exporter writes them, and pairs of fields of which exactly one must be present.
/// </summary>
internal sealed class Shape
{
    private readonly List<Field[]> exactlyOne = [];

    public Shape(string name, string? description, params Field[] fields)
    {
        Name = name;
        Description = description;
        Fields = fields;
        Names = fields.Select(f => f.Name).ToArray();
        Utf8Names = Names.Select(System.Text.Encoding.UTF8.GetBytes).ToArray();
    }

    /// <summary>Gets the shape's name, its key under <c>$defs</c> in the schema.</summary>
    public string Name { get; }

    public string? Description { get; }

    public IReadOnlyList<Field> Fields { get; }

    /// <summary>Gets the field names the shape allows; any other is <c>field.unknown</c>.</summary>
    public string[] Names { get; }

    /// <summary>Gets <see cref="Names"/> as UTF-8, compared with a document's property names without making strings.</summary>
    public byte[][] Utf8Names { get; }

    /// <summary>Gets the groups of fields of which exactly one is present.</summary>
    public IReadOnlyList<Field[]> ExactlyOne => exactlyOne;

    /// <summary>Requires exactly one of some optional fields.</summary>
    public Shape WithExactlyOneOf(params Field[] fields)
    {
        exactlyOne.Add(fields);
        return this;
    }

    public override string ToString() => Name;
}
