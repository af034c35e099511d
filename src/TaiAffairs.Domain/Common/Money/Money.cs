using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace TaiAffairs.Domain.Common;

/// <summary>
/// An amount of Chinese yuan (CNY), exact to the fen (0.01 元). Stored as a whole number of fen in a
/// 64-bit integer: never a floating-point value, and every arithmetic operation is checked for overflow.
/// </summary>
/// <remarks>
/// <para><see langword="default"/> is zero yuan, a valid value. Amounts may be negative (a difference, a
/// correction); domain rules that need a positive amount say so.</para>
/// <para>Text forms, as the reviews write them: <c>300万</c>, <c>58.09万元</c>, <c>15万元</c>,
/// <c>1,234.50元</c>, <c>2亿元</c>. See <see cref="Parse(string)"/> and <see cref="ToString(string?, IFormatProvider?)"/>.</para>
/// <para>Equality and ordering are by amount. Immutable and thread-safe.</para>
/// </remarks>
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IComparable, IFormattable
{
    private const long FenPerYuan = 100;
    private const long FenPerWan = 1_000_000;
    private const long FenPerYi = 10_000_000_000;

    // Any number above this overflows a long of fen whatever the unit; checked before scaling so the
    // decimal multiplication itself cannot overflow.
    private const decimal MaxMagnitude = 100_000_000_000_000_000m;

    private Money(long fen) => Fen = fen;

    /// <summary>Gets zero yuan.</summary>
    public static Money Zero => default;

    /// <summary>Gets the largest representable amount (<see cref="long.MaxValue"/> fen).</summary>
    public static Money MaxValue => new(long.MaxValue);

    /// <summary>Gets the smallest representable amount (<see cref="long.MinValue"/> fen).</summary>
    public static Money MinValue => new(long.MinValue);

    /// <summary>Gets the amount as a whole number of fen (0.01 元).</summary>
    public long Fen { get; }

    /// <summary>Gets the amount in yuan, exact (a <see cref="decimal"/> with at most two decimals).</summary>
    public decimal Yuan => Fen / (decimal)FenPerYuan;

    /// <summary>Gets whether the amount is above zero.</summary>
    public bool IsPositive => Fen > 0;

    /// <summary>Gets whether the amount is below zero.</summary>
    public bool IsNegative => Fen < 0;

    /// <summary>Gets whether the amount is zero.</summary>
    public bool IsZero => Fen == 0;

    /// <summary>Creates an amount from a whole number of fen.</summary>
    /// <param name="fen">The amount in fen.</param>
    /// <returns>The amount.</returns>
    public static Money FromFen(long fen) => new(fen);

    /// <summary>Creates an amount from yuan; the value must be exact to the fen.</summary>
    /// <param name="yuan">The amount in yuan, with at most two decimals (<c>1234.50</c>).</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException"><paramref name="yuan"/> has a part smaller than a fen.</exception>
    /// <exception cref="OverflowException"><paramref name="yuan"/> is outside the representable range.</exception>
    public static Money FromYuan(decimal yuan) => new(ScaleExact(yuan, FenPerYuan, nameof(yuan), "yuan"));

    /// <summary>Creates an amount from 万元 (ten thousand yuan), as the reviews state money: <c>58.09</c> 万元.</summary>
    /// <param name="wan">The amount in 万元, exact to the fen (at most six decimals).</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException"><paramref name="wan"/> has a part smaller than a fen.</exception>
    /// <exception cref="OverflowException"><paramref name="wan"/> is outside the representable range.</exception>
    public static Money FromWan(decimal wan) => new(ScaleExact(wan, FenPerWan, nameof(wan), "万元"));

    /// <summary>Adds two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is outside the representable range.</exception>
    public static Money operator +(Money left, Money right) => new(checked(left.Fen + right.Fen));

    /// <summary>Subtracts one amount from another.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference is outside the representable range.</exception>
    public static Money operator -(Money left, Money right) => new(checked(left.Fen - right.Fen));

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount.</returns>
    /// <exception cref="OverflowException">The amount is <see cref="MinValue"/>.</exception>
    public static Money operator -(Money value) => new(checked(-value.Fen));

    /// <summary>Multiplies an amount by a whole factor.</summary>
    /// <param name="value">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product is outside the representable range.</exception>
    public static Money operator *(Money value, long factor) => new(checked(value.Fen * factor));

    /// <summary>Compares two amounts for equality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether the amounts are equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Fen == right.Fen;

    /// <summary>Compares two amounts for inequality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether the amounts differ.</returns>
    public static bool operator !=(Money left, Money right) => left.Fen != right.Fen;

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <(Money left, Money right) => left.Fen < right.Fen;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >(Money left, Money right) => left.Fen > right.Fen;

    /// <summary>Whether <paramref name="left"/> is less than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <=(Money left, Money right) => left.Fen <= right.Fen;

    /// <summary>Whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >=(Money left, Money right) => left.Fen >= right.Fen;

    /// <summary>Adds two amounts (the named form of <c>+</c>).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is outside the representable range.</exception>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Subtracts one amount from another (the named form of <c>-</c>).</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference is outside the representable range.</exception>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <summary>Negates an amount (the named form of unary <c>-</c>).</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount.</returns>
    /// <exception cref="OverflowException">The amount is <see cref="MinValue"/>.</exception>
    public static Money Negate(Money value) => -value;

    /// <summary>Multiplies an amount by a whole factor (the named form of <c>*</c>).</summary>
    /// <param name="value">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product is outside the representable range.</exception>
    public static Money Multiply(Money value, long factor) => value * factor;

    /// <summary>Sums amounts exactly.</summary>
    /// <param name="amounts">The amounts.</param>
    /// <returns>The total; zero for no amounts.</returns>
    /// <exception cref="OverflowException">The total is outside the representable range.</exception>
    public static Money Sum(ReadOnlySpan<Money> amounts)
    {
        long total = 0;
        foreach (var amount in amounts)
        {
            total = checked(total + amount.Fen);
        }

        return new Money(total);
    }

    /// <summary>Sums amounts exactly.</summary>
    /// <param name="amounts">The amounts.</param>
    /// <returns>The total; zero for no amounts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">The total is outside the representable range.</exception>
    public static Money Sum(IEnumerable<Money> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        long total = 0;
        foreach (var amount in amounts)
        {
            total = checked(total + amount.Fen);
        }

        return new Money(total);
    }

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

        Span<char> buffer = stackalloc char[span.Length];
        var length = 0;
        foreach (var c in span)
        {
            if (c != ',')
            {
                buffer[length++] = c;
            }
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

    /// <inheritdoc />
    public bool Equals(Money other) => Fen == other.Fen;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Fen.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Money other) => Fen.CompareTo(other.Fen);

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Money"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException("Money can only be compared with Money.", nameof(obj)),
    };

    /// <summary>Formats the amount in yuan with thousands separators and two decimals: <c>1,575,000.00元</c>.</summary>
    /// <returns>The formatted amount.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Formats the amount. Formats: <c>G</c> (or <see langword="null"/>): <c>1,575,000.00元</c>;
    /// <c>W</c>: in 万元 with trailing zeros removed, <c>157.5万元</c>; <c>w</c>: the same without 元,
    /// <c>157.5万</c>; <c>N</c>: a plain invariant decimal in yuan, <c>1575000.00</c> (for interchange).
    /// Every form parses back to the same amount (<c>N</c> with <see cref="FromYuan(decimal)"/>).
    /// </summary>
    /// <param name="format">The format, as above.</param>
    /// <param name="formatProvider">Ignored: the forms are culture-invariant.</param>
    /// <returns>The formatted amount.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the forms above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        switch (format)
        {
            case null or "" or "G":
                return Yuan.ToString("#,##0.00", CultureInfo.InvariantCulture) + "元";
            case "N":
                return Yuan.ToString("0.00", CultureInfo.InvariantCulture);
            case "W":
                return FormatWan() + "万元";
            case "w":
                return FormatWan() + "万";
            default:
                throw new FormatException("Money formats are G, W, w and N.");
        }
    }

    private string FormatWan()
    {
        var wan = Fen / (decimal)FenPerWan;
        return wan.ToString("0.######", CultureInfo.InvariantCulture);
    }

    private static long ScaleExact(decimal value, long scale, string parameterName, string unit)
    {
        if (decimal.Abs(value) > MaxMagnitude)
        {
            throw new OverflowException("The amount is outside the representable range of Money.");
        }

        var scaled = value * scale;
        if (scaled != decimal.Truncate(scaled))
        {
            throw new ArgumentException(
                new StringBuilder("An amount in ").Append(unit).Append(" must be exact to the fen (0.01元).").ToString(),
                parameterName);
        }

        if (scaled > long.MaxValue || scaled < long.MinValue)
        {
            throw new OverflowException("The amount is outside the representable range of Money.");
        }

        return (long)scaled;
    }

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
