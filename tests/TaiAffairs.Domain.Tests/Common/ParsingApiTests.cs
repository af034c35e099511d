using TaiAffairs.Domain.Enterprises;

namespace TaiAffairs.Domain.Tests.Common;

/// <summary>
/// Every parsed value type has the BCL's shape: <c>Parse</c> throws, <c>bool TryParse(string, out T)</c> and a span
/// overload return the value or <see langword="false"/>, and <c>Pattern.Parse</c> says why, with a code from
/// <see cref="ParseErrorCodes"/>.
/// </summary>
public class ParsingApiTests
{
    [Fact]
    public void Money_TryParse_ReturnsTheValueOrFalse_AndThePatternSaysWhy()
    {
        Assert.True(Money.TryParse("58.09万元", out var amount));
        Assert.Equal(Money.Parse("58.09万元"), amount);
        Assert.True(Money.TryParse("300万".AsSpan(), out var span));
        Assert.Equal(Money.FromYuan(3_000_000m), span);
        Assert.False(Money.TryParse("58.09美元", out var refused));
        Assert.Equal(default, refused);
        Assert.False(Money.TryParse((string?)null, out _));
        Assert.Equal(ParseErrorCodes.MoneyUnit, Money.Pattern.Parse("58.09美元").Error!.Code);
        Assert.Equal(ParseErrorCodes.MoneyEmpty, Money.Pattern.Parse(" ").Error!.Code);
    }

    [Fact]
    public void ReportedQuantity_TryParse_ReturnsTheValueOrFalse_AndThePatternSaysWhy()
    {
        Assert.True(ReportedQuantity.TryParse("10余个", out var quantity));
        Assert.Equal(ReportedQuantity.Parse("10余个"), quantity);
        Assert.True(ReportedQuantity.TryParse("近百人".AsSpan(), out var nearly));
        Assert.Equal(99, nearly.Upper); // 近百: below a hundred
        Assert.False(ReportedQuantity.TryParse("很多", out _));
        Assert.Equal(ParseErrorCodes.QuantityEmpty, ReportedQuantity.Pattern.Parse("").Error!.Code);
    }

    [Fact]
    public void Codes_TryParse_ReturnTheValueOrFalse_AndThePatternSaysWhy()
    {
        Assert.True(UnifiedSocialCreditCode.TryParse("91350100M000100Y43", out var code));
        Assert.Equal(UnifiedSocialCreditCode.Parse("91350100M000100Y43"), code);
        Assert.False(UnifiedSocialCreditCode.TryParse("91350100M000100Y44".AsSpan(), out _));
        Assert.Equal(ParseErrorCodes.CreditCodeCheckCharacter, UnifiedSocialCreditCode.Pattern.Parse("91350100M000100Y44").Error!.Code);

        Assert.True(TravelPermitNumber.TryParse("12345678", out var permit));
        Assert.Equal(TravelPermitNumber.Parse("12345678"), permit);
        Assert.False(TravelPermitNumber.TryParse("12", out _));
        Assert.Equal(ParseErrorCodes.TravelPermitFormat, TravelPermitNumber.Pattern.Parse("12").Error!.Code);

        Assert.False(ResidencePermitNumber.TryParse("830000199001010013", out _));
        Assert.Equal(ParseErrorCodes.ResidencePermitCheckCharacter, ResidencePermitNumber.Pattern.Parse("830000199001010013").Error!.Code);

        Assert.True(Id<Enterprise>.TryParse("baodi-1", out var id));
        Assert.Equal(Id<Enterprise>.From("baodi-1"), id);
        Assert.False(Id<Enterprise>.TryParse(" ".AsSpan(), out _));
        Assert.Equal(ParseErrorCodes.IdEmpty, Id<Enterprise>.Pattern.Parse(null).Error!.Code);
    }
}
