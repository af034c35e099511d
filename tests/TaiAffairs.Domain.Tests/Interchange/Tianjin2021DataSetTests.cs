using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.Reporting;

namespace TaiAffairs.Domain.Tests.Interchange;

/// <summary>The 2021 data set imports cleanly and its review states every figure of the seed's six sections.</summary>
public class Tianjin2021DataSetTests
{
    internal static string DataSetJson() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "tianjin-2021.json"));

    private static readonly Lazy<CityAnnualReview> City = new(() =>
        DataSetImporter.Import(DataSetJson()).DataSet!.ToReviewBuilder(WorkingDayCalendar.ChinaMainland).BuildCity());

    private static string Text(District district) => ChineseTextRenderer.Render(City.Value.Districts.Single(d => d.District == district));

    [Fact]
    public void DataSet_ImportsWithoutAProblem()
    {
        var result = DataSetImporter.Import(DataSetJson());

        Assert.True(result.Success, string.Join("\n", result.Problems));
        Assert.Equal(2021, result.DataSet.Year);
        Assert.Equal(6, result.DataSet.LeadingGroups.Count);
        Assert.Equal([District.Nankai, District.Jinnan, District.Beichen, District.Wuqing, District.Baodi, District.Ninghe], City.Value.Districts.Select(d => d.District));
    }

    [Fact]
    public void DataSet_ExportsToItself()
    {
        var first = DataSetExporter.Export(DataSetImporter.Import(DataSetJson()).DataSet!);
        var second = DataSetExporter.Export(DataSetImporter.Import(first).DataSet!);

        Assert.Equal(first, second);
    }

    [Fact]
    public void TheSeedsFigures_RaiseNoFinding()
    {
        Assert.Empty(City.Value.Districts.SelectMany(d => d.Findings).Concat(City.Value.Findings));
        Assert.All(City.Value.Districts.SelectMany(d => d.Headline).Concat(City.Value.Headline), f => Assert.NotEqual(false, f.IsConsistent));
        Assert.All(City.Value.Districts.SelectMany(d => d.Mechanisms), m => Assert.True(m.IsKept, m.Name));
    }

    [Theory]
    [InlineData("500余份")]
    [InlineData("24个")]
    [InlineData("林德英利“轻量化高安全汽车零部件研究开发”项目获得科技领军(培育)企业认定及重大项目市、区级资金300万元")]
    [InlineData("林德英利获得研发投入后补助、国家高新技术企业认定奖励资金58.09万元")]
    [InlineData("天津大成前瞻生物科技研发有限公司获得研发投入后补助市、区级资金44.27万元")]
    [InlineData("天津英利模具制造有限公司获得智能制造专项、国家高新技术企业认定奖励市、区级资金157.5万元")]
    [InlineData("推荐林德英利获评2021年“全国工人先锋号”荣誉")]
    [InlineData("6千伏电网接送电")]
    [InlineData("累计协调解决问题10余个（用工稳岗、疫苗接种、劳动仲裁、电力供应）")]
    [InlineData("全年入企服务20户次")]
    [InlineData("组织开展政策宣讲、对接协调会3场次")]
    [InlineData("捐款15万元")]
    [InlineData("台青2位")]
    [InlineData("进利汽车、联恒工业、林德英利、天津英利模具制造有限公司加入天津市智能网联汽车人才联盟")]
    [InlineData("“52条措施”、“46条措施”")]
    [InlineData("季度恳谈会“季度台企恳谈会”全部落实")]
    public void Baodi_StatesTheSeedsFigures(string expected) => Assert.Contains(expected, Text(District.Baodi), StringComparison.Ordinal);

    [Theory]
    [InlineData("主持召开区委常委会暨区委对台工作领导小组会议3次")]
    [InlineData("区委对台工作领导小组（扩大）会议2次")]
    [InlineData("区委常委、区委统战部部长主持召开台胞台企季度恳谈会3次")]
    [InlineData("本年度开展台胞台企恳谈会4次")]
    [InlineData("联合区人社局、金融局、商务局等部门9个")]
    [InlineData("新增成员单位9个")]
    [InlineData("走访在津创业台青4名")]
    [InlineData("提交申请材料后第二个工作日便拿到台胞证")]
    [InlineData("台胞完成疫苗接种50名")]
    [InlineData("97岁台湾同胞洪施惠芳完成疫苗接种")]
    [InlineData("现场办公协调解决问题20余件（招工困难、申报稳岗补贴）")]
    [InlineData("区委台办到台资企业走访调研30余次")]
    [InlineData("锦旗")]
    [InlineData("端午活动“粽香飘两岸·端午话亲情”，瑞益园社区")]
    [InlineData("精武门中华武林园、霍元甲纪念馆")]
    public void Beichen_StatesTheSeedsFigures(string expected) => Assert.Contains(expected, Text(District.Beichen), StringComparison.Ordinal);

    [Theory]
    [InlineData("现代产业区土地纠纷")]
    [InlineData("修建一条环形公路")]
    [InlineData("区规自局")]
    [InlineData("宣讲“农林22条”")]
    [InlineData("农技交流活动“情谊农农”，宁河（与宝坻区共同举办）")]
    [InlineData("七里海")]
    [InlineData("次日便在客厅和宿舍分别安装空调")]
    [InlineData("台胞林小慧就业需求")]
    [InlineData("为康龄方代办取水证换证")]
    [InlineData("坚持每季度为康龄方代缴水费，2021年各季度均已办理")]
    public void Ninghe_StatesTheSeedsFigures(string expected) => Assert.Contains(expected, Text(District.Ninghe), StringComparison.Ordinal);

    [Theory]
    [InlineData("三专服务机制“专题、专线、专人”服务机制全部落实")]
    [InlineData("为台青直接联系定点接种新冠疫苗上百名")]
    [InlineData("台资企业注册绿色通道")]
    [InlineData("“一家亲”涉台服务具体工作十项")]
    [InlineData("e谷(南开)创想世界")]
    [InlineData("妈祖文化活动“弘扬妈祖文化 感受非遗魅力”，天津天后宫")]
    [InlineData("端午活动“两岸情 一家人”")]
    [InlineData("南开大学")]
    public void Nankai_StatesTheSeedsFigures(string expected) => Assert.Contains(expected, Text(District.Nankai), StringComparison.Ordinal);

    [Theory]
    [InlineData("全年召开区委常委会专题会议2次")]
    [InlineData("区委主要负责同志作出批示4次")]
    [InlineData("近百人参加")]
    [InlineData("中美战略博弈中的两岸关系")]
    [InlineData("及时提出安全建议20余条")]
    [InlineData("劳动合同")]
    [InlineData("中秋视频连线")]
    [InlineData("葛沽天后宫")]
    public void Jinnan_StatesTheSeedsFigures(string expected) => Assert.Contains(expected, Text(District.Jinnan), StringComparison.Ordinal);

    [Theory]
    [InlineData("定期深入全区实体台资企业15家")]
    [InlineData("会同相关职能单位走访调研30余次")]
    [InlineData("和信昌等台资企业协调解决问题10余家")]
    [InlineData("有序用电、疫苗接种等相关问题20余个")]
    [InlineData("排查整改安全隐患问题88个")]
    [InlineData("久增金属投资700万")]
    [InlineData("对接天津医科大学、天津中医药大学")]
    public void Wuqing_StatesTheSeedsFigures(string expected) => Assert.Contains(expected, Text(District.Wuqing), StringComparison.Ordinal);

    [Fact]
    public void City_CountsTheJointEventOnce_AndTheBaodiAwardsExactly()
    {
        var city = City.Value;
        var districtEvents = city.Districts.Sum(d => d.Figures.Exchanges.Events);

        Assert.Equal(districtEvents - 1, city.Figures.Exchanges.Events);
        Assert.Equal(Money.Parse("559.86万元"), city.Figures.Awards.Total);
    }

    [Fact]
    public void OnlyConsentingPeople_AreNamed()
    {
        var dataSet = DataSetImporter.Import(DataSetJson()).DataSet!;
        var text = ChineseTextRenderer.Render(City.Value);

        foreach (var person in dataSet.Compatriots)
        {
            Assert.True(person.MayBeNamedOn(31.December(2021)) || !text.Contains(person.Name.Reveal(), StringComparison.Ordinal));
        }
    }
}
