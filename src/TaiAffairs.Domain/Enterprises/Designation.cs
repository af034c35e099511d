using NodaTime;

namespace TaiAffairs.Domain.Enterprises;

/// <summary>A designation or honour an enterprise received on a date.</summary>
/// <remarks>
/// Equality is structural. Immutable. Created only by <see cref="Enterprise.AddDesignation"/>, which checks its
/// rules; there is no public constructor, so an instance is always one an enterprise holds.
/// </remarks>
public sealed record Designation
{
    internal Designation(DesignationKind kind, LocalDate awardedOn, bool recommendedByDistrict) =>
        (Kind, AwardedOn, RecommendedByDistrict) = (kind, awardedOn, recommendedByDistrict);

    /// <summary>Gets what it is.</summary>
    public DesignationKind Kind { get; }

    /// <summary>Gets the date it was granted.</summary>
    public LocalDate AwardedOn { get; }

    /// <summary>Gets whether the district office recommended it (推荐林德英利获评).</summary>
    public bool RecommendedByDistrict { get; }

    /// <summary>Gets the year the designation counts for.</summary>
    public int Year => AwardedOn.Year;
}
