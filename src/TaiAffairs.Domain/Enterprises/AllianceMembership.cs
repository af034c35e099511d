using NodaTime;

namespace TaiAffairs.Domain.Enterprises;

/// <summary>An enterprise's membership of an alliance (天津市智能网联汽车人才联盟), from a date.</summary>
/// <param name="Alliance">The alliance's name.</param>
/// <param name="JoinedOn">The date the enterprise joined.</param>
/// <remarks>Equality is structural. Immutable.</remarks>
public sealed record AllianceMembership(string Alliance, LocalDate JoinedOn);
