using NodaTime;

namespace TaiAffairs.Domain.Enterprises;

/// <summary>A designation or honour an enterprise received on a date.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="AwardedOn">The date it was granted.</param>
/// <param name="RecommendedByDistrict">Whether the district office recommended it (推荐林德英利获评).</param>
/// <remarks>Equality is structural. Immutable.</remarks>
public sealed record Designation(DesignationKind Kind, LocalDate AwardedOn, bool RecommendedByDistrict)
{
    /// <summary>Gets the year the designation counts for.</summary>
    public int Year => AwardedOn.Year;
}
