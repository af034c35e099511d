using NodaTime;

namespace TaiAffairs.Domain.Enterprises;

/// <summary>An enterprise's membership of an alliance (天津市智能网联汽车人才联盟), from a date.</summary>
/// <remarks>Equality is structural. Immutable. Created only by <see cref="Enterprise.JoinAlliance"/>, which checks its rules.</remarks>
public sealed record AllianceMembership
{
    internal AllianceMembership(string alliance, LocalDate joinedOn) => (Alliance, JoinedOn) = (alliance, joinedOn);

    /// <summary>Gets the alliance's name.</summary>
    public string Alliance { get; }

    /// <summary>Gets the date the enterprise joined.</summary>
    public LocalDate JoinedOn { get; }
}
