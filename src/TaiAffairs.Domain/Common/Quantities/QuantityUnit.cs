using Ardalis.SmartEnum;

namespace TaiAffairs.Domain.Common;

/// <summary>
/// The closed set of counting units (量词) that the reviews use: 个, 件, 次, 户次, 名, 人, 位, 份, 场次, 场,
/// 家, 条, 项, 户. The smart enum's <c>Name</c> is the Chinese symbol.
/// </summary>
/// <remarks>
/// Units are compared by identity: 户次 (visits counted per household, person-times) is not 次, and 名 is
/// not 人; quantities of different units never add. <c>List</c> is sorted by name;
/// use <see cref="All"/> for the declaration order. Immutable and thread-safe.
/// </remarks>
public sealed class QuantityUnit : SmartEnum<QuantityUnit>
{
    /// <summary>个: a generic item (问题10余个, 88个 safety hazards).</summary>
    public static readonly QuantityUnit Ge = new("个", 1, "item");

    /// <summary>件: a matter or case (问题20余件).</summary>
    public static readonly QuantityUnit Jian = new("件", 2, "matter");

    /// <summary>次: an occurrence (走访30余次, 会议3次).</summary>
    public static readonly QuantityUnit Ci = new("次", 3, "time");

    /// <summary>户次: visits counted per subject visit, person-times (入企服务20户次).</summary>
    public static readonly QuantityUnit HuCi = new("户次", 4, "visit (person-time)");

    /// <summary>名: a person (50名台胞).</summary>
    public static readonly QuantityUnit Ming = new("名", 5, "person");

    /// <summary>人: a person (近百人参加).</summary>
    public static readonly QuantityUnit Ren = new("人", 6, "person (head count)");

    /// <summary>位: a person, honorific (2位台青).</summary>
    public static readonly QuantityUnit Wei = new("位", 7, "person (honorific)");

    /// <summary>份: a copy of a document (宣传材料500余份).</summary>
    public static readonly QuantityUnit Fen = new("份", 8, "copy");

    /// <summary>场次: a session of an event (对接协调会3场次).</summary>
    public static readonly QuantityUnit ChangCi = new("场次", 9, "session");

    /// <summary>场: an event.</summary>
    public static readonly QuantityUnit Chang = new("场", 10, "event");

    /// <summary>家: an enterprise or establishment (15家台资企业).</summary>
    public static readonly QuantityUnit Jia = new("家", 11, "enterprise");

    /// <summary>条: an item of a list (安全建议20余条, 52条措施).</summary>
    public static readonly QuantityUnit Tiao = new("条", 12, "item of a list");

    /// <summary>项: a task or measure (十项具体工作).</summary>
    public static readonly QuantityUnit Xiang = new("项", 13, "task");

    /// <summary>户: a household.</summary>
    public static readonly QuantityUnit Hu = new("户", 14, "household");

    private static readonly QuantityUnit[] Declared = [Ge, Jian, Ci, HuCi, Ming, Ren, Wei, Fen, ChangCi, Chang, Jia, Tiao, Xiang, Hu];

    private QuantityUnit(string symbol, int value, string englishName)
        : base(symbol, value)
    {
        EnglishName = englishName;
    }

    /// <summary>Gets every unit in declaration order.</summary>
    public static IReadOnlyList<QuantityUnit> All { get; } = Array.AsReadOnly(Declared);

    /// <summary>Gets the Chinese symbol, e.g. <c>户次</c> (the same as <c>Name</c>).</summary>
    public string Symbol => Name;

    /// <summary>Gets a short English description of what the unit counts.</summary>
    public string EnglishName { get; }

    /// <summary>Finds a unit by its exact Chinese symbol.</summary>
    /// <param name="symbol">The symbol, e.g. <c>户次</c>.</param>
    /// <param name="unit">The unit, when found.</param>
    /// <returns>Whether <paramref name="symbol"/> is a known unit.</returns>
    public static bool TryFromSymbol(ReadOnlySpan<char> symbol, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out QuantityUnit? unit)
    {
        foreach (var candidate in Declared)
        {
            if (symbol.SequenceEqual(candidate.Name))
            {
                unit = candidate;
                return true;
            }
        }

        unit = null;
        return false;
    }

    /// <summary>Finds a unit by its exact Chinese symbol.</summary>
    /// <param name="symbol">The symbol, e.g. <c>户次</c>.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="symbol"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="symbol"/> is not one of the units.</exception>
    public static QuantityUnit FromSymbol(string symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        return TryFromSymbol(symbol, out var unit)
            ? unit
            : throw new ArgumentException(UnknownUnitMessage, nameof(symbol));
    }

    internal static string UnknownUnitMessage { get; } =
        "The unit must be one of " + string.Join("、", Declared.Select(u => u.Name)) + ".";
}
