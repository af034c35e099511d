using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Reporting;

/// <summary>A figure's value: a count as a <see cref="ReportedQuantity"/>, or an amount of <see cref="Common.Money"/>.</summary>
/// <remarks>Equality is structural. Immutable. <see langword="default"/> is the empty count.</remarks>
public readonly record struct FigureValue
{
    private FigureValue(ReportedQuantity quantity, Money? money)
    {
        Quantity = quantity;
        Money = money;
    }

    /// <summary>Gets the count, when the figure is a count.</summary>
    public ReportedQuantity Quantity { get; }

    /// <summary>Gets the amount, when the figure is money.</summary>
    public Money? Money { get; }

    /// <summary>Gets whether the figure is money.</summary>
    public bool IsMoney => Money is not null;

    /// <summary>Gets the smallest number the value admits (fen for money).</summary>
    public long Lower => Money is { } m ? m.Fen : Quantity.Lower;

    /// <summary>Gets the largest number the value admits (fen for money), or <see langword="null"/> when unbounded.</summary>
    public long? Upper => Money is { } m ? m.Fen : Quantity.Upper;

    /// <summary>Creates a count.</summary>
    /// <param name="quantity">The count.</param>
    /// <returns>The value.</returns>
    public static FigureValue Of(ReportedQuantity quantity) => new(quantity, null);

    /// <summary>Creates an amount.</summary>
    /// <param name="money">The amount.</param>
    /// <returns>The value.</returns>
    public static FigureValue Of(Money money) => new(default, money);

    /// <summary>Renders the value as the reviews write it: <c>10余个</c>, <c>58.09万元</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Money is { } m ? m.ToString("W", null) : Quantity.ToString();
}
