using Ardalis.GuardClauses;

namespace TaiAffairs.Domain.Compatriots;

/// <summary>
/// The age bands a policy uses: who counts as a Taiwan youth (台青) and who as elderly (老年台胞). Youth and
/// age are derived from the birth date and this policy, never stored.
/// </summary>
/// <remarks>
/// <see cref="Default"/> is 18-45 for youth (both inclusive) and 60 or over for the elderly. Minors under 14
/// are always protected (their data is sensitive under PIPL); that bound is not a policy choice.
/// Equality is structural. Immutable and thread-safe.
/// </remarks>
public sealed record AgeBandPolicy
{
    /// <summary>The age below which all of a person's data is sensitive (PIPL).</summary>
    public const int MinorUnder = 14;

    private AgeBandPolicy(int youthFrom, int youthTo, int elderlyFrom)
    {
        YouthFrom = youthFrom;
        YouthTo = youthTo;
        ElderlyFrom = elderlyFrom;
    }

    /// <summary>Gets the default policy: youth 18-45, elderly 60+.</summary>
    public static AgeBandPolicy Default { get; } = new(18, 45, 60);

    /// <summary>Gets the youngest age that counts as youth.</summary>
    public int YouthFrom { get; }

    /// <summary>Gets the oldest age that counts as youth.</summary>
    public int YouthTo { get; }

    /// <summary>Gets the age from which a person counts as elderly.</summary>
    public int ElderlyFrom { get; }

    /// <summary>Creates a policy.</summary>
    /// <param name="youthFrom">Youngest youth age, 0-120.</param>
    /// <param name="youthTo">Oldest youth age, at least <paramref name="youthFrom"/>.</param>
    /// <param name="elderlyFrom">First elderly age, above <paramref name="youthTo"/>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The bands are out of order or out of range.</exception>
    public static AgeBandPolicy Create(int youthFrom, int youthTo, int elderlyFrom)
    {
        Guard.Against.OutOfRange(youthFrom, nameof(youthFrom), 0, 120, "Youth starts between 0 and 120.");
        Guard.Against.OutOfRange(youthTo, nameof(youthTo), youthFrom, 120, "Youth ends at or after it starts, by 120.");
        Guard.Against.OutOfRange(elderlyFrom, nameof(elderlyFrom), youthTo + 1, 150, "Elderly starts after youth ends.");
        return new AgeBandPolicy(youthFrom, youthTo, elderlyFrom);
    }
}
