using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace TaiAffairs.Domain.Common;

/// <summary>
/// A count as Chinese reports state it: exact (<c>20户次</c>), approximate (<c>10余个</c>, <c>近百人</c>,
/// <c>上百名</c>) or an interval; always with a <see cref="QuantityUnit"/> and the interval
/// [<see cref="Lower"/>, <see cref="Upper"/>] of counts the phrase admits.
/// </summary>
/// <remarks>
/// <para>Bands (documented choices): <c>N余</c> and <c>N多</c> need a round N (a multiple of 10) and mean
/// more than N and below N's next step, the place of its last non-zero digit: 10余 = [11, 19], 20余 = [21, 29],
/// 500余 = [501, 599], 百余 = [101, 199]. <c>近N</c> (N ≥ 10) means [⌈0.9·N⌉, N − 1]: 近百 = [90, 99].
/// <c>上N</c> means N or more, with no upper bound: 上百 = [100, ∞).</para>
/// <para>Addition adds the intervals and refuses mixed units. Exact plus exact stays exact; any other sum is
/// an <see cref="QuantityForm.Interval"/> (or <see cref="QuantityForm.AtLeast"/> when unbounded). Adding an
/// exact zero, or <see langword="default"/>, returns the other operand unchanged.</para>
/// <para>Ordering is partial: two quantities compare only where their intervals do not overlap; see
/// <see cref="TryCompareTo(ReportedQuantity, out int)"/>. There are no <c>&lt;</c>/<c>&gt;</c> operators
/// because "not less" would not imply "greater or equal".</para>
/// <para>Equality is structural over unit, bounds and form (<c>10余个</c> and <c>10多个</c> differ in
/// form, though their intervals agree); whether the number was written in Chinese numerals (近百 or 近100) is presentation only and
/// does not take part. <see langword="default"/> is the untyped empty quantity: it has no unit, is the
/// identity of addition for every unit, and renders as <c>0</c>. Immutable and thread-safe.</para>
/// </remarks>
public readonly partial struct ReportedQuantity : IEquatable<ReportedQuantity>
{
    /// <summary>
    /// The largest count a quantity holds: 999,999,999,999, twelve digits. Every factory, <see cref="Add"/> and the
    /// parser share it, so every quantity prints as a phrase that parses back to it.
    /// </summary>
    public const long MaxCount = 999_999_999_999;

    private const long Unbounded = long.MaxValue;

    private readonly long lower;
    private readonly long upper;
    private readonly QuantityUnit? unit;
    private readonly QuantityForm form;
    private readonly bool hanNumerals;

    private ReportedQuantity(long lower, long upper, QuantityUnit unit, QuantityForm form, bool hanNumerals)
    {
        this.lower = lower;
        this.upper = upper;
        this.unit = unit;
        this.form = form;
        this.hanNumerals = hanNumerals;
    }

    /// <summary>The same interval and form in another unit; the caller checks that both units count one measure.</summary>
    internal ReportedQuantity InUnit(QuantityUnit other) => unit is null ? this : new ReportedQuantity(lower, upper, other, form, hanNumerals);

    /// <summary>Gets the unit, or <see langword="null"/> for <see langword="default"/>.</summary>
    public QuantityUnit? Unit => unit;

    /// <summary>Gets the phrase form the quantity was stated in.</summary>
    public QuantityForm Form => form;

    /// <summary>Gets the smallest count the phrase admits.</summary>
    public long Lower => lower;

    /// <summary>Gets the largest count the phrase admits, or <see langword="null"/> when it has no upper bound (上百).</summary>
    public long? Upper => upper == Unbounded ? null : upper;

    /// <summary>Gets whether the count is known exactly (the interval is a single number).</summary>
    public bool IsExact => unit is not null && lower == upper;

    /// <summary>Gets whether the interval has an upper bound.</summary>
    public bool IsBounded => upper != Unbounded;

    /// <summary>Gets whether this is the <see langword="default"/>, unit-less empty quantity.</summary>
    public bool IsDefault => unit is null;

    /// <summary>
    /// Gets the number the phrase was built on: N of <c>N余</c>, <c>近N</c>, <c>上N</c> or an exact N; for an
    /// interval, its lower bound.
    /// </summary>
    public long Basis => form switch
    {
        QuantityForm.OverYu or QuantityForm.OverDuo => lower - 1,
        QuantityForm.Nearly => upper + 1,
        _ => lower,
    };

    /// <summary>Adds two quantities of the same unit; see the type's remarks for the resulting form.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">The units differ.</exception>
    /// <exception cref="OverflowException">A bound of the sum is too large.</exception>
    public static ReportedQuantity operator +(ReportedQuantity left, ReportedQuantity right) => left.Add(right);

    /// <summary>Compares two quantities for structural equality.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ReportedQuantity left, ReportedQuantity right) => left.Equals(right);

    /// <summary>Compares two quantities for structural inequality.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ReportedQuantity left, ReportedQuantity right) => !left.Equals(right);

    /// <summary>Adds another quantity of the same unit.</summary>
    /// <param name="other">The quantity to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">The units differ.</exception>
    /// <exception cref="OverflowException">A bound of the sum is too large.</exception>
    public ReportedQuantity Add(ReportedQuantity other)
    {
        if (other.unit is null)
        {
            return this;
        }

        if (unit is null)
        {
            return other;
        }

        if (other.unit != unit)
        {
            throw UnitMismatch(unit, other.unit);
        }

        if (other.IsExact && other.lower == 0)
        {
            return this;
        }

        if (IsExact && lower == 0)
        {
            return other;
        }

        var lo = checked(lower + other.lower);
        var bounded = upper != Unbounded && other.upper != Unbounded;
        var hi = bounded ? checked(upper + other.upper) : Unbounded;
        if (lo > MaxCount || (bounded && hi > MaxCount))
        {
            throw new OverflowException("The sum of the quantities is beyond the largest count (ReportedQuantity.MaxCount).");
        }

        var sumForm = !bounded ? QuantityForm.AtLeast : lo == hi ? QuantityForm.Exact : QuantityForm.Interval;
        return new ReportedQuantity(lo, hi, unit, sumForm, false);
    }

    /// <summary>Sums quantities of one unit.</summary>
    /// <param name="quantities">The quantities; all of one unit (or <see langword="default"/>).</param>
    /// <returns>The sum; <see langword="default"/> for none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="quantities"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The units differ.</exception>
    /// <exception cref="OverflowException">A bound of the sum is too large.</exception>
    public static ReportedQuantity Sum(IEnumerable<ReportedQuantity> quantities)
    {
        ArgumentNullException.ThrowIfNull(quantities);
        var total = default(ReportedQuantity);
        foreach (var quantity in quantities)
        {
            total = total.Add(quantity);
        }

        return total;
    }

    /// <summary>Gets whether <paramref name="count"/> lies within the interval.</summary>
    /// <param name="count">A count.</param>
    /// <returns>Whether the phrase admits <paramref name="count"/>.</returns>
    public bool Admits(long count) => unit is null ? count == 0 : count >= lower && count <= upper;

    /// <summary>
    /// Compares where the comparison is certain: returns <see langword="true"/> with -1 when every count this
    /// admits is below every count <paramref name="other"/> admits, +1 for the reverse, and 0 when both are the
    /// same exact count; returns <see langword="false"/> when the intervals overlap otherwise.
    /// </summary>
    /// <param name="other">The quantity to compare with.</param>
    /// <param name="comparison">The sign of the comparison, when certain.</param>
    /// <returns>Whether the comparison is certain.</returns>
    /// <exception cref="ArgumentException">The units differ.</exception>
    public bool TryCompareTo(ReportedQuantity other, out int comparison)
    {
        if (unit is not null && other.unit is not null && unit != other.unit)
        {
            throw UnitMismatch(unit, other.unit);
        }

        var (aLo, aHi) = unit is null ? (0L, 0L) : (lower, upper);
        var (bLo, bHi) = other.unit is null ? (0L, 0L) : (other.lower, other.upper);
        if (aHi < bLo)
        {
            comparison = -1;
            return true;
        }

        if (aLo > bHi)
        {
            comparison = 1;
            return true;
        }

        comparison = 0;
        return aLo == aHi && bLo == bHi && aLo == bLo;
    }

    /// <summary>Returns a copy that renders its number in Chinese numerals (近百人) or in digits (近100人).</summary>
    /// <param name="useChineseNumerals">Whether to render Chinese numerals.</param>
    /// <returns>The same quantity with the chosen presentation; equal to this one.</returns>
    public ReportedQuantity WithChineseNumerals(bool useChineseNumerals) =>
        unit is null ? this : new ReportedQuantity(lower, upper, unit, form, useChineseNumerals);

    /// <inheritdoc />
    public bool Equals(ReportedQuantity other) =>
        unit == other.unit && (unit is null || (lower == other.lower && upper == other.upper && form == other.form));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportedQuantity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => unit is null ? 0 : HashCode.Combine(unit.Value, lower, upper, form);

    /// <summary>Renders the phrase: <c>20户次</c>, <c>10余个</c>, <c>近百人</c>, <c>上百名</c>, <c>11至19个</c>, <c>不少于120名</c>.</summary>
    /// <returns>The phrase; <c>0</c> for <see langword="default"/>. It parses back to an equal quantity.</returns>
    public override string ToString()
    {
        if (unit is null)
        {
            return "0";
        }

        var builder = new StringBuilder();
        switch (form)
        {
            case QuantityForm.OverYu:
                builder.Append(Number(Basis, true)).Append('余');
                break;
            case QuantityForm.OverDuo:
                builder.Append(Number(Basis, true)).Append('多');
                break;
            case QuantityForm.Nearly:
                builder.Append('近').Append(Number(Basis, true));
                break;
            case QuantityForm.Reaching:
                builder.Append('上').Append(Number(Basis, true));
                break;
            case QuantityForm.Interval:
                builder.Append(Number(lower, false)).Append('至').Append(Number(upper, false));
                break;
            case QuantityForm.AtLeast:
                builder.Append("不少于").Append(Number(lower, false));
                break;
            default:
                builder.Append(Number(lower, false));
                break;
        }

        return builder.Append(unit.Symbol).ToString();
    }

    private string Number(long value, bool dropLeadingOne) =>
        hanNumerals ? ChineseNumerals.Format(value, dropLeadingOne) : value.ToString(CultureInfo.InvariantCulture);

    private const string OverBaseMessage = "N余 and N多 need N to be a positive multiple of 10 (10余, 500余).";
    private const string NearlyBaseMessage = "近N needs N of at least 10 (近百).";

    private static bool TryOverBand(long basis, out long lo, out long hi)
    {
        lo = hi = 0;
        if (basis < 10 || basis % 10 != 0 || basis > MaxCount)
        {
            return false;
        }

        long step = 10;
        while (basis % (step * 10) == 0)
        {
            step *= 10;
        }

        lo = basis + 1;
        hi = basis + step - 1;
        return hi <= MaxCount;
    }

    private static bool TryNearlyBand(long basis, out long lo, out long hi)
    {
        lo = hi = 0;
        if (basis < 10 || basis > MaxCount)
        {
            return false;
        }

        lo = ((basis * 9) + 9) / 10;
        hi = basis - 1;
        return true;
    }

    private static void RequireCount(long count, string parameterName)
    {
        if (count is < 0 or > MaxCount)
        {
            throw new ArgumentOutOfRangeException(parameterName, "A count is from 0 to ReportedQuantity.MaxCount (999,999,999,999).");
        }
    }

    private static ArgumentException UnitMismatch(QuantityUnit a, QuantityUnit b) =>
        new($"Quantities of different units cannot be combined: {a.Symbol} and {b.Symbol}.");
}
