using Ardalis.SmartEnum;

namespace TaiAffairs.Domain.Compatriots;

/// <summary>What a compatriot does: a student (台生), employed, an entrepreneur (创业) with a startup, or other.</summary>
/// <remarks>Equality by identity. <c>List</c> is sorted by name; <see cref="All"/> is in declaration order. Its values are immutable singletons; thread-safe.</remarks>
public sealed class Occupation : SmartEnum<Occupation>
{
    /// <summary>台生: a student.</summary>
    public static readonly Occupation Student = new(nameof(Student), 1, "台生");

    /// <summary>就业: employed.</summary>
    public static readonly Occupation Employed = new(nameof(Employed), 2, "就业");

    /// <summary>创业: an entrepreneur; the occupation names the startup.</summary>
    public static readonly Occupation Entrepreneur = new(nameof(Entrepreneur), 3, "创业");

    /// <summary>Retired or otherwise not in work or study.</summary>
    public static readonly Occupation Other = new(nameof(Other), 99, "其他");

    private static readonly Occupation[] Declared = [Student, Employed, Entrepreneur, Other];

    private Occupation(string name, int value, string chineseName)
        : base(name, value) => ChineseName = chineseName;

    /// <summary>Gets every occupation in declaration order.</summary>
    public static IReadOnlyList<Occupation> All { get; } = Array.AsReadOnly(Declared);

    /// <summary>Gets the Chinese name, e.g. <c>创业</c>.</summary>
    public string ChineseName { get; }
}
