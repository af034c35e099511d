using Ardalis.SmartEnum;

namespace TaiAffairs.Domain.Exchanges;

/// <summary>A published package of measures for Taiwan compatriots and enterprises (惠台政策).</summary>
/// <remarks>Equality by identity. <c>List</c> is sorted by name; <see cref="All"/> is in declaration order. Its values are immutable singletons; thread-safe.</remarks>
public sealed class PolicyPackage : SmartEnum<PolicyPackage>
{
    /// <summary>天津"52条措施".</summary>
    public static readonly PolicyPackage Tianjin52Measures = new(nameof(Tianjin52Measures), 1, "52条措施", 52, "天津市");

    /// <summary>天津"46条措施".</summary>
    public static readonly PolicyPackage Tianjin46Measures = new(nameof(Tianjin46Measures), 2, "46条措施", 46, "天津市");

    /// <summary>国台办"农林22条".</summary>
    public static readonly PolicyPackage AgricultureAndForestry22 = new(nameof(AgricultureAndForestry22), 3, "农林22条", 22, "国务院台办");

    private static readonly PolicyPackage[] Declared = [Tianjin52Measures, Tianjin46Measures, AgricultureAndForestry22];

    private PolicyPackage(string name, int value, string chineseName, int measures, string issuer)
        : base(name, value)
    {
        ChineseName = chineseName;
        Measures = measures;
        Issuer = issuer;
    }

    /// <summary>Gets every package in declaration order.</summary>
    public static IReadOnlyList<PolicyPackage> All { get; } = Array.AsReadOnly(Declared);

    /// <summary>Gets the Chinese name, e.g. <c>52条措施</c>.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the number of measures in the package.</summary>
    public int Measures { get; }

    /// <summary>Gets who issued it.</summary>
    public string Issuer { get; }
}
