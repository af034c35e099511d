namespace TaiAffairs.Domain.Common;

/// <summary>
/// Why a text could not be parsed: a stable <see cref="Code"/> (for example
/// <c>credit-code.check-character</c>) and a message that names the broken rule.
/// </summary>
/// <param name="Code">The stable code of the broken parsing rule.</param>
/// <param name="Message">A message that names the rule; it never repeats personal data from the input.</param>
/// <remarks>Equality is structural over both members. Immutable and thread-safe.</remarks>
public sealed record ParseError(string Code, string Message);
