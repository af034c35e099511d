using System.Diagnostics.CodeAnalysis;
using System.Diagnostics;

namespace TaiAffairs.Domain.Common;

/// <summary>
/// The number of a Mainland Travel Permit for Taiwan Residents (台胞证): the holder's eight-digit lifetime
/// number. The older booklet form, ten digits (the lifetime number and a two-digit issue count) followed by
/// the issuing office's letter, e.g. <c>1234567801(B)</c>, is accepted and normalised to its eight digits.
/// </summary>
/// <remarks>
/// <para>Personal data: <see cref="ToString"/> and the debugger show only <c>1234****</c>; the full number is
/// available through <see cref="Reveal"/>, and no error message repeats it.</para>
/// <para><see langword="default"/> is not a valid number (domain factories reject it). Equality is ordinal
/// over the eight digits; there is no ordering. Immutable and thread-safe.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct TravelPermitNumber : IEquatable<TravelPermitNumber>
{
    private readonly string? value;

    private TravelPermitNumber(string value) => this.value = value;

    /// <summary>Gets whether this is the invalid <see langword="default"/> value.</summary>
    public bool IsDefault => value is null;

    /// <summary>Gets the masked form, <c>1234****</c>: the first four digits.</summary>
    public string Masked => value is null ? string.Empty : string.Concat(value.AsSpan(0, 4), "****");

    /// <summary>
    /// Gets the parser that says why a text was refused (a <see cref="ParseResult{T}"/> with a code from
    /// <see cref="ParseErrorCodes"/>); see <see cref="TryParse(string, out TravelPermitNumber)"/> for the rules.
    /// </summary>
    public static ValuePattern<TravelPermitNumber> Pattern { get; } = new(ParseCore);

    /// <summary>Checks and parses a number: eight digits, or the older ten digits with an office letter.</summary>
    /// <param name="text">The text; white space is ignored, the letter may stand in ASCII or full-width parentheses.</param>
    /// <param name="result">The value when the text was accepted; otherwise <see langword="default"/>.</param>
    /// <returns>Whether the text was accepted (the reason for a refusal: <see cref="Pattern"/>). Refusals: The number, or an error: <c>travel-permit.empty</c> or <c>travel-permit.format</c>.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out TravelPermitNumber result)
    {
        var parsed = ParseCore(text);
        result = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }

    /// <summary>Parses a span of characters, as <see cref="TryParse(string, out TravelPermitNumber)"/> parses a string.</summary>
    /// <param name="text">The characters.</param>
    /// <param name="result">The value when the text was accepted; otherwise <see langword="default"/>.</param>
    /// <returns>Whether the text was accepted.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out TravelPermitNumber result) => TryParse(text.ToString(), out result);

    private static ParseResult<TravelPermitNumber> ParseCore(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<TravelPermitNumber>.ForError(ParseErrorCodes.TravelPermitEmpty, "A travel permit number is required.");
        }

        var span = text.AsSpan().Trim();
        if (span.Length == 8 && !span.ContainsAnyExceptInRange('0', '9'))
        {
            return ParseResult<TravelPermitNumber>.ForValue(new TravelPermitNumber(span.ToString()));
        }

        if (span.Length >= 11 && !span[..10].ContainsAnyExceptInRange('0', '9'))
        {
            var office = span[10..].Trim();
            if ((office.Length == 3 && office[0] is '(' or '（' && office[2] is ')' or '）') || office.Length == 1)
            {
                var letter = office.Length == 1 ? office[0] : office[1];
                if (char.IsAsciiLetter(letter))
                {
                    return ParseResult<TravelPermitNumber>.ForValue(new TravelPermitNumber(span[..8].ToString()));
                }
            }
        }

        return ParseResult<TravelPermitNumber>.ForError(
            ParseErrorCodes.TravelPermitFormat,
            "A travel permit number is 8 digits, or the older form of 10 digits followed by the issuing office's letter, e.g. (B).");
    }

    /// <summary>Checks and parses a number.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">The text is not a valid number; the message names the broken rule, never the number.</exception>
    public static TravelPermitNumber Parse(string text) => ParseCore(text).Value;

    /// <summary>Compares two numbers for equality.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether they are the same number.</returns>
    public static bool operator ==(TravelPermitNumber left, TravelPermitNumber right) => left.Equals(right);

    /// <summary>Compares two numbers for inequality.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(TravelPermitNumber left, TravelPermitNumber right) => !left.Equals(right);

    /// <summary>Returns the full eight digits. Personal data: call only where showing it is intended and allowed.</summary>
    /// <returns>The number; empty for <see langword="default"/>.</returns>
    public string Reveal() => value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(TravelPermitNumber other) => string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TravelPermitNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => value is null ? 0 : StringComparer.Ordinal.GetHashCode(value);

    /// <summary>Returns the masked form, never the full number.</summary>
    /// <returns><see cref="Masked"/>.</returns>
    public override string ToString() => Masked;
}
