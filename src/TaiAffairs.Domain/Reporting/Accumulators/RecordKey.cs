namespace TaiAffairs.Domain.Reporting;

/// <summary>
/// The identity of a record inside an accumulator: its kind (so a visit and a care visit with the same key
/// differ) and its id's value. Adding the same key twice counts once.
/// </summary>
/// <param name="Kind">The kind of record, an accumulator-specific small number.</param>
/// <param name="Id">The record's id value.</param>
/// <remarks>Equality is structural and ordinal. Immutable.</remarks>
public readonly record struct RecordKey(int Kind, string Id);
