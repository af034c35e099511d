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
public readonly partial struct Money : IEquatable<Money>, IComparable<Money>, IComparable, IFormattable
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

}
