namespace TaiAffairs.Domain.Reporting;

/// <summary>
/// The check of a declared figure against the records of the same kind (law 7): the count of recorded items
/// cannot exceed the declaration's upper bound. An inconsistency is reported, never hidden.
/// </summary>
/// <param name="District">The district's Chinese name, or <c>天津市</c> for the city.</param>
/// <param name="Key">The figure.</param>
/// <param name="Declared">The declaration as stated.</param>
/// <param name="Recorded">The records' value.</param>
/// <param name="IsConsistent">Whether the records fit the declaration.</param>
/// <param name="Message">What was found, in Chinese, without personal data.</param>
/// <remarks>Equality is structural. Immutable.</remarks>
public sealed record ReconciliationFinding(string District, FigureKey Key, FigureValue Declared, FigureValue Recorded, bool IsConsistent, string Message);
