using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace TaiAffairs.Domain.Tests.Common;

[Properties(Arbitrary = new[] { typeof(KernelGenerators) })]
public class ReportedQuantityTests
{
    // Every phrase of the seed that states a count, with the interval the documented bands give it.
    [Theory]
    [InlineData("500余份", 501L, 599L, "份")]
    [InlineData("24个", 24L, 24L, "个")]
    [InlineData("10余个", 11L, 19L, "个")]
    [InlineData("20户次", 20L, 20L, "户次")]
    [InlineData("3场次", 3L, 3L, "场次")]
    [InlineData("2位", 2L, 2L, "位")]
    [InlineData("3次", 3L, 3L, "次")]
    [InlineData("2次", 2L, 2L, "次")]
    [InlineData("9个", 9L, 9L, "个")]
    [InlineData("4名", 4L, 4L, "名")]
    [InlineData("50名", 50L, 50L, "名")]
    [InlineData("4次", 4L, 4L, "次")]
    [InlineData("20余件", 21L, 29L, "件")]
    [InlineData("30余次", 31L, 39L, "次")]
    [InlineData("上百名", 100L, null, "名")]
    [InlineData("十项", 10L, 10L, "项")]
    [InlineData("近百人", 90L, 99L, "人")]
    [InlineData("20余条", 21L, 29L, "条")]
    [InlineData("15家", 15L, 15L, "家")]
    [InlineData("10余家", 11L, 19L, "家")]
    [InlineData("20余个", 21L, 29L, "个")]
    [InlineData("88个", 88L, 88L, "个")]
    [InlineData("一条", 1L, 1L, "条")]
    [InlineData("10多个", 11L, 19L, "个")]
    [InlineData("百余名", 101L, 199L, "名")]
    [InlineData("二十三个", 23L, 23L, "个")]
    [InlineData("一百零五个", 105L, 105L, "个")]
    [InlineData("两千份", 2000L, 2000L, "份")]
    [InlineData("11至19个", 11L, 19L, "个")]
    [InlineData("不少于120名", 120L, null, "名")]
    public void Parse_SeedPhrases_GivesTheDocumentedInterval(string phrase, long lower, long? upper, string unit)
    {
        var quantity = ReportedQuantity.Parse(phrase);

        Assert.Equal(lower, quantity.Lower);
        Assert.Equal(upper, quantity.Upper);
        Assert.Equal(unit, quantity.Unit!.Symbol);
        Assert.Equal(phrase, quantity.ToString());
    }

    [Theory]
    [InlineData("", "quantity.empty")]
    [InlineData("个", "quantity.number")]
    [InlineData("余个", "quantity.number")]
    [InlineData("10", "quantity.unit")]
    [InlineData("10余", "quantity.unit")]
    [InlineData("10台", "quantity.unit")]
    [InlineData("15余个", "quantity.round-basis")]
    [InlineData("5余个", "quantity.round-basis")]
    [InlineData("近5人", "quantity.nearly-basis")]
    [InlineData("19至11个", "quantity.interval")]
    [InlineData("9999999999999999个", "quantity.range")]
    [InlineData("一二个", "quantity.number")]
    [InlineData("十百个", "quantity.number")]
    [InlineData("上0名", "quantity.number")]
    public void TryParse_BadPhrase_NamesTheBrokenRule(string phrase, string code)
    {
        var result = ReportedQuantity.Pattern.Parse(phrase);

        Assert.False(result.Success);
        Assert.Equal(code, result.Error!.Code);
    }

    [Fact]
    public void Add_ApproximateCounts_AddsIntervals()
    {
        var sum = ReportedQuantity.Parse("10余个") + ReportedQuantity.Parse("20余个") + ReportedQuantity.Parse("88个");

        Assert.Equal(11 + 21 + 88, sum.Lower);
        Assert.Equal(19 + 29 + 88, sum.Upper);
        Assert.Equal(QuantityForm.Interval, sum.Form);
        Assert.Equal("120至136个", sum.ToString());
    }

    [Fact]
    public void Add_Unbounded_StaysUnbounded()
    {
        var sum = ReportedQuantity.Parse("上百名") + ReportedQuantity.Parse("50名");

        Assert.Equal(150, sum.Lower);
        Assert.Null(sum.Upper);
        Assert.Equal("不少于150名", sum.ToString());
    }

