using NodaTime;

namespace TaiAffairs.Domain.Enterprises;

/// <summary>A training the enterprise's people attended ("走进北大" 企业家培训).</summary>
/// <param name="Title">The training's title.</param>
/// <param name="Date">The date attended.</param>
/// <remarks>Equality is structural. Immutable.</remarks>
public sealed record TrainingAttendance(string Title, LocalDate Date);
