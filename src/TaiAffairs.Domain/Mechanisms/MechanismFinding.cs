namespace TaiAffairs.Domain.Mechanisms;

/// <summary>One requirement of a mechanism judged against the records: kept or broken, and by which record.</summary>
/// <param name="Requirement">The requirement, e.g. <c>每季度至少召开一次恳谈会</c>.</param>
/// <param name="Kept">Whether it was kept.</param>
/// <param name="Record">The record or span judged (an issue id, a quarter, a unit); <see langword="null"/> for the terms themselves.</param>
/// <param name="Detail">What was found, without personal data.</param>
/// <remarks>Equality is structural. Immutable.</remarks>
public sealed record MechanismFinding(string Requirement, bool Kept, string? Record, string Detail);
