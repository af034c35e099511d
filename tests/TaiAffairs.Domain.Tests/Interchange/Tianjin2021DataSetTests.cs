using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.Reporting;

namespace TaiAffairs.Domain.Tests.Interchange;

/// <summary>
/// The 2021 data set imports cleanly and its review states every figure of the seed's six sections and every fact of
/// DOMAIN.md section 9 (the seed's own words, one line per fact).
/// </summary>
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
        // The seed's order, as the data set's outlines give it (宝坻, 北辰, 宁河, 南开, 津南, 武清).
        Assert.Equal([District.Baodi, District.Beichen, District.Ninghe, District.Nankai, District.Jinnan, District.Wuqing], City.Value.Districts.Select(d => d.District));
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
    [InlineData("殷向杰强调")]
    [InlineData("制作涉台宣传材料500余份")]
    [InlineData("天津宝坻开发区、24个街镇")]
    [InlineData("获得市、区级财政支持资金300万元")]
    [InlineData("国家高新技术企业认定奖励58.09万元")]
    [InlineData("研发投入后补助市、区级资金44.27万元")]
    [InlineData("国家高新技术企业认定奖励市、区级资金157.5万元")]
    [InlineData("推荐林德英利获评2021年“全国工人先锋号”荣誉")]
    [InlineData("组织联恒工业负责人参加“走进北大”企业家培训")]
    [InlineData("“台商台企吉林行”")]
    [InlineData("仅用一个月时间，完成6千伏电网接送电工作")]
    [InlineData("国庆期间，深入林德英利、英利模具等台企")]
    [InlineData("累计协调解决用工稳岗、疫苗接种、劳动仲裁、电力供应等问题10余个")]
    [InlineData("全年入企服务20户次")]
    [InlineData("组织开展政策宣讲、对接协调会3场次")]
    [InlineData("动员台企为疫情防控、脱贫攻坚等公益事业捐款15万元")]
    [InlineData("按照“知情、同意、自愿”原则")]
    [InlineData("关心在宝坻区就业、创业的2位台青")]
    [InlineData("林德英利、进利汽车、英利模具、联恒工业等汽车零部件制造类企业加入天津市智能网联汽车人才联盟")]
    [InlineData("天津大成前瞻生物科技研发有限公司获得研发投")]
    public void Baodi_ReadsAsTheSeedTellsIt(string expected) => Assert.Contains(expected, Text(District.Baodi), StringComparison.Ordinal);

    [Theory]
    [InlineData("区委书记冯卫华亲自抓")]
    [InlineData("主持召开区委常委会暨区委对台工作领导小组会议3次、区委对台工作领导小组（扩大）会议2次")]
    [InlineData("区委常委、区委统战部部长主持召开台胞台企季度恳谈会3次")]
    [InlineData("新增成员单位9个")]
    [InlineData("参与市台办“我在天津过大年”活动")]
    [InlineData("走访4名在津创业台青")]
    [InlineData("提交申请材料后第二个工作日便成功拿到台胞证")]
    [InlineData("许恩恩为区委台办送上一封感谢信")]
    [InlineData("“粽香飘两岸·端午话亲情”")]
    [InlineData("目前已有50名台胞完成接种")]
    [InlineData("97岁台湾同胞洪施惠芳")]
    [InlineData("本年度开展台胞台企恳谈会4次")]
    [InlineData("商务局等9个部门")]
    [InlineData("申报稳岗补贴等问题20余件")]
    [InlineData("区委台办到台资企业走访调研30余次")]
    [InlineData("主动对接台湾旺旺集团，调研陆路港装备产业园区")]
    [InlineData("区委台办及时协调区人口服务管理中心，为台胞开启绿色通道")]
    [InlineData("锦旗")]
    [InlineData("带领台胞参观瑞益园社区")]
    [InlineData("组织台胞参观精武门中华武林园、霍元甲纪念馆")]
    public void Beichen_ReadsAsTheSeedTellsIt(string expected) => Assert.Contains(expected, Text(District.Beichen), StringComparison.Ordinal);

    [Theory]
    [InlineData("今年4月在台企调研中")]
    [InlineData("现代产业区内台资企业存在土地纠纷问题")]
    [InlineData("最终于9月初保质保量修建一条环形公路")]
    [InlineData("国台办“农林22条”、网上办事、留岗红包")]
    [InlineData("与宝坻区共同举办“情谊农农”")]
    [InlineData("寒潮来临，宁河区台办关注老年困难台胞康龄方的取暖问题")]
    [InlineData("宁河区台办次日便在客厅和宿舍分别为其安装了空调")]
    [InlineData("坚持每季度帮助代缴水费")]
    [InlineData("台胞林小慧提出就业需求")]
    [InlineData("依托宁河七里海韵")]
    [InlineData("康龄方取水证到期需更换新证")]
    public void Ninghe_ReadsAsTheSeedTellsIt(string expected) => Assert.Contains(expected, Text(District.Ninghe), StringComparison.Ordinal);

    [Theory]
    [InlineData("“专题、专线、专人”——“三专”服务机制")]
    [InlineData("“一把手”是第一责任人、分管领导是具体负责人、科室负责人是具体工作干部")]
    [InlineData("单位座机、各联系人手机、微信、邮箱等作为专线联络方式")]
    [InlineData("已直接为上百名台青直接联系定点接种新冠疫苗")]
    [InlineData("一个窗口受理，联合审批，简化手续，做到了只跑一次")]
    [InlineData("“区委台办—街道工委—社区党委”三级工作体系")]
    [InlineData("公益活动等共十项具体工作")]
    [InlineData("e谷（南开）创想世界")]
    [InlineData("“弘扬妈祖文化 感受非遗魅力”")]
    [InlineData("与南开大学联合举办“共度中秋 畅想未来”")]
    [InlineData("区委台办会同区政务办、区市场监管局及中国银行天津分行南开支行")]
    [InlineData("组织台青在天后宫包粽子、敬妈祖")]
    public void Nankai_ReadsAsTheSeedTellsIt(string expected) => Assert.Contains(expected, Text(District.Nankai), StringComparison.Ordinal);

    [Theory]
    [InlineData("全年召开区委常委会专题会议2次")]
    [InlineData("区委主要负责同志作出批示4次")]
    [InlineData("市社会主义学院李雯副教授")]
    [InlineData("区委统战部（台办）全体机关干部近百人参加")]
    [InlineData("市社会主义学院张安东以《中美战略博弈中的两岸关系》")]
    [InlineData("及时提出安全建议20余条")]
    [InlineData("特别是在汛期来临之前")]
    [InlineData("在中秋节来临之际，邀请岛内社区民众线上视频连线")]
    [InlineData("聘请台湾籍专家林菱佩担任首席康复师")]
    [InlineData("翁仲铭把创业公司成功注册在津南，落地海棠众创大街")]
    [InlineData("在全市率先开展台胞疫苗接种工作")]
    [InlineData("签订劳动合同、加班工资、劳动合同解除")]
    [InlineData("到津南区葛沽天后宫参观交流")]
    public void Jinnan_ReadsAsTheSeedTellsIt(string expected) => Assert.Contains(expected, Text(District.Jinnan), StringComparison.Ordinal);

    [Theory]
    [InlineData("定期深入全区15家实体台资企业走访调研30余次")]
    [InlineData("共为杰麦多乐器、光宝电子、新伟祥、久增金属、百里富、和信昌等10余家台资企业协调解决用工招聘、审批手续、有序用电、疫苗接种等相关问题20余个")]
    [InlineData("排查整改安全隐患问题88个")]
    [InlineData("久增金属投资700万元")]
    [InlineData("光宝电子（天津）有限公司负责人刘希仁说")]
    [InlineData("温华政为前来调研的台办工作人员用萨克斯演奏了一曲《我和我的祖国》")]
    [InlineData("景岳生物科技有限公司对接天津医科大学、天津中医药大学")]
    [InlineData("区市场局、区应急局、区规资局、区生态环境局、区人力社保局、区政务服务办、消防支队")]
    public void Wuqing_ReadsAsTheSeedTellsIt(string expected) => Assert.Contains(expected, Text(District.Wuqing), StringComparison.Ordinal);

    [Fact]
    public void TheDistricts_PrintInTheSeedsOrder_EachWithItsOwnHeadingsInOrder()
    {
        var text = Tianjin2021Text();
        var seed = new[] { "宝坻区", "北辰区", "宁河区", "南开区", "津南区", "武清区" }.Select(d => text.IndexOf(d + "2021年度对台工作巡礼", StringComparison.Ordinal)).ToArray();
        Assert.All(seed, i => Assert.True(i >= 0));
        Assert.Equal(seed.Order(), seed);

        var headings = new[] { "一、在精准服务上下功夫", "二、在政策支持上下功夫", "三、在真心办事上下功夫" }.Select(h => Text(District.Baodi).IndexOf(h, StringComparison.Ordinal)).ToArray();
        Assert.Equal(headings.Order(), headings);
        Assert.All(headings, i => Assert.True(i >= 0));
        var nankai = new[] { "二、搭建台青服务平台，拓展服务覆盖面", "搭建“一家亲”社区服务台胞工作平台。", "三、打造台青交流品牌，促进两地青年融合" }.Select(h => Text(District.Nankai).IndexOf(h, StringComparison.Ordinal)).ToArray();
        Assert.Equal(nankai.Order(), nankai);
        Assert.Contains("一、主要做法", Text(District.Jinnan), StringComparison.Ordinal);
        Assert.Contains("二、取得成效", Text(District.Jinnan), StringComparison.Ordinal);
        Assert.Contains("一、发挥党建引领作用，助推台资企业发展", Text(District.Wuqing), StringComparison.Ordinal);
    }

    [Fact]
    public void TheReview_PrintsNoInventedDayAndNoEditorsNote()
    {
        var text = Tianjin2021Text();

        Assert.DoesNotMatch(@"\d{4}年\d{1,2}月\d{1,2}日", text);
        Assert.DoesNotContain("个工作日办结", text, StringComparison.Ordinal);
        Assert.DoesNotContain("原文", text, StringComparison.Ordinal);
    }

    private static string Tianjin2021Text() => ChineseTextRenderer.Render(City.Value);

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
