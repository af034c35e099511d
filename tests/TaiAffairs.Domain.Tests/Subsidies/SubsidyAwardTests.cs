using TaiAffairs.Domain.Common.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Subsidies;
using TaiAffairs.Domain.Subsidies.Rules;
using TaiAffairs.Domain.Tests.Enterprises;

namespace TaiAffairs.Domain.Tests.Subsidies;

public class SubsidyAwardTests
{
    private static readonly LocalDate AwardedOn = new(2021, 11, 1);

    private static Enterprise Baodi(string key, string name, string code17) =>
        Enterprise.Register(Id<Enterprise>.From(key), EnterpriseTests.Code(code17), name, Industry.AutoParts, District.Baodi, 1.January(2010));

    private static readonly Enterprise LindeYingli = Baodi("baodi-linde-yingli", "林德英利", "91120224MA0000001");
    private static readonly Enterprise Dacheng = Baodi("baodi-dacheng", "天津大成前瞻生物科技研发有限公司", "91120224MA0000002");
    private static readonly Enterprise YingliMould = Baodi("baodi-yingli-mould", "天津英利模具制造有限公司", "91120224MA0000003");

    private static SubsidyAward Grant(string id, Enterprise to, SubsidyProgramme[] programmes, string amount, FundingLevel? level = null, FundingSplit? split = null, District? district = null) =>
        SubsidyAward.Grant(Id<SubsidyAward>.From(id), to, district ?? District.Baodi, programmes, level ?? FundingLevel.CityAndDistrict, Money.Parse(amount), AwardedOn, split: split);


    [Fact]
    public void BaodiAwards_AreExpressibleExactly()
    {
        var register = new AwardRegister(District.Baodi, 2021);
        register.Add(SubsidyAward.Grant(Id<SubsidyAward>.From("a1"), LindeYingli, District.Baodi, [SubsidyProgramme.TechnologyLeaderMajorProject], FundingLevel.CityAndDistrict, Money.Parse("300万"), AwardedOn, "轻量化高安全汽车零部件研究开发"));
        register.Add(Grant("a2", LindeYingli, [SubsidyProgramme.RdInvestmentPostSubsidy, SubsidyProgramme.HighTechRecognitionReward], "58.09万元", FundingLevel.NotStated));
        register.Add(Grant("a3", Dacheng, [SubsidyProgramme.RdInvestmentPostSubsidy], "44.27万元"));
        register.Add(Grant("a4", YingliMould, [SubsidyProgramme.SmartManufacturing, SubsidyProgramme.HighTechRecognitionReward], "157.5万元"));

        Assert.Equal(Money.Parse("559.86万元"), register.Total);
        Assert.Equal(Money.Parse("358.09万元"), register.TotalFor(LindeYingli.Id));
        Assert.Equal(Money.Parse("501.77万元"), register.TotalAt(FundingLevel.CityAndDistrict));
        Assert.Equal("轻量化高安全汽车零部件研究开发", register.Awards[0].ProjectTitle);
        Assert.True(register.Awards[3].IsUnder(SubsidyProgramme.SmartManufacturing));
    }

    [Fact]
    public void SecondAwardUnderAOncePerYearProgramme_IsRefused_ButNotUnderAProgrammeThatAllowsMore()
    {
        var register = new AwardRegister(District.Baodi, 2021);
        register.Add(Grant("a1", Dacheng, [SubsidyProgramme.RdInvestmentPostSubsidy], "44.27万元"));
        register.Add(Grant("a2", YingliMould, [SubsidyProgramme.SmartManufacturing], "100万"));

        RuleAssert.Breaks<OneAwardPerProgrammeAndYear>(() => register.Add(Grant("a3", Dacheng, [SubsidyProgramme.RdInvestmentPostSubsidy], "1万")));
        register.Add(Grant("a4", YingliMould, [SubsidyProgramme.SmartManufacturing], "57.5万元"));
        register.Add(Grant("a5", LindeYingli, [SubsidyProgramme.RdInvestmentPostSubsidy], "1万"));
        Assert.Equal(4, register.Awards.Count);
    }

