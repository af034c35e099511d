using NodaTime;

namespace TaiAffairs.Domain.Common;

/// <summary>
/// One date that differs from the plain Monday-Friday week, as a State Council notice lists it: a day off
/// (<see cref="IsOffDay"/>) or a make-up working day.
/// </summary>
/// <param name="Date">The date.</param>
/// <param name="Name">The holiday it belongs to, e.g. <c>春节</c>.</param>
/// <param name="IsOffDay"><see langword="true"/> for a day off; <see langword="false"/> for a make-up working day.</param>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public readonly record struct HolidayAdjustment(LocalDate Date, string Name, bool IsOffDay);