    [Fact]
    public void Add_MixedUnits_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReportedQuantity.Parse("10余个") + ReportedQuantity.Parse("20余件"));
        Assert.Contains("个", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ReportedQuantity.Parse("20户次").Add(ReportedQuantity.Parse("30余次")));
    }

    [Fact]
    public void Add_ExactCounts_StaysExact()
    {
        var sum = ReportedQuantity.Parse("3次") + ReportedQuantity.Parse("2次");

        Assert.Equal(ReportedQuantity.Exact(5, QuantityUnit.Ci), sum);
        Assert.Equal("5次", sum.ToString());
    }

    [Fact]
    public void TryCompareTo_ComparesOnlyWithoutOverlap()
    {
        var tenOdd = ReportedQuantity.Parse("10余个");
        var twentyOdd = ReportedQuantity.Parse("20余个");

        Assert.True(tenOdd.TryCompareTo(twentyOdd, out var less));
        Assert.Equal(-1, less);
        Assert.True(twentyOdd.TryCompareTo(tenOdd, out var greater));
        Assert.Equal(1, greater);
        Assert.False(tenOdd.TryCompareTo(ReportedQuantity.Exact(15, QuantityUnit.Ge), out _));
        Assert.False(tenOdd.TryCompareTo(tenOdd, out _));
        Assert.True(ReportedQuantity.Exact(8, QuantityUnit.Ge).TryCompareTo(ReportedQuantity.Exact(8, QuantityUnit.Ge), out var same));
        Assert.Equal(0, same);
        Assert.Throws<ArgumentException>(() => tenOdd.TryCompareTo(ReportedQuantity.Parse("20余件"), out _));
    }

    [Fact]
    public void NearlyAndDigits_AreEqualWhateverTheNumerals()
    {
        Assert.Equal(ReportedQuantity.Parse("近百人"), ReportedQuantity.Parse("近100人"));
        Assert.Equal("近100人", ReportedQuantity.Parse("近百人").WithChineseNumerals(false).ToString());
        Assert.NotEqual(ReportedQuantity.Parse("10余个"), ReportedQuantity.Parse("10多个"));
    }

    [Fact]
    public void Default_IsTheUntypedIdentity()
    {
        var q = ReportedQuantity.Parse("30余次");

        Assert.Equal(q, default(ReportedQuantity) + q);
        Assert.Equal(q, q + default(ReportedQuantity));
        Assert.True(default(ReportedQuantity).IsDefault);
        Assert.Equal("0", default(ReportedQuantity).ToString());
        Assert.Equal(default, ReportedQuantity.Sum([]));
    }

    [Fact]
    public void Factories_RejectBadBases()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportedQuantity.Over(15, QuantityUnit.Ge));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportedQuantity.Nearly(9, QuantityUnit.Ren));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportedQuantity.Reaching(0, QuantityUnit.Ming));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportedQuantity.Exact(-1, QuantityUnit.Ge));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportedQuantity.Between(5, 4, QuantityUnit.Ge));
        Assert.Throws<ArgumentNullException>(() => ReportedQuantity.Exact(1, null!));
    }

    [Property]
    public bool Phrase_RoundTrips(ReportedQuantity q)
    {
        var parsed = ReportedQuantity.Parse(q.ToString());
        return parsed == q && parsed.ToString() == q.ToString();
    }

    [Property]
    public Property Addition_IsCommutativeAndAssociative_WithinAUnit(QuantityUnit unit)
    {
        var gen = KernelGenerators.QuantityGen(Gen.Constant(unit));
        return Prop.ForAll(
            Arb.From(Gen.Three(gen)),
            t => t.Item1 + t.Item2 == t.Item2 + t.Item1
                 && (t.Item1 + t.Item2) + t.Item3 == t.Item1 + (t.Item2 + t.Item3)
                 && t.Item1 + ReportedQuantity.Zero(unit) == t.Item1);
    }

    [Property]
    public Property Sum_BoundsAreTheSumsOfBounds(QuantityUnit unit)
    {
        var gen = KernelGenerators.QuantityGen(Gen.Constant(unit));
        return Prop.ForAll(
            Arb.From(Gen.Two(gen)),
            t =>
            {
                var sum = t.Item1 + t.Item2;
                var upper = t.Item1.Upper is { } a && t.Item2.Upper is { } b ? a + b : (long?)null;
                return sum.Lower == t.Item1.Lower + t.Item2.Lower && sum.Upper == upper;
            });
    }

    [Property]
    public bool Admits_ExactlyTheInterval(ReportedQuantity q) =>
        q.Admits(q.Lower) && !q.Admits(q.Lower - 1) && (q.Upper is not { } u || (q.Admits(u) && !q.Admits(u + 1)));
}

public class ChineseNumeralTests
{
    [Property]
    public Property ChineseNumerals_RoundTripEveryCount() =>
        Prop.ForAll(
            Arb.From(Gen.Choose(0, 99_999_999)),
            n =>
            {
                var text = ReportedQuantity.Exact(n, QuantityUnit.Ge).WithChineseNumerals(true).ToString();
                return ReportedQuantity.Parse(text).Lower == n && !text.Any(char.IsAsciiDigit);
            });

    [Theory]
    [InlineData(10, "十个")]
    [InlineData(15, "十五个")]
    [InlineData(105, "一百零五个")]
    [InlineData(2000, "两千个")]
    [InlineData(20_000, "两万个")]
    [InlineData(10_010, "一万零一十个")]
    [InlineData(3_000_500, "三百万零五百个")]
    public void Exact_InChineseNumerals_RendersTheUsualForm(long n, string expected)
    {
        Assert.Equal(expected, ReportedQuantity.Exact(n, QuantityUnit.Ge).WithChineseNumerals(true).ToString());
    }
}