    [Fact]
    public void Register_RefusesOtherDistrictsYearsAndRepeatedIds()
    {
        var register = new AwardRegister(District.Baodi, 2021);
        register.Add(Grant("a1", Dacheng, [SubsidyProgramme.SmartManufacturing], "1万"));
        var wuqing = Enterprise.Register(Id<Enterprise>.From("wq"), EnterpriseTests.Code("91120222MA0000009"), "光宝电子", Industry.Electronics, District.Wuqing, 1.January(2010));
        var nextYear = SubsidyAward.Grant(Id<SubsidyAward>.From("a9"), Dacheng, District.Baodi, [SubsidyProgramme.SmartManufacturing], FundingLevel.District, Money.Parse("1万"), 5.January(2022));

        RuleAssert.Breaks<AwardBelongsToTheRegister>(() => register.Add(Grant("a2", wuqing, [SubsidyProgramme.SmartManufacturing], "1万", district: District.Wuqing)));
        RuleAssert.Breaks<AwardBelongsToTheRegister>(() => register.Add(nextYear));
        RuleAssert.Breaks<AwardIdsAreUnique>(() => register.Add(Grant("a1", Dacheng, [SubsidyProgramme.SmartManufacturing], "2万")));
        Assert.Single(register.Awards);
    }

    [Fact]
    public void Grant_Rules_BreakWithTheirCodes()
    {
        var moved = Enterprise.Register(Id<Enterprise>.From("moved"), EnterpriseTests.Code("91120224MA0000007"), "迁出企业", Industry.AutoParts, District.Baodi, 1.January(2010));
        moved.MoveTo(District.Wuqing, 1.June(2021));

        RuleAssert.Breaks<AmountIsPositive>(AmountIsPositive.SubsidyCode, () => Grant("x", Dacheng, [SubsidyProgramme.SmartManufacturing], "0元"));
        RuleAssert.Breaks<ProgrammesListedOnce>(() => Grant("x", Dacheng, [], "1万"));
        RuleAssert.Breaks<ProgrammesListedOnce>(() => Grant("x", Dacheng, [SubsidyProgramme.SmartManufacturing, SubsidyProgramme.SmartManufacturing], "1万"));
        RuleAssert.Breaks<RecipientOfTheAwardingDistrict>(() => Grant("x", moved, [SubsidyProgramme.SmartManufacturing], "1万"));
        RuleAssert.Breaks<SplitSumsToTheWhole>(() => Grant("x", Dacheng, [SubsidyProgramme.SmartManufacturing], "1万", FundingLevel.CityAndDistrict, FundingSplit.Create(Money.Parse("5000元"), Money.Parse("4000元"))));
        RuleAssert.Breaks<SplitSumsToTheWhole>(() => Grant("x", Dacheng, [SubsidyProgramme.SmartManufacturing], "1万", FundingLevel.City, FundingSplit.Create(Money.Parse("5000元"), Money.Parse("5000元"))));
        Assert.Throws<ArgumentOutOfRangeException>(() => FundingSplit.Create(Money.FromYuan(-1), Money.Zero));
    }

    [Property]
    public Property ASplitAward_AlwaysSumsToItsWhole() =>
        Prop.ForAll(
            Arb.From(from city in Gen.Choose(0, 100_000_000) from district in Gen.Choose(1, 100_000_000) from off in Gen.Choose(-5, 5) select (city, district, off)),
            t =>
            {
                var split = FundingSplit.Create(Money.FromFen(t.city), Money.FromFen(t.district));
                var amount = Money.FromFen(t.city + (long)t.district + t.off);
                var error = Record.Exception(() => SubsidyAward.Grant(Id<SubsidyAward>.From("s"), Dacheng, District.Baodi, [SubsidyProgramme.SmartManufacturing], FundingLevel.CityAndDistrict, amount, AwardedOn, split: split));
                return t.off == 0
                    ? error is null && split.City + split.District == amount
                    : error is BusinessRuleViolationException { RuleCode: SplitSumsToTheWhole.RuleCode };
            });
}
