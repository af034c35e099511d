using Ardalis.SmartEnum;

namespace TaiAffairs.Domain.Enterprises;

/// <summary>
/// Designations (认定) and honours (荣誉) an enterprise can hold, each at most once per year.
/// <see cref="IsHonour"/> tells an honour (全国工人先锋号) from a qualification (国家高新技术企业).
/// </summary>
/// <remarks>Equality by identity. <c>List</c> is sorted by name; <see cref="All"/> is in declaration order. Its values are immutable singletons; thread-safe.</remarks>
public sealed class DesignationKind : SmartEnum<DesignationKind>
{
    /// <summary>国家高新技术企业: national high-tech enterprise.</summary>
    public static readonly DesignationKind NationalHighTechEnterprise = new(nameof(NationalHighTechEnterprise), 1, "国家高新技术企业", false);

    /// <summary>科技领军(培育)企业: technology leader (in cultivation).</summary>
    public static readonly DesignationKind TechnologyLeader = new(nameof(TechnologyLeader), 2, "科技领军(培育)企业", false);

    /// <summary>科技型中小企业: technology-based SME.</summary>
    public static readonly DesignationKind TechnologySme = new(nameof(TechnologySme), 3, "科技型中小企业", false);

    /// <summary>全国工人先锋号: national workers' pioneer (an honour).</summary>
    public static readonly DesignationKind NationalWorkersPioneer = new(nameof(NationalWorkersPioneer), 10, "全国工人先锋号", true);

    /// <summary>全国五一劳动奖状: national May Day labour award (an honour).</summary>
    public static readonly DesignationKind NationalMayDayLabourAward = new(nameof(NationalMayDayLabourAward), 11, "全国五一劳动奖状", true);

    private static readonly DesignationKind[] Declared =
        [NationalHighTechEnterprise, TechnologyLeader, TechnologySme, NationalWorkersPioneer, NationalMayDayLabourAward];

    private DesignationKind(string name, int value, string chineseName, bool isHonour)
        : base(name, value)
    {
        ChineseName = chineseName;
        IsHonour = isHonour;
    }

    /// <summary>Gets every kind in declaration order.</summary>
    public static IReadOnlyList<DesignationKind> All { get; } = Array.AsReadOnly(Declared);

    /// <summary>Gets the Chinese name, e.g. <c>全国工人先锋号</c>.</summary>
    public string ChineseName { get; }

    /// <summary>Gets whether this is an honour (荣誉) rather than a qualification (认定).</summary>
    public bool IsHonour { get; }
}
