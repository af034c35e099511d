using NodaTime;

namespace TaiAffairs.Domain.Common;

/// <summary>A value that holds from a date on, until the next change of the same fact.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="From">The first day the value holds.</param>
/// <param name="Value">The value.</param>
/// <remarks>Equality is structural. Immutable when <typeparamref name="T"/> is.</remarks>
public readonly record struct DatedValue<T>(LocalDate From, T Value);
