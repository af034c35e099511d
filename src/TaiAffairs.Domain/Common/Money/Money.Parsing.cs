using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace TaiAffairs.Domain.Common;

/// <content>Money: parsing the reviews amount phrases (300万, 58.09万元).</content>
public readonly partial struct Money
{
    /// <summary>
    /// Gets the parser that says why a text was refused (a <see cref="ParseResult{T}"/> with a code from
    /// <see cref="ParseErrorCodes"/>); see <see cref="TryParse(string, out Money)"/> for the rules.
    /// </summary>
    public static ValuePattern<Money> Pattern { get; } = new(ParseCore);

    /// <summary>
    /// Parses an amount in one of the reviews' forms: a number (digits, optional <c>,</c> thousands
    /// separators in groups of three, an optional <c>.</c> and decimals, an optional leading <c>-</c>)
    /// followed by a unit: <c>元</c>, <c>万</c>/<c>万元</c> (×10,000) or <c>亿</c>/<c>亿元</c> (×100,000,000).
    /// Examples: <c>300万</c>, <c>58.09万元</c>, <c>1,234.50元</c>.
    /// </summary>
    /// <param name="text">The text to parse. Leading and trailing white space is ignored.</param>
    /// <param name="result">The value when the text was accepted; otherwise <see langword="default"/>.</param>
    /// <returns>Whether the text was accepted (the reason for a refusal: <see cref="Pattern"/>). Refusals: The amount, or an error naming the broken rule: <c>money.empty</c>, <c>money.unit</c>,
    /// <c>money.number</c>, <c>money.sub-fen</c> or <c>money.range</c>.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Money result)
    {
        var parsed = ParseCore(text);
        result = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }

    /// <summary>Parses a span of characters, as <see cref="TryParse(string, out Money)"/> parses a string.</summary>
    /// <param name="text">The characters.</param>
    /// <param name="result">The value when the text was accepted; otherwise <see langword="default"/>.</param>
    /// <returns>Whether the text was accepted.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Money result) => TryParse(text.ToString(), out result);

    private static ParseResult<Money> ParseCore(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<Money>.ForError(ParseErrorCodes.MoneyEmpty, "An amount of money is required, e.g. \"58.09万元\".");
        }

        var span = text.AsSpan().Trim();
        long scale;
        if (span.EndsWith("万元", StringComparison.Ordinal))
        {
            scale = FenPerWan;
            span = span[..^2];
        }
        else if (span.EndsWith("亿元", StringComparison.Ordinal))
        {
            scale = FenPerYi;
            span = span[..^2];
        }
        else if (span.EndsWith('万'))
        {
            scale = FenPerWan;
            span = span[..^1];
        }
        else if (span.EndsWith('亿'))
        {
            scale = FenPerYi;
            span = span[..^1];
        }
        else if (span.EndsWith('元'))
        {
            scale = FenPerYuan;
            span = span[..^1];
        }
        else
        {
            return ParseResult<Money>.ForError(ParseErrorCodes.MoneyUnit, "An amount must end with a unit: 元, 万, 万元, 亿 or 亿元.");
        }

        span = span.TrimEnd();
        if (!span.IsEmpty && !char.IsAscii(span[^1]))
        {
            // 美元, 港元, 台币元 ...: another currency's unit.
            return ParseResult<Money>.ForError(ParseErrorCodes.MoneyUnit, "Only amounts in CNY are supported: the unit must be 元, 万, 万元, 亿 or 亿元.");
        }

        if (!IsWellFormedNumber(span))
        {
            return ParseResult<Money>.ForError(
                ParseErrorCodes.MoneyNumber,
                "The number before the unit must be digits with optional ',' thousands separators in groups of three and an optional '.' with decimals.");
        }

        // Judge sub-fen and range on the digits before converting, so no input is rounded and the buffer stays
        // small whatever the input's length (a text of millions of digits is refused, never copied).
        var negative = span[0] == '-';
        var body = negative ? span[1..] : span;
        var dot = body.IndexOf('.');
        var fraction = (dot < 0 ? [] : body[(dot + 1)..]).TrimEnd('0');
        var integral = (dot < 0 ? body : body[..dot]).TrimStart("0,");
        var fractionDigits = scale == FenPerYuan ? 2 : scale == FenPerWan ? 6 : 10;
        if (fraction.Length > fractionDigits)
        {
            return ParseResult<Money>.ForError(ParseErrorCodes.MoneySubFen, "An amount must be exact to the fen (0.01元).");
        }

        if (integral.Length > MaxIntegralCharacters)
        {
            return ParseResult<Money>.ForError(ParseErrorCodes.MoneyRange, "The amount is too large to represent.");
        }

        Span<char> buffer = stackalloc char[MaxIntegralCharacters + 12];
        var length = 0;
        if (negative)
        {
            buffer[length++] = '-';
        }

        foreach (var c in integral)
        {
            if (c != ',')
            {
                buffer[length++] = c;
            }
        }

        if (length == (negative ? 1 : 0))
        {
            buffer[length++] = '0';
        }

        if (!fraction.IsEmpty)
        {
            buffer[length++] = '.';
            fraction.CopyTo(buffer[length..]);
            length += fraction.Length;
        }

        if (!decimal.TryParse(buffer[..length], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return ParseResult<Money>.ForError(ParseErrorCodes.MoneyRange, "The amount is too large to represent.");
        }

        if (decimal.Abs(number) > MaxMagnitude)
        {
            return ParseResult<Money>.ForError(ParseErrorCodes.MoneyRange, "The amount is too large to represent.");
        }

        var scaled = number * scale;
        if (scaled != decimal.Truncate(scaled))
        {
            return ParseResult<Money>.ForError(ParseErrorCodes.MoneySubFen, "An amount must be exact to the fen (0.01元).");
        }

        if (scaled > long.MaxValue || scaled < long.MinValue)
        {
            return ParseResult<Money>.ForError(ParseErrorCodes.MoneyRange, "The amount is too large to represent.");
        }

        return ParseResult<Money>.ForValue(new Money((long)scaled));
    }

    /// <summary>Parses an amount; see <see cref="TryParse(string, out Money)"/> for the accepted forms.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="FormatException">The text is not an amount; the message names the broken rule.</exception>
    public static Money Parse(string text) => ParseCore(text).Value;

    /// <summary>The most characters the integral part may have (digits and ',' separators) and still fit the range.</summary>
    private const int MaxIntegralCharacters = 26;

    private static bool IsWellFormedNumber(ReadOnlySpan<char> span)
    {
        if (span.Length > 0 && span[0] == '-')
        {
            span = span[1..];
        }

        var dot = span.IndexOf('.');
        var integral = dot < 0 ? span : span[..dot];
        var fraction = dot < 0 ? [] : span[(dot + 1)..];
        if (integral.IsEmpty || (dot >= 0 && fraction.IsEmpty))
        {
            return false;
        }

        foreach (var c in fraction)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        if (integral.IndexOf(',') < 0)
        {
            foreach (var c in integral)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }

            return true;
        }

        // With separators: 1-3 leading digits, then groups of exactly ",ddd".
        var firstComma = integral.IndexOf(',');
        if (firstComma is < 1 or > 3 || (integral.Length - firstComma) % 4 != 0)
        {
            return false;
        }

        for (var i = 0; i < integral.Length; i++)
        {
            var isCommaPlace = i >= firstComma && (i - firstComma) % 4 == 0;
            if (isCommaPlace ? integral[i] != ',' : !char.IsAsciiDigit(integral[i]))
            {
                return false;
            }
        }

        return true;
    }
}
