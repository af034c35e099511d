using FsCheck;
using FsCheck.Xunit;

namespace TaiAffairs.Domain.Tests.Common;

[Properties(Arbitrary = new[] { typeof(KernelGenerators) })]
public class MoneyTests
{
    [Theory]
    [InlineData("300万", 300_0000_00L)]
    [InlineData("58.09万元", 58_0900_00L)]
    [InlineData("15万元", 15_0000_00L)]
    [InlineData("700万", 700_0000_00L)]
    [InlineData("44.27万元", 44_2700_00L)]
    [InlineData("157.5万元", 157_5000_00L)]
    [InlineData("1,234.50元", 1_234_50L)]
    [InlineData("1234.5元", 1_234_50L)]
    [InlineData("0.01元", 1L)]
    [InlineData("-12元", -12_00L)]
    [InlineData("2亿元", 2_0000_0000_00L)]
    [InlineData("  3 万元 ", 3_0000_00L)]
    public void Parse_ReviewForms_GivesExactFen(string text, long fen)
    {
        Assert.Equal(Money.FromFen(fen), Money.Parse(text));
    }

    [Theory]
    [InlineData("", "money.empty")]
    [InlineData("300", "money.unit")]
    [InlineData("300美元", "money.unit")]
    [InlineData("300$", "money.unit")]
    [InlineData("万元", "money.number")]
    [InlineData("1,23元", "money.number")]
    [InlineData("12,3456元", "money.number")]
    [InlineData("1.元", "money.number")]
    [InlineData("abc元", "money.number")]
    [InlineData("1.001元", "money.sub-fen")]
    [InlineData("0.0000001万元", "money.sub-fen")]
    [InlineData("99999999999999999999元", "money.range")]
    [InlineData("99999999999999万", "money.range")]
    [InlineData("300港元", "money.unit")]
    public void TryParse_BadInput_NamesTheBrokenRule(string text, string code)
    {
        var result = Money.Pattern.Parse(text);

        Assert.False(result.Success);
        Assert.Equal(code, result.Error!.Code);
        Assert.Throws<FormatException>(() => Money.Parse(text));
    }

    [Fact]
    public void BaodiAwards_SumExactly()
    {
        var total = Money.Sum([Money.Parse("300万"), Money.Parse("58.09万元"), Money.Parse("44.27万元"), Money.Parse("157.5万元")]);

        Assert.Equal(Money.FromYuan(5_598_600m), total);
        Assert.Equal("559.86万元", total.ToString("W", null));
    }

    [Fact]
    public void ToString_Formats()
    {
        var amount = Money.FromYuan(1_575_000m);

        Assert.Equal("1,575,000.00元", amount.ToString());
        Assert.Equal("157.5万元", amount.ToString("W", null));
        Assert.Equal("157.5万", amount.ToString("w", null));
        Assert.Equal("1575000.00", amount.ToString("N", null));
        Assert.Throws<FormatException>(() => amount.ToString("X", null));
    }

    [Fact]
    public void FromYuan_SubFen_Throws()
    {
        Assert.Throws<ArgumentException>(() => Money.FromYuan(0.001m));
        Assert.Throws<ArgumentException>(() => Money.FromWan(0.0000001m));
        Assert.Equal(Money.FromFen(1), Money.FromWan(0.000001m));
    }

    [Fact]
    public void Arithmetic_Overflow_Throws()
    {
        Assert.Throws<OverflowException>(() => Money.MaxValue + Money.FromFen(1));
        Assert.Throws<OverflowException>(() => Money.MinValue - Money.FromFen(1));
        Assert.Throws<OverflowException>(() => -Money.MinValue);
        Assert.Throws<OverflowException>(() => Money.MaxValue * 2);
        Assert.Throws<OverflowException>(() => Money.FromYuan(decimal.MaxValue));
    }

    [Fact]
    public void Default_IsZero()
    {
        Assert.Equal(Money.Zero, default);
        Assert.True(default(Money).IsZero);
        Assert.Equal("0.00元", default(Money).ToString());
    }

    [Property]
    public bool Addition_IsCommutative(Money a, Money b) => a + b == b + a;

    [Property]
    public bool Addition_IsAssociative(Money a, Money b, Money c) => (a + b) + c == a + (b + c);

    [Property]
    public bool Zero_IsTheIdentity(Money a) => a + Money.Zero == a && Money.Zero + a == a;

    [Property]
    public bool Subtraction_UndoesAddition(Money a, Money b) => a + b - b == a && a - a == Money.Zero;

    [Property]
    public bool Sum_EqualsFoldedAddition(Money[] amounts) =>
        Money.Sum(amounts) == amounts.Aggregate(Money.Zero, (acc, m) => acc + m)
        && Money.Sum(amounts.AsSpan()) == Money.Sum(amounts.AsEnumerable());

    [Property]
    public bool EveryFormat_RoundTrips(Money a) =>
        Money.Parse(a.ToString()) == a
        && Money.Parse(a.ToString("W", null)) == a
        && Money.Parse(a.ToString("w", null)) == a
        && Money.FromYuan(decimal.Parse(a.ToString("N", null), System.Globalization.CultureInfo.InvariantCulture)) == a;

    [Property]
    public bool Ordering_AgreesWithFen(Money a, Money b) =>
        (a < b) == (a.Fen < b.Fen) && (a >= b) == (a.Fen >= b.Fen) && Math.Sign(a.CompareTo(b)) == Math.Sign(a.Fen.CompareTo(b.Fen));
}
