using Ardalis.SmartEnum;

namespace TaiAffairs.Domain.Exchanges;

/// <summary>The kinds of exchange event (交流活动): festivals, culture, visits, online links, exchanges.</summary>
/// <remarks>Equality by identity. <c>List</c> is sorted by name; <see cref="All"/> is in declaration order. Its values are immutable singletons; thread-safe.</remarks>
public sealed class ExchangeEventKind : SmartEnum<ExchangeEventKind>
{
    /// <summary>中秋: Mid-Autumn festival.</summary>
    public static readonly ExchangeEventKind MidAutumn = new(nameof(MidAutumn), 1, "中秋", true);

    /// <summary>端午: Dragon Boat festival.</summary>
    public static readonly ExchangeEventKind DragonBoat = new(nameof(DragonBoat), 2, "端午", true);

    /// <summary>春节: Spring festival (我在天津过大年).</summary>
    public static readonly ExchangeEventKind SpringFestival = new(nameof(SpringFestival), 3, "春节", true);

    /// <summary>元宵: Lantern festival.</summary>
    public static readonly ExchangeEventKind Lantern = new(nameof(Lantern), 4, "元宵", true);

    /// <summary>六一: Children's Day.</summary>
    public static readonly ExchangeEventKind ChildrensDay = new(nameof(ChildrensDay), 5, "六一", true);

    /// <summary>妈祖文化: Mazu culture (天后宫).</summary>
    public static readonly ExchangeEventKind MazuCulture = new(nameof(MazuCulture), 6, "妈祖文化", false);

    /// <summary>非遗: intangible cultural heritage.</summary>
    public static readonly ExchangeEventKind IntangibleHeritage = new(nameof(IntangibleHeritage), 7, "非遗", false);

    /// <summary>参观: a visit (精武门中华武林园, 国家会展中心).</summary>
    public static readonly ExchangeEventKind Visit = new(nameof(Visit), 8, "参观", false);

    /// <summary>线上连线: an online link (中秋视频连线).</summary>
    public static readonly ExchangeEventKind OnlineLink = new(nameof(OnlineLink), 9, "线上连线", false);

    /// <summary>农技交流: an agricultural exchange ("情谊农农").</summary>
    public static readonly ExchangeEventKind AgriculturalExchange = new(nameof(AgriculturalExchange), 10, "农技交流", false);

    /// <summary>青年交流: a youth exchange (台青南开行).</summary>
    public static readonly ExchangeEventKind YouthExchange = new(nameof(YouthExchange), 11, "青年交流", false);

    /// <summary>Any other event.</summary>
    public static readonly ExchangeEventKind Other = new(nameof(Other), 99, "其他", false);

    private static readonly ExchangeEventKind[] Declared =
        [MidAutumn, DragonBoat, SpringFestival, Lantern, ChildrensDay, MazuCulture, IntangibleHeritage, Visit, OnlineLink, AgriculturalExchange, YouthExchange, Other];

    private ExchangeEventKind(string name, int value, string chineseName, bool isFestival)
        : base(name, value)
    {
        ChineseName = chineseName;
        IsFestival = isFestival;
    }

    /// <summary>Gets every kind in declaration order.</summary>
    public static IReadOnlyList<ExchangeEventKind> All { get; } = Array.AsReadOnly(Declared);

    /// <summary>Gets the Chinese name, e.g. <c>中秋</c>.</summary>
    public string ChineseName { get; }

    /// <summary>Gets whether the event marks a traditional festival.</summary>
    public bool IsFestival { get; }
}
