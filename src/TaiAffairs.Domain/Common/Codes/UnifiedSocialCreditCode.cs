using System.Diagnostics.CodeAnalysis;
using System.Diagnostics;

namespace TaiAffairs.Domain.Common;

/// <summary>
/// A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
/// <c>0123456789ABCDEFGHJKLMNPQRTUWXY</c> whose last is a check character. It identifies an enterprise.
/// </summary>
/// <remarks>
/// <para>The check: with the characters' values v₁..v₁₇ (their positions in the alphabet above) and weights
/// wᵢ = 3^(i−1) mod 31, the check character's value is (31 − Σ vᵢ·wᵢ mod 31) mod 31.
/// <c>91350100M000100Y43</c> is valid.</para>
/// <para>Parsing trims white space and upper-cases letters. <see langword="default"/> is not a valid code: its
/// <see cref="Value"/> is empty and domain factories reject it. Equality and ordering are ordinal over the
/// 18 characters. A credit code identifies a legal person, not a natural one, so it is not masked. Immutable
/// and thread-safe.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct UnifiedSocialCreditCode : IEquatable<UnifiedSocialCreditCode>, IComparable<UnifiedSocialCreditCode>
{
    /// <summary>The 31 characters a code may use, in the order of their values 0-30.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private readonly string? value;

    private UnifiedSocialCreditCode(string value) => this.value = value;

    /// <summary>Gets the 18-character code; empty for <see langword="default"/>.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Gets whether this is the invalid <see langword="default"/> value.</summary>
    public bool IsDefault => value is null;

    /// <summary>Gets the registration authority character (1st: 9 for market regulation, 5 for civil affairs ...).</summary>
    public char RegistrationAuthority => Value.Length == 18 ? Value[0] : '\0';

    /// <summary>Gets the six-digit administrative division code of the registering authority (3rd-8th), e.g. <c>120115</c>.</summary>
    public string AdministrativeDivision => Value.Length == 18 ? Value.Substring(2, 6) : string.Empty;

    /// <summary>
    /// Gets the parser that says why a text was refused (a <see cref="ParseResult{T}"/> with a code from
    /// <see cref="ParseErrorCodes"/>); see <see cref="TryParse(string, out UnifiedSocialCreditCode)"/> for the rules.
    /// </summary>
    public static ValuePattern<UnifiedSocialCreditCode> Pattern { get; } = new(ParseCore);

    /// <summary>Checks and parses a code.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The value when the text was accepted; otherwise <see langword="default"/>.</param>
    /// <returns>Whether the text was accepted (the reason for a refusal: <see cref="Pattern"/>). Refusals: The code, or an error: <c>credit-code.empty</c>, <c>credit-code.length</c>,
    /// <c>credit-code.character</c> or <c>credit-code.check-character</c>.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out UnifiedSocialCreditCode result)
    {
        var parsed = ParseCore(text);
        result = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }

    /// <summary>Parses a span of characters, as <see cref="TryParse(string, out UnifiedSocialCreditCode)"/> parses a string.</summary>
    /// <param name="text">The characters.</param>
    /// <param name="result">The value when the text was accepted; otherwise <see langword="default"/>.</param>
    /// <returns>Whether the text was accepted.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out UnifiedSocialCreditCode result) => TryParse(text.ToString(), out result);

    private static ParseResult<UnifiedSocialCreditCode> ParseCore(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<UnifiedSocialCreditCode>.ForError(ParseErrorCodes.CreditCodeEmpty, "A unified social credit code is required.");
        }

        var code = text.Trim().ToUpperInvariant();
        if (code.Length != 18)
        {
            return ParseResult<UnifiedSocialCreditCode>.ForError(ParseErrorCodes.CreditCodeLength, "A unified social credit code has exactly 18 characters.");
        }

        var sum = 0;
        for (var i = 0; i < 18; i++)
        {
            var v = Alphabet.IndexOf(code[i], StringComparison.Ordinal);
            if (v < 0)
            {
                return ParseResult<UnifiedSocialCreditCode>.ForError(
                    ParseErrorCodes.CreditCodeCharacter,
                    $"Character {i + 1} of a unified social credit code must be a digit or one of ABCDEFGHJKLMNPQRTUWXY (no I, O, S, V, Z).");
            }

            if (i < 17)
            {
                sum += v * Weights[i];
            }
            else if (v != CheckValue(sum))
            {
                return ParseResult<UnifiedSocialCreditCode>.ForError(
                    ParseErrorCodes.CreditCodeCheckCharacter,
                    "The 18th character of a unified social credit code does not match its check (GB 32100-2015, MOD 31).");
            }
        }

        return ParseResult<UnifiedSocialCreditCode>.ForValue(new UnifiedSocialCreditCode(code));
    }

    /// <summary>Checks and parses a code.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not a valid code; the message names the broken rule.</exception>
    public static UnifiedSocialCreditCode Parse(string text) => ParseCore(text).Value;

    /// <summary>Computes the check character for the first 17 characters of a code.</summary>
    /// <param name="first17">The first 17 characters, from <see cref="Alphabet"/>.</param>
    /// <returns>The check character.</returns>
    /// <exception cref="ArgumentException"><paramref name="first17"/> is not 17 characters of the alphabet.</exception>
    public static char ComputeCheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != 17)
        {
            throw new ArgumentException("The check is computed over exactly 17 characters.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = Alphabet.IndexOf(char.ToUpperInvariant(first17[i]), StringComparison.Ordinal);
            if (v < 0)
            {
                throw new ArgumentException("Only the 31 characters of the code alphabet may be used.", nameof(first17));
            }

            sum += v * Weights[i];
        }

        return Alphabet[CheckValue(sum)];
    }

    /// <summary>Compares two codes for equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether they are the same code.</returns>
    public static bool operator ==(UnifiedSocialCreditCode left, UnifiedSocialCreditCode right) => left.Equals(right);

    /// <summary>Compares two codes for inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(UnifiedSocialCreditCode left, UnifiedSocialCreditCode right) => !left.Equals(right);

    /// <summary>Ordinal comparison.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <(UnifiedSocialCreditCode left, UnifiedSocialCreditCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal comparison.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >(UnifiedSocialCreditCode left, UnifiedSocialCreditCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal comparison.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <=(UnifiedSocialCreditCode left, UnifiedSocialCreditCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal comparison.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >=(UnifiedSocialCreditCode left, UnifiedSocialCreditCode right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public bool Equals(UnifiedSocialCreditCode other) => string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is UnifiedSocialCreditCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => value is null ? 0 : StringComparer.Ordinal.GetHashCode(value);

    /// <inheritdoc />
    public int CompareTo(UnifiedSocialCreditCode other) => string.CompareOrdinal(value, other.value);

    /// <summary>Returns the 18-character code (empty for <see langword="default"/>).</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Value;

    private static int CheckValue(int sum) => (31 - (sum % 31)) % 31;
}
