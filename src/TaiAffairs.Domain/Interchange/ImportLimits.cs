namespace TaiAffairs.Domain.Interchange;

/// <summary>
/// Limits an import enforces so that a hostile document cannot crash, hang or exhaust memory. The defaults
/// (<see cref="Default"/>) suit a city's year of records: 64 MiB, depth 16, strings of 4,000 characters,
/// arrays of 1,000,000 items, at most 1,000 problems reported.
/// </summary>
/// <remarks>Equality is structural. Immutable.</remarks>
public sealed record ImportLimits
{
    /// <summary>Gets the default limits.</summary>
    public static ImportLimits Default { get; } = new();

    /// <summary>Gets the largest document accepted, in UTF-8 bytes.</summary>
    public int MaxBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>Gets the deepest nesting accepted (the format itself needs 6).</summary>
    public int MaxDepth { get; init; } = 16;

    /// <summary>Gets the longest string accepted, in characters.</summary>
    public int MaxStringLength { get; init; } = 4_000;

    /// <summary>Gets the longest array accepted.</summary>
    public int MaxArrayLength { get; init; } = 1_000_000;

    /// <summary>Gets how many problems are reported before the import stops looking.</summary>
    public int MaxProblems { get; init; } = 1_000;
}
