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
    [InlineData(110100)]
    [InlineData(710101)]
    [InlineData(0)]
    [InlineData(-120115)]
    [InlineData(1201150)]
    public void FromCode_UnknownCode_IsAClearError(int code)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => District.FromCode(code));
        Assert.Contains("is not a county-level district's code", ex.Message, StringComparison.Ordinal);
        Assert.False(District.TryFromCode(code, out _));
    }

    [Fact]
    public void FromAnyName_UnknownOrAmbiguous_Throws_WithTheCodesToChooseFrom()
    {
        Assert.Throws<ArgumentException>(() => District.FromAnyName("不存在区"));
        Assert.False(District.TryFromAnyName(null, out _));
        Assert.False(District.TryFromAnyName("鼓楼区", out _));
        var ambiguous = Assert.Throws<ArgumentException>(() => District.FromAnyName("鼓楼区"));
        Assert.All(District.WithChineseName("鼓楼区"), d => Assert.Contains(d.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), ambiguous.Message, StringComparison.Ordinal));
        Assert.True(District.WithChineseName("鼓楼区").Count > 1);
    }

    [Fact]
    public void AnyCountyOfTheMainland_IsFoundByCodeOrUniqueName_WithItsProvinceAndPrefecture()
    {
        // Issue 14: every county-level district of the embedded division data (2,978), Tianjin's keeping their typed fields.
        Assert.Equal(2978, District.AllInChina.Count);
        Assert.Equal(District.AllInChina.Count, District.AllInChina.Select(d => d.Code).Distinct().Count());
        var dongcheng = District.FromCode(110101);
        Assert.Equal(("东城区", "北京市", 11, 1101), (dongcheng.ChineseName, dongcheng.Province.Name, dongcheng.Province.Code, dongcheng.Prefecture.Code));
        Assert.Same(dongcheng, District.FromCode(110101));
        Assert.Same(dongcheng, District.FromAnyName("东城区"));
        Assert.False(dongcheng.IsInTianjin);
        Assert.Equal("东城区", dongcheng.EnglishName);
        Assert.All(District.All, d => Assert.Same(d, District.FromCode(d.Code)));
        Assert.All(District.All, d => Assert.Contains(d, District.AllInChina));
        Assert.All(District.All, d => Assert.Equal(("天津市", "市辖区"), (d.Province.Name, d.Prefecture.Name)));
        Assert.Same(District.Baodi, District.AllInChina.Single(d => d.Code == 120115));
    }

    [Fact]
    public void BaodisAreas_Count24SubdistrictsAndTowns_AsTheSeedSays()
    {
        // The seed: 宝坻 "24个街镇"; the division data lists 26 township-level units, two of them development zones.
        Assert.Equal(26, District.Baodi.Areas.Count);
        Assert.Equal(24, District.Baodi.SubdistrictsAndTowns);
        Assert.Equal(6, District.Baodi.Areas.Count(a => a.Kind == AreaKind.Subdistrict));
        Assert.Equal(18, District.Baodi.Areas.Count(a => a.Kind == AreaKind.Town));
        Assert.Equal(2, District.Baodi.Areas.Count(a => a.Kind == AreaKind.OtherTownshipLevel));
        Assert.All(District.Baodi.Areas, a => Assert.Same(District.Baodi, a.District));
        Assert.Equal("海滨街道", Area.FromCode(120115001).Name);
        Assert.Equal(41_352, District.AllInChina.Sum(d => d.Areas.Count));
    }

    [Fact]
    public void ACommunity_LiesUnderItsTownship_AndBadCodesAreRefused()
    {
        var haibin = Area.FromCode(120115001);
        var community = haibin.Below(120115001001, "某社区", AreaKind.Community);
        Assert.Equal((haibin, District.Baodi, AreaKind.Community), (community.Parent, community.District, community.Kind));
        Assert.Throws<ArgumentOutOfRangeException>(() => haibin.Below(120115002001, "别处社区", AreaKind.Community));
        Assert.Throws<ArgumentOutOfRangeException>(() => haibin.Below(120115001002, "某镇", AreaKind.Town));
        Assert.Throws<ArgumentException>(() => haibin.Below(120115001003, " ", AreaKind.Village));
        Assert.Throws<InvalidOperationException>(() => community.Below(120115001001, "村", AreaKind.Village));
        Assert.Throws<ArgumentOutOfRangeException>(() => Area.FromCode(120115999));
        Assert.False(Area.TryFromCode(12011500, out _));
    }

    [Fact]
    public void ShortNames_AreTheReviewsForms()
    {
        Assert.Equal("宝坻", District.Baodi.ShortName);
        Assert.Equal("滨海", District.Binhai.ShortName);
    }

    [Fact]
    public void Departments_Enterprises_People_AndMechanisms_PointToAnAreaOfTheirDistrict()
    {
        var haibin = Area.FromCode(120115001);
        var elsewhere = Area.FromCode(120104001);
        var unit = TaiAffairs.Domain.LeadingGroups.Department.CreateIn(Id<TaiAffairs.Domain.LeadingGroups.Department>.From("haibin-office"), "海滨街道办事处", TaiAffairs.Domain.LeadingGroups.DepartmentKind.Street, haibin);
        Assert.Equal((District.Baodi, haibin), (unit.District, unit.Area));

        var enterprise = TaiAffairs.Domain.Enterprises.Enterprise.Register(
            Id<TaiAffairs.Domain.Enterprises.Enterprise>.From("e-area"), Tests.Enterprises.EnterpriseTests.Code("91120224MA0000006"), "某台企", TaiAffairs.Domain.Enterprises.Industry.AutoParts, District.Baodi, 1.January(2010));
        RuleAssert.Breaks<TaiAffairs.Domain.LeadingGroups.Rules.AreaOfTheDistrict>(() => enterprise.LocateIn(elsewhere));
        Assert.Null(enterprise.Area);
        enterprise.LocateIn(haibin);
        Assert.Equal(haibin, enterprise.Area);
        enterprise.MoveTo(District.Nankai, 1.January(2020));
        Assert.Null(enterprise.Area);
        enterprise.LocateIn(elsewhere);

        var person = TaiAffairs.Domain.Compatriots.Compatriot.Register(
            Id<TaiAffairs.Domain.Compatriots.Compatriot>.From("p-area"), TaiAffairs.Domain.Compatriots.PersonName.Create("林", "某"), TaiAffairs.Domain.Compatriots.BirthInfo.InYear(1990), District.Baodi, 1.January(2015));
        RuleAssert.Breaks<TaiAffairs.Domain.LeadingGroups.Rules.AreaOfTheDistrict>(() => person.LocateIn(elsewhere));
        person.LocateIn(haibin.Below(120115001001, "某社区", AreaKind.Community));
        Assert.Equal(haibin, person.Area!.Parent);

        var network = TaiAffairs.Domain.Mechanisms.ServiceMechanism.Establish(
            Id<TaiAffairs.Domain.Mechanisms.ServiceMechanism>.From("m-area"), District.Baodi, TaiAffairs.Domain.Mechanisms.MechanismKind.QuarterlyRoundTable, "恳谈会", 1.January(2021), TaiAffairs.Domain.Mechanisms.QuarterlyRoundTableTerms.Instance);
        network.Cover(Area.FromCode(120115003));
        network.Cover(haibin);
        RuleAssert.Breaks<TaiAffairs.Domain.LeadingGroups.Rules.AreaOfTheDistrict>(() => network.Cover(haibin));
        RuleAssert.Breaks<TaiAffairs.Domain.LeadingGroups.Rules.AreaOfTheDistrict>(() => network.Cover(elsewhere));
        Assert.Equal([120115001L, 120115003L], network.Areas.Select(a => a.Code));
    }

    [Theory]
    [InlineData("24个", false)]
    [InlineData("20余个", false)]
    [InlineData("30个", true)]
    [InlineData("10个", true)]
    public void ADistrictsStatedCountOfItsSubdistrictsAndTowns_IsCheckedAgainstTheDivisionData(string stated, bool disagrees)
    {
        var builder = new TaiAffairs.Domain.Reporting.AnnualReviewBuilder(2021, WorkingDayCalendar.ChinaMainland);
        builder.Declare(TaiAffairs.Domain.Reporting.DeclaredFigure.Count(District.Baodi, TaiAffairs.Domain.Reporting.FigureKey.SubdistrictsAndTowns, ReportedQuantity.Parse(stated), "街镇"));

        var review = builder.BuildDistrict(District.Baodi);

        var figure = review.Figure(TaiAffairs.Domain.Reporting.FigureKey.SubdistrictsAndTowns)!;
        Assert.Equal("24个", figure.Computed!.Value.ToString());
        Assert.Equal(!disagrees, figure.IsConsistent);
        Assert.Equal(disagrees, review.Findings.Any(f => f.Kind == TaiAffairs.Domain.Reporting.FindingKind.DisagreesWithDivisionData));
        Assert.DoesNotContain(builder.BuildCity().Headline, h => h.Key == TaiAffairs.Domain.Reporting.FigureKey.SubdistrictsAndTowns);
    }
}
