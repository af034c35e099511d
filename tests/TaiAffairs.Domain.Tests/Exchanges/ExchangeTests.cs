using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Exchanges;
using TaiAffairs.Domain.Exchanges.Rules;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Tests.Exchanges;

public class ExchangeTests
{
    private static readonly LocalDate MidAutumn = new(2021, 9, 19);

    private static ExchangeEvent Event(IEnumerable<District> organizers, ReportedQuantity? count = null, int known = 0) =>
        ExchangeEvent.Record(
            Id<ExchangeEvent>.From("ev"), ExchangeEventKind.AgriculturalExchange, "情谊农农", MidAutumn, "宁河", organizers, [],
            Enumerable.Range(0, known).Select(i => Id<Compatriot>.From($"c{i}")), count);


    [Fact]
    public void JointEvent_IsOrganizedByBothDistricts()
    {
        var joint = Event([District.Ninghe, District.Baodi]);

        Assert.True(joint.IsJoint);
        Assert.True(joint.IsOrganizedBy(District.Baodi));
        Assert.True(joint.IsOrganizedBy(District.Ninghe));
        Assert.False(joint.IsOrganizedBy(District.Wuqing));
        Assert.False(Event([District.Ninghe]).IsJoint);
    }

    [Fact]
    public void Organizers_AtLeastOne_EachOnce()
    {
        RuleAssert.Breaks<OrganizedByAtLeastOneDistrict>(() => Event([]));
        RuleAssert.Breaks<OrganizedByAtLeastOneDistrict>(() => Event([District.Baodi, District.Baodi]));
    }

    [Fact]
    public void Participants_AreCountedInPersons_AndCoverTheKnownOnes()
    {
        RuleAssert.Breaks<CountedInPersons>(() => Event([District.Ninghe], ReportedQuantity.Parse("10个")));
        RuleAssert.Breaks<CountCoversKnownParticipants>(() => Event([District.Ninghe], ReportedQuantity.Parse("2名"), known: 3));
        Assert.Equal(ReportedQuantity.Parse("上百名"), Event([District.Ninghe], ReportedQuantity.Parse("上百名"), known: 3).Participants);
        Assert.Equal(ReportedQuantity.Exact(3, QuantityUnit.Ming), Event([District.Ninghe], known: 3).Participants);
    }

    [Fact]
    public void Training_WithNearlyAHundredAttending()
    {
        var training = Training.Record(Id<Training>.From("jn-tr"), District.Jinnan, "当前两岸关系形势与对台工作", Official.Create("市社会主义学院副教授", "李雯"), 20.July(2021), ReportedQuantity.Parse("近百人"));

        Assert.Equal(90, training.Attendance!.Value.Lower);
        Assert.DoesNotContain("李雯", training.ToString(), StringComparison.Ordinal);
        RuleAssert.Breaks<CountedInPersons>(() => Training.Record(Id<Training>.From("x"), District.Jinnan, "x", Official.Create("讲师"), MidAutumn, ReportedQuantity.Parse("3份")));
    }

    [Fact]
    public void PolicyPublicity_CountsMaterialsInCopies()
    {
        var publicity = PolicyPublicity.Record(
            Id<PolicyPublicity>.From("bd-pp"), District.Baodi, 31.December(2021), [PolicyPackage.Tianjin52Measures, PolicyPackage.Tianjin46Measures],
            materials: ReportedQuantity.Parse("500余份"), recipients: ["领导小组成员单位", "相关主管部门", "天津宝坻开发区", "24个街镇"], channels: ["宝坻统战微信公众号"]);

        Assert.Equal(501, publicity.Materials!.Value.Lower);
        Assert.Equal(4, publicity.Recipients.Count);
        Assert.Equal(52, PolicyPackage.Tianjin52Measures.Measures);
        RuleAssert.Breaks<MaterialsCountedInCopies>(() => PolicyPublicity.Record(Id<PolicyPublicity>.From("x"), District.Baodi, MidAutumn, [PolicyPackage.Tianjin52Measures], materials: ReportedQuantity.Parse("500余个")));
        RuleAssert.Breaks<MaterialsCountedInCopies>(() => PolicyPublicity.Record(Id<PolicyPublicity>.From("x"), District.Baodi, MidAutumn, [PolicyPackage.Tianjin52Measures], sessions: ReportedQuantity.Parse("3名")));
        RuleAssert.Breaks<PublicityNamesAPackage>(() => PolicyPublicity.Record(Id<PolicyPublicity>.From("x"), District.Baodi, MidAutumn, []));
    }
}
