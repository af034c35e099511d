using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace TaiAffairs.Domain.Common;

/// <content>ReportedQuantity: the factories of each form the reviews use (exact, 余/多, 近, 上, 至, 不少于).</content>
public readonly partial struct ReportedQuantity
{
    /// <summary>Creates an exact count.</summary>
    /// <param name="count">The count, zero or more.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The quantity <c>[count, count]</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or <see cref="long.MaxValue"/>.</exception>
    public static ReportedQuantity Exact(long count, QuantityUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        RequireCount(count, nameof(count));
        return new ReportedQuantity(count, count, unit, QuantityForm.Exact, false);
    }

    /// <summary>Creates the exact zero of a unit, the identity of addition for that unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The quantity <c>0</c> of <paramref name="unit"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is <see langword="null"/>.</exception>
    public static ReportedQuantity Zero(QuantityUnit unit) => Exact(0, unit);

    /// <summary>Creates <c>N余</c> (<paramref name="useDuo"/>: <c>N多</c>): more than N, below N's next step.</summary>
    /// <param name="basis">N: a positive multiple of 10.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="useDuo">Whether to render the marker as 多 instead of 余; the interval is the same.</param>
    /// <returns>The quantity; 10余 is [11, 19].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not a positive multiple of 10.</exception>
    public static ReportedQuantity Over(long basis, QuantityUnit unit, bool useDuo = false)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (!TryOverBand(basis, out var lo, out var hi))
        {
            throw new ArgumentOutOfRangeException(nameof(basis), OverBaseMessage);
        }

        return new ReportedQuantity(lo, hi, unit, useDuo ? QuantityForm.OverDuo : QuantityForm.OverYu, false);
    }

    /// <summary>Creates <c>近N</c>: nearly N, the band [⌈0.9·N⌉, N − 1].</summary>
    /// <param name="basis">N: at least 10.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The quantity; 近百 is [90, 99].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is below 10.</exception>
    public static ReportedQuantity Nearly(long basis, QuantityUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (!TryNearlyBand(basis, out var lo, out var hi))
        {
            throw new ArgumentOutOfRangeException(nameof(basis), NearlyBaseMessage);
        }

        return new ReportedQuantity(lo, hi, unit, QuantityForm.Nearly, false);
    }

    /// <summary>Creates <c>上N</c>: N or more, unbounded above.</summary>
    /// <param name="basis">N: at least 1.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The quantity; 上百 is [100, ∞).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is below 1.</exception>
    public static ReportedQuantity Reaching(long basis, QuantityUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (basis is < 1 or > MaxCount)
        {
            throw new ArgumentOutOfRangeException(nameof(basis), "上N needs N of at least 1.");
        }

        return new ReportedQuantity(basis, Unbounded, unit, QuantityForm.Reaching, false);
    }

    /// <summary>Creates an interval <c>A至B</c> (or an exact count when the bounds are equal).</summary>
    /// <param name="lower">The smallest count, zero or more.</param>
    /// <param name="upper">The largest count, at least <paramref name="lower"/>.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bound is negative, or <paramref name="upper"/> is below <paramref name="lower"/>.</exception>
    public static ReportedQuantity Between(long lower, long upper, QuantityUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        RequireCount(lower, nameof(lower));
        RequireCount(upper, nameof(upper));
        if (upper < lower)
        {
            throw new ArgumentOutOfRangeException(nameof(upper), "The upper bound of a quantity cannot be below its lower bound.");
        }

        return lower == upper
            ? new ReportedQuantity(lower, upper, unit, QuantityForm.Exact, false)
            : new ReportedQuantity(lower, upper, unit, QuantityForm.Interval, false);
    }

    /// <summary>Creates <c>不少于N</c>: N or more, unbounded above.</summary>
    /// <param name="lower">N, zero or more.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The quantity [N, ∞).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lower"/> is negative.</exception>
    public static ReportedQuantity AtLeast(long lower, QuantityUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        RequireCount(lower, nameof(lower));
        return new ReportedQuantity(lower, Unbounded, unit, QuantityForm.AtLeast, false);
    }
}
