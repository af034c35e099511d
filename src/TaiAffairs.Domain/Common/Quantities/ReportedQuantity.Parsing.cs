using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace TaiAffairs.Domain.Common;

/// <content>ReportedQuantity: parsing the reviews count phrases (10余个, 近百人, 11至19个).</content>
public readonly partial struct ReportedQuantity
{
    /// <summary>
    /// Gets the parser that says why a text was refused (a <see cref="ParseResult{T}"/> with a code from
    /// <see cref="ParseErrorCodes"/>); see <see cref="TryParse(string, out ReportedQuantity)"/> for the rules.
    /// </summary>
    public static ValuePattern<ReportedQuantity> Pattern { get; } = new(ParseCore);

    /// <summary>Parses one of the reviews' count phrases.</summary>
    /// <param name="text">
    /// The phrase: <c>20户次</c>, <c>10余个</c>, <c>10多个</c>, <c>近百人</c>, <c>上百名</c>, <c>500余份</c>,
    /// <c>十项</c>, <c>11至19个</c>, <c>不少于100名</c>. Numbers in Arabic digits or Chinese numerals.
    /// </param>
    /// <param name="result">The value when the text was accepted; otherwise <see langword="default"/>.</param>
    /// <returns>Whether the text was accepted (the reason for a refusal: <see cref="Pattern"/>). Refusals: The quantity, or an error: <c>quantity.empty</c>, <c>quantity.number</c>,
    /// <c>quantity.unit</c>, <c>quantity.round-basis</c>, <c>quantity.nearly-basis</c>,
    /// <c>quantity.interval</c> or <c>quantity.range</c>.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ReportedQuantity result)
    {
        var parsed = ParseCore(text);
        result = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }

    /// <summary>Parses a span of characters, as <see cref="TryParse(string, out ReportedQuantity)"/> parses a string.</summary>
    /// <param name="text">The characters.</param>
    /// <param name="result">The value when the text was accepted; otherwise <see langword="default"/>.</param>
    /// <returns>Whether the text was accepted.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out ReportedQuantity result) => TryParse(text.ToString(), out result);

    private static ParseResult<ReportedQuantity> ParseCore(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<ReportedQuantity>.ForError(ParseErrorCodes.QuantityEmpty, "A quantity is required, e.g. \"10余个\".");
        }

        var span = text.AsSpan().Trim();
        var prefix = QuantityForm.Exact;
        if (span.StartsWith("不少于", StringComparison.Ordinal))
        {
            prefix = QuantityForm.AtLeast;
            span = span[3..];
        }
        else if (span.StartsWith('近'))
        {
            prefix = QuantityForm.Nearly;
            span = span[1..];
        }
        else if (span.StartsWith('上'))
        {
            prefix = QuantityForm.Reaching;
            span = span[1..];
        }

        if (!TryReadNumber(ref span, out var first, out var han, out var numberError))
        {
            return ParseResult<ReportedQuantity>.ForError(numberError!);
        }

        var resultForm = prefix;
        long second = 0;
        if (prefix == QuantityForm.Exact && !span.IsEmpty)
        {
            if (span[0] is '余' or '多')
            {
                resultForm = span[0] == '余' ? QuantityForm.OverYu : QuantityForm.OverDuo;
                span = span[1..];
            }
            else if (span[0] is '至' or '~' or '～' or '-' or '–')
            {
                resultForm = QuantityForm.Interval;
                span = span[1..];
                if (!TryReadNumber(ref span, out second, out _, out numberError))
                {
                    return ParseResult<ReportedQuantity>.ForError(numberError!);
                }
            }
        }

        if (!QuantityUnit.TryFromSymbol(span, out var parsedUnit))
        {
            return ParseResult<ReportedQuantity>.ForError(ParseErrorCodes.QuantityUnit, QuantityUnit.UnknownUnitMessage);
        }

        long lo;
        long hi;
        switch (resultForm)
        {
            case QuantityForm.OverYu or QuantityForm.OverDuo:
                if (!TryOverBand(first, out lo, out hi))
                {
                    return ParseResult<ReportedQuantity>.ForError(ParseErrorCodes.QuantityRoundBasis, OverBaseMessage);
                }

                break;
            case QuantityForm.Nearly:
                if (!TryNearlyBand(first, out lo, out hi))
                {
                    return ParseResult<ReportedQuantity>.ForError(ParseErrorCodes.QuantityNearlyBasis, NearlyBaseMessage);
                }

                break;
            case QuantityForm.Reaching:
                if (first < 1)
                {
                    return ParseResult<ReportedQuantity>.ForError(ParseErrorCodes.QuantityNumber, "上N needs N of at least 1.");
                }

                (lo, hi) = (first, Unbounded);
                break;
            case QuantityForm.AtLeast:
                (lo, hi) = (first, Unbounded);
                break;
            case QuantityForm.Interval:
                if (second <= first)
                {
                    return ParseResult<ReportedQuantity>.ForError(ParseErrorCodes.QuantityInterval, "In an interval A至B, B must be greater than A.");
                }

                (lo, hi) = (first, second);
                break;
            default:
                (lo, hi) = (first, first);
                break;
        }

        return ParseResult<ReportedQuantity>.ForValue(new ReportedQuantity(lo, hi, parsedUnit, resultForm, han));
    }

    /// <summary>Parses one of the reviews' count phrases; see <see cref="TryParse(string, out ReportedQuantity)"/>.</summary>
    /// <param name="text">The phrase.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="FormatException">The text is not a count phrase; the message names the broken rule.</exception>
    public static ReportedQuantity Parse(string text) => ParseCore(text).Value;

    private static bool TryReadNumber(ref ReadOnlySpan<char> span, out long value, out bool han, out ParseError? error)
    {
        value = 0;
        han = false;
        error = null;
        var length = 0;
        if (!span.IsEmpty && char.IsAsciiDigit(span[0]))
        {
            while (length < span.Length && char.IsAsciiDigit(span[length]))
            {
                length++;
            }

            if (length > 12 || !long.TryParse(span[..length], NumberStyles.None, CultureInfo.InvariantCulture, out value))
            {
                error = new ParseError(ParseErrorCodes.QuantityRange, "The count is too large.");
                return false;
            }
        }
        else
        {
            while (length < span.Length && ChineseNumerals.IsNumeralChar(span[length]))
            {
                length++;
            }

            if (length == 0 || !ChineseNumerals.TryParse(span[..length], out value))
            {
                error = new ParseError(ParseErrorCodes.QuantityNumber, "A quantity must start with a number in digits or Chinese numerals (10, 十, 百).");
                return false;
            }

            han = true;
        }

        if (value > MaxCount)
        {
            error = new ParseError(ParseErrorCodes.QuantityRange, "The count is beyond the largest count (999,999,999,999).");
            return false;
        }

        span = span[length..];
        return true;
    }
}
