using System.Diagnostics.CodeAnalysis;
using System.Diagnostics;
using System.Globalization;
using NodaTime;

namespace TaiAffairs.Domain.Common;

/// <summary>
/// The number of a Residence Permit for Taiwan Residents (台湾居民居住证): 18 characters, <c>830000</c>, the
/// holder's birth date (yyyyMMdd), a three-digit sequence and an ISO 7064 MOD 11-2 check character
/// (<c>0</c>-<c>9</c> or <c>X</c>), as on a resident identity card.
/// </summary>
/// <remarks>
/// <para>Personal data: <see cref="ToString"/> and the debugger show only the masked form
/// <c>830000********1234</c>; the full number is available only through <see cref="Reveal"/>, and no error
/// message repeats it.</para>
/// <para><see langword="default"/> is not a valid number (it has no digits; domain factories reject it).
/// Equality is ordinal over the full number; there is no ordering. Immutable and thread-safe.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct ResidencePermitNumber : IEquatable<ResidencePermitNumber>
{
    /// <summary>The six characters every Taiwan residents' permit number begins with.</summary>
    public const string TaiwanPrefix = "830000";

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    private readonly string? value;

    private ResidencePermitNumber(string value, LocalDate birthDate)
    {
        this.value = value;
        BirthDate = birthDate;
    }

    /// <summary>Gets the birth date the number encodes (personal data).</summary>
    public LocalDate BirthDate { get; }

    /// <summary>Gets whether this is the invalid <see langword="default"/> value.</summary>
    public bool IsDefault => value is null;

    /// <summary>Gets the masked form, <c>830000********1234</c>: the prefix and the last four characters.</summary>
    public string Masked => value is null ? string.Empty : string.Concat(TaiwanPrefix, "********", value.AsSpan(14));

    /// <summary>
    /// Gets the parser that says why a text was refused (a <see cref="ParseResult{T}"/> with a code from
    /// <see cref="ParseErrorCodes"/>); see <see cref="TryParse(string, out ResidencePermitNumber)"/> for the rules.
    /// </summary>
    public static ValuePattern<ResidencePermitNumber> Pattern { get; } = new(ParseCore);

    /// <summary>Checks and parses a number.</summary>
    /// <param name="text">The text; white space around it is ignored and a lower-case <c>x</c> accepted.</param>
    /// <param name="result">The value when the text was accepted; otherwise <see langword="default"/>.</param>
    /// <returns>Whether the text was accepted (the reason for a refusal: <see cref="Pattern"/>). Refusals: The number, or an error: <c>residence-permit.empty</c>, <c>residence-permit.length</c>,
    /// <c>residence-permit.prefix</c>, <c>residence-permit.character</c>, <c>residence-permit.birth-date</c>
    /// or <c>residence-permit.check-character</c>. Messages never repeat the number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ResidencePermitNumber result)
    {
        var parsed = ParseCore(text);
        result = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }

    /// <summary>Parses a span of characters, as <see cref="TryParse(string, out ResidencePermitNumber)"/> parses a string.</summary>
    /// <param name="text">The characters.</param>
    /// <param name="result">The value when the text was accepted; otherwise <see langword="default"/>.</param>
    /// <returns>Whether the text was accepted.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out ResidencePermitNumber result) => TryParse(text.ToString(), out result);

    private static ParseResult<ResidencePermitNumber> ParseCore(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<ResidencePermitNumber>.ForError(ParseErrorCodes.ResidencePermitEmpty, "A residence permit number is required.");
        }

        var number = text.Trim().ToUpperInvariant();
        if (number.Length != 18)
        {
            return ParseResult<ResidencePermitNumber>.ForError(ParseErrorCodes.ResidencePermitLength, "A residence permit number has exactly 18 characters.");
        }

        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(number[i]))
            {
                return ParseResult<ResidencePermitNumber>.ForError(ParseErrorCodes.ResidencePermitCharacter, "The first 17 characters of a residence permit number must be digits.");
            }
        }

        if (!char.IsAsciiDigit(number[17]) && number[17] != 'X')
        {
            return ParseResult<ResidencePermitNumber>.ForError(ParseErrorCodes.ResidencePermitCharacter, "The last character of a residence permit number must be a digit or X.");
        }

        if (!number.StartsWith(TaiwanPrefix, StringComparison.Ordinal))
        {
            return ParseResult<ResidencePermitNumber>.ForError(ParseErrorCodes.ResidencePermitPrefix, "A Taiwan residents' permit number must begin with 830000.");
        }

        var year = int.Parse(number.AsSpan(6, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        var month = int.Parse(number.AsSpan(10, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        var day = int.Parse(number.AsSpan(12, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        if (year < 1850 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return ParseResult<ResidencePermitNumber>.ForError(ParseErrorCodes.ResidencePermitBirthDate, "Characters 7-14 of a residence permit number must be a real birth date (yyyyMMdd).");
        }

        if (number[17] != ComputeCheck(number))
        {
            return ParseResult<ResidencePermitNumber>.ForError(ParseErrorCodes.ResidencePermitCheckCharacter, "The last character of a residence permit number does not match its check (ISO 7064 MOD 11-2).");
        }

        return ParseResult<ResidencePermitNumber>.ForValue(new ResidencePermitNumber(number, new LocalDate(year, month, day)));
    }

    /// <summary>Checks and parses a number.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">The text is not a valid number; the message names the broken rule, never the number.</exception>
    public static ResidencePermitNumber Parse(string text) => ParseCore(text).Value;

    /// <summary>Computes the ISO 7064 MOD 11-2 check character over the first 17 digits.</summary>
    /// <param name="first17">At least 17 characters whose first 17 are digits.</param>
    /// <returns>The check character, <c>0</c>-<c>9</c> or <c>X</c>.</returns>
    /// <exception cref="ArgumentException">The first 17 characters are not all digits.</exception>
    public static char ComputeCheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length < 17 || first17.AsSpan(0, 17).ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException("The check is computed over 17 digits.", nameof(first17));
        }

        return ComputeCheck(first17);
    }

    /// <summary>Compares two numbers for equality.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether they are the same number.</returns>
    public static bool operator ==(ResidencePermitNumber left, ResidencePermitNumber right) => left.Equals(right);

    /// <summary>Compares two numbers for inequality.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ResidencePermitNumber left, ResidencePermitNumber right) => !left.Equals(right);

    /// <summary>Returns the full number. Personal data: call only where showing it is intended and allowed.</summary>
    /// <returns>The 18-character number; empty for <see langword="default"/>.</returns>
    public string Reveal() => value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(ResidencePermitNumber other) => string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ResidencePermitNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => value is null ? 0 : StringComparer.Ordinal.GetHashCode(value);

    /// <summary>Returns the masked form, never the full number.</summary>
    /// <returns><see cref="Masked"/>.</returns>
    public override string ToString() => Masked;

    private static char ComputeCheck(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (digits[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }
}
