namespace TaiAffairs.Domain.Tests.Common;

public class DistrictTests
{
    [Fact]
    public void Tianjin_HasSixteenDistricts_WithUniqueCodes()
    {
        Assert.Equal(16, District.All.Count);
        Assert.Equal(16, District.All.Select(d => d.Code).Distinct().Count());
        Assert.All(District.All, d => Assert.InRange(d.Code, 120101, 120119));
        Assert.Equal(District.All.OrderBy(d => d.Code), District.All);
    }

    [Theory]
    [InlineData(120101, "和平区", "Heping")]
    [InlineData(120104, "南开区", "Nankai")]
    [InlineData(120112, "津南区", "Jinnan")]
    [InlineData(120113, "北辰区", "Beichen")]
    [InlineData(120114, "武清区", "Wuqing")]
    [InlineData(120115, "宝坻区", "Baodi")]
    [InlineData(120116, "滨海新区", "Binhai New Area")]
    [InlineData(120117, "宁河区", "Ninghe")]
    [InlineData(120119, "蓟州区", "Jizhou")]
    public void FromCode_FindsTheDistrict(int code, string chinese, string english)
    {
        var district = District.FromCode(code);

        Assert.Equal(chinese, district.ChineseName);
        Assert.Equal(english, district.EnglishName);
        Assert.Same(district, District.FromAnyName(chinese));
        Assert.Same(district, District.FromAnyName(english.ToUpperInvariant()));
        Assert.Same(district, District.FromAnyName(district.ShortName));
    }

    [Theory]
    [InlineData(120100)]
    [InlineData(120107)]
    [InlineData(120120)]
    [InlineData(110101)]
    public void FromCode_UnknownCode_IsAClearError(int code)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => District.FromCode(code));
        Assert.Contains("not a Tianjin district code", ex.Message, StringComparison.Ordinal);
        Assert.False(District.TryFromCode(code, out _));
    }

    [Fact]
    public void FromAnyName_Unknown_Throws()
    {
        Assert.Throws<ArgumentException>(() => District.FromAnyName("海淀区"));
        Assert.False(District.TryFromAnyName(null, out _));
    }

    [Fact]
    public void ShortNames_AreTheReviewsForms()
    {
        Assert.Equal("宝坻", District.Baodi.ShortName);
        Assert.Equal("滨海", District.Binhai.ShortName);
    }
}
