using NodaTime;

namespace TaiAffairs.Domain.Enterprises;

/// <summary>An enterprise's party branch (台企党支部).</summary>
/// <param name="Name">The branch's name.</param>
/// <param name="EstablishedOn">When it was established, if known.</param>
/// <remarks>Equality is structural. Immutable.</remarks>
public sealed record PartyBranch(string Name, LocalDate? EstablishedOn);
