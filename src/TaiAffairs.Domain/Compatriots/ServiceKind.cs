using Ardalis.SmartEnum;

namespace TaiAffairs.Domain.Compatriots;

/// <summary>Services the offices do on a compatriot's behalf (代办、代缴) or to help them.</summary>
/// <remarks>Equality by identity. <c>List</c> is sorted by name; <see cref="All"/> is in declaration order. Its values are immutable singletons; thread-safe.</remarks>
public sealed class ServiceKind : SmartEnum<ServiceKind>
{
    /// <summary>代办证件: a permit applied for or renewed on the person's behalf (台胞证).</summary>
    public static readonly ServiceKind PermitRenewal = new(nameof(PermitRenewal), 1, "代办证件");

    /// <summary>代办取水证换证: a water-permit renewal done on the person's behalf.</summary>
    public static readonly ServiceKind WaterPermitRenewal = new(nameof(WaterPermitRenewal), 2, "代办取水证换证");

    /// <summary>代缴水费: water fees paid on the person's behalf.</summary>
    public static readonly ServiceKind UtilityPayment = new(nameof(UtilityPayment), 3, "代缴水费");

    /// <summary>生活设施: household help (空调安装).</summary>
    public static readonly ServiceKind HouseholdHelp = new(nameof(HouseholdHelp), 4, "生活帮扶");

    /// <summary>就业对接: an employment referral.</summary>
    public static readonly ServiceKind EmploymentReferral = new(nameof(EmploymentReferral), 5, "就业对接");

    /// <summary>就医协助: help to see a doctor.</summary>
    public static readonly ServiceKind HealthcareAccess = new(nameof(HealthcareAccess), 6, "就医协助");

    /// <summary>Any other service.</summary>
    public static readonly ServiceKind Other = new(nameof(Other), 99, "其他");

    private static readonly ServiceKind[] Declared = [PermitRenewal, WaterPermitRenewal, UtilityPayment, HouseholdHelp, EmploymentReferral, HealthcareAccess, Other];

    private ServiceKind(string name, int value, string chineseName)
        : base(name, value) => ChineseName = chineseName;

    /// <summary>Gets every kind in declaration order.</summary>
    public static IReadOnlyList<ServiceKind> All { get; } = Array.AsReadOnly(Declared);

    /// <summary>Gets the Chinese name, e.g. <c>代缴水费</c>.</summary>
    public string ChineseName { get; }
}
