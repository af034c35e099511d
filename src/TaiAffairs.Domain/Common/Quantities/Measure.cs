using Ardalis.SmartEnum;

namespace TaiAffairs.Domain.Common;

/// <summary>
/// What a count counts: matters handled, visits as person-times, distinct enterprises, distinct people, occasions
/// (meetings, sessions, events), copies, items of a list, organizations. Each measure accepts a closed set of
/// units that the reviews use for the same thing (个/件/项 for matters; 户次/次 for visits; 名/人/位 for people);
/// quantities in units of one measure combine, quantities of different measures never do.
/// </summary>
/// <remarks>
/// Equality by identity. <see cref="All"/> is in declaration order; <c>List</c> is sorted by name. A unit may be
/// accepted by more than one measure (次 counts visits and occasions): a figure names its measure, and the
/// measure decides which units a statement of that figure may use. Immutable and thread-safe.
/// </remarks>
public sealed class Measure : SmartEnum<Measure>
{
    /// <summary>事项: matters handled (问题10余个, 20余件, 十项).</summary>
    public static readonly Measure Matters = new(nameof(Matters), 1, "事项", [QuantityUnit.Ge, QuantityUnit.Jian, QuantityUnit.Xiang]);

    /// <summary>人次/户次: visits counted as person-times (入企服务20户次, 走访调研30余次).</summary>
    public static readonly Measure Visits = new(nameof(Visits), 2, "走访人次", [QuantityUnit.HuCi, QuantityUnit.Ci]);

    /// <summary>家: distinct enterprises (走访台资企业15家).</summary>
    public static readonly Measure Enterprises = new(nameof(Enterprises), 3, "企业数", [QuantityUnit.Jia, QuantityUnit.Hu]);

    /// <summary>名: distinct people (台青2位, 接种50名).</summary>
    public static readonly Measure People = new(nameof(People), 4, "人数", [QuantityUnit.Ming, QuantityUnit.Ren, QuantityUnit.Wei]);

    /// <summary>次/场次/场: occasions such as meetings, sessions, instructions and events.</summary>
    public static readonly Measure Occasions = new(nameof(Occasions), 5, "次数", [QuantityUnit.Ci, QuantityUnit.ChangCi, QuantityUnit.Chang]);

    /// <summary>份: copies of printed material.</summary>
    public static readonly Measure Copies = new(nameof(Copies), 6, "份数", [QuantityUnit.Fen]);

    /// <summary>条: items of a list, such as suggestions.</summary>
    public static readonly Measure Items = new(nameof(Items), 7, "条数", [QuantityUnit.Tiao, QuantityUnit.Xiang]);

    /// <summary>个: organizations or units (新增成员单位9个).</summary>
    public static readonly Measure Organizations = new(nameof(Organizations), 8, "单位数", [QuantityUnit.Ge, QuantityUnit.Jia]);

    /// <summary>元: money, exact to the fen; no counting unit.</summary>
    public static readonly Measure Money = new(nameof(Money), 9, "金额", []);

    /// <summary>Any unit: a figure of a district's own (<c>FigureKey.Other</c>); never combined across districts.</summary>
    public static readonly Measure Unspecified = new(nameof(Unspecified), 10, "其他", QuantityUnit.All.ToArray());

    private static readonly Measure[] Declared = [Matters, Visits, Enterprises, People, Occasions, Copies, Items, Organizations, Money, Unspecified];

    private readonly QuantityUnit[] units;

    private Measure(string name, int value, string chineseName, QuantityUnit[] units)
        : base(name, value)
    {
        ChineseName = chineseName;
        this.units = units;
    }

    /// <summary>Gets every measure in declaration order.</summary>
    public static IReadOnlyList<Measure> All { get; } = Array.AsReadOnly(Declared);

    /// <summary>Gets the Chinese name, e.g. <c>走访人次</c>.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the units accepted as this measure, in declaration order (empty for money).</summary>
    public IReadOnlyList<QuantityUnit> Units => Array.AsReadOnly(units);

    /// <summary>Gets whether a unit is accepted as this measure.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>Whether quantities in <paramref name="unit"/> count this measure.</returns>
    public bool Accepts(QuantityUnit? unit) => unit is not null && Array.IndexOf(units, unit) >= 0;

    /// <summary>
    /// Restates a quantity of this measure in another unit of the same measure: the same interval and phrase form,
    /// another unit (<c>20余件</c> as <c>20余个</c>).
    /// </summary>
    /// <param name="quantity">The quantity, in a unit of this measure.</param>
    /// <param name="unit">The target unit, of this measure.</param>
    /// <returns>The restated quantity; <see langword="default"/> stays <see langword="default"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Either unit is not of this measure.</exception>
    public ReportedQuantity Convert(ReportedQuantity quantity, QuantityUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (!Accepts(unit))
        {
            throw new ArgumentException($"The unit {unit.Symbol} is not a unit of the measure {Name}.", nameof(unit));
        }

        if (quantity.IsDefault)
        {
            return quantity;
        }

        if (!Accepts(quantity.Unit))
        {
            throw new ArgumentException($"The quantity's unit {quantity.Unit!.Symbol} is not a unit of the measure {Name}.", nameof(quantity));
        }

        return quantity.InUnit(unit);
    }
}
