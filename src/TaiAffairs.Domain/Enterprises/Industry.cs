using Ardalis.SmartEnum;

namespace TaiAffairs.Domain.Enterprises;

/// <summary>The industry of a Taiwan-funded enterprise, as the reviews group them.</summary>
/// <remarks>Equality by identity. <c>List</c> is sorted by name; <see cref="All"/> is in declaration order. Its values are immutable singletons; thread-safe.</remarks>
public sealed class Industry : SmartEnum<Industry>
{
    /// <summary>汽车零部件: auto parts (联恒工业, 林德英利, 进利汽车, 英利模具).</summary>
    public static readonly Industry AutoParts = new(nameof(AutoParts), 1, "汽车零部件");

    /// <summary>电子: electronics (光宝电子).</summary>
    public static readonly Industry Electronics = new(nameof(Electronics), 2, "电子");

    /// <summary>生物医药: bio-medicine (大成前瞻生物, 景岳生物科技).</summary>
    public static readonly Industry BioMedicine = new(nameof(BioMedicine), 3, "生物医药");

    /// <summary>乐器: musical instruments (杰麦多乐器).</summary>
    public static readonly Industry MusicalInstruments = new(nameof(MusicalInstruments), 4, "乐器");

    /// <summary>金属制品: metalwork (久增金属).</summary>
    public static readonly Industry Metalwork = new(nameof(Metalwork), 5, "金属制品");

    /// <summary>食品: food (旺旺).</summary>
    public static readonly Industry Food = new(nameof(Food), 6, "食品");

    /// <summary>农业: agriculture.</summary>
    public static readonly Industry Agriculture = new(nameof(Agriculture), 7, "农业");

    /// <summary>装备制造: equipment and machinery.</summary>
    public static readonly Industry Equipment = new(nameof(Equipment), 8, "装备制造");

    /// <summary>医疗康复: healthcare and rehabilitation (博能康复医疗中心).</summary>
    public static readonly Industry Healthcare = new(nameof(Healthcare), 9, "医疗康复");

    /// <summary>信息技术: information technology.</summary>
    public static readonly Industry InformationTechnology = new(nameof(InformationTechnology), 10, "信息技术");

    /// <summary>Any other industry.</summary>
    public static readonly Industry Other = new(nameof(Other), 99, "其他");

    private static readonly Industry[] Declared =
        [AutoParts, Electronics, BioMedicine, MusicalInstruments, Metalwork, Food, Agriculture, Equipment, Healthcare, InformationTechnology, Other];

    private Industry(string name, int value, string chineseName)
        : base(name, value) => ChineseName = chineseName;

    /// <summary>Gets every industry in declaration order.</summary>
    public static IReadOnlyList<Industry> All { get; } = Array.AsReadOnly(Declared);

    /// <summary>Gets the Chinese name, e.g. <c>汽车零部件</c>.</summary>
    public string ChineseName { get; }
}
