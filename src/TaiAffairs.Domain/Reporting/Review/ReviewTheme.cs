using Ardalis.SmartEnum;

namespace TaiAffairs.Domain.Reporting;

/// <summary>The themes a review's sections follow, in the seed's order: 精准服务, 政策支持, 办实事.</summary>
/// <remarks>Equality by identity. <see cref="All"/> is in section order. Its values are immutable singletons; thread-safe.</remarks>
public sealed class ReviewTheme : SmartEnum<ReviewTheme>
{
    /// <summary>精准服务: visits, issues, meetings, mechanisms.</summary>
    public static readonly ReviewTheme PreciseService = new(nameof(PreciseService), 1, "精准服务");

    /// <summary>政策支持: subsidies, policy publicity, trainings.</summary>
    public static readonly ReviewTheme PolicySupport = new(nameof(PolicySupport), 2, "政策支持");

    /// <summary>办实事: vaccination, care, safety, donations, events, youth.</summary>
    public static readonly ReviewTheme PracticalDeeds = new(nameof(PracticalDeeds), 3, "办实事");

    private static readonly ReviewTheme[] Declared = [PreciseService, PolicySupport, PracticalDeeds];

    private ReviewTheme(string name, int value, string chineseName)
        : base(name, value) => ChineseName = chineseName;

    /// <summary>Gets every theme in section order.</summary>
    public static IReadOnlyList<ReviewTheme> All { get; } = Array.AsReadOnly(Declared);

    /// <summary>Gets the Chinese name, e.g. <c>精准服务</c>.</summary>
    public string ChineseName { get; }
}
