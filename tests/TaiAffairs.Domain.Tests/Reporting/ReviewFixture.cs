using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Exchanges;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Mechanisms;
using TaiAffairs.Domain.Reporting;
using TaiAffairs.Domain.Subsidies;
using TaiAffairs.Domain.Tests.Enterprises;

namespace TaiAffairs.Domain.Tests.Reporting;

/// <summary>A small fixed set of 2021 records for Baodi and Ninghe (dates and codes illustrative), used by the figure and golden tests.</summary>
internal static class ReviewFixture
{
    public static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.ChinaMainland;
    public static readonly Id<Department> BaodiOffice = Id<Department>.From("baodi-tai-office");
    public static readonly Id<Department> Power = Id<Department>.From("baodi-power");
    public static readonly Id<Department> NingheOffice = Id<Department>.From("ninghe-tai-office");

    public static readonly IReadOnlyDictionary<Id<Department>, string> DepartmentNames = new Dictionary<Id<Department>, string>
    {
        [BaodiOffice] = "宝坻区委台办",
        [Power] = "区电力部门",
        [NingheOffice] = "宁河区台办",
    };

    public static AnnualReviewBuilder Build(PublicationPolicy policy = PublicationPolicy.Exact, bool kangConsents = false)
    {
        var builder = new AnnualReviewBuilder(2021, Calendar, policy);

        // Baodi: 联恒工业's grid connection (a whistle), visits, a donation, an award, round-tables.
        var lianheng = Enterprise.Register(Id<Enterprise>.From("baodi-lianheng"), EnterpriseTests.Code("91120115MA0000011"), "联恒工业", Industry.AutoParts, District.Baodi, 1.January(2018));
        var grid = ServiceIssue.Raise(Id<ServiceIssue>.From("baodi-grid"), District.Baodi, IssueSubject.Enterprise(lianheng.Id), IssueCategory.PowerSupply, IssueChannel.Whistle, 6.May(2021), "6千伏电网接送电");
        grid.SetDeadline(22, 6.May(2021));
        grid.Accept(6.May(2021));
        grid.Assign(7.May(2021), Power, [BaodiOffice]);
        grid.RecordReportIn(Power, 7.May(2021));
        grid.RecordReportIn(BaodiOffice, 7.May(2021));
        grid.Resolve(4.June(2021), Power, "完成6千伏电网接送电，企业顺利投产");
        builder.Add(grid);
        lianheng.RecordVisit(Id<EnterpriseVisit>.From("baodi-v1"), 6.May(2021), [BaodiOffice], "了解项目进展");
        lianheng.RecordVisit(Id<EnterpriseVisit>.From("baodi-v2"), 3.October(2021), [BaodiOffice], "有序用电政策宣传");
        lianheng.RecordDonation(Id<EnterpriseMoneyRecord>.From("baodi-don"), 1.March(2021), Money.Parse("15万元"), "疫情防控、脱贫攻坚");
        builder.Add(lianheng);
        builder.Add(SubsidyAward.Grant(Id<SubsidyAward>.From("baodi-award"), lianheng, District.Baodi, [SubsidyProgramme.RdInvestmentPostSubsidy], FundingLevel.CityAndDistrict, Money.Parse("44.27万元"), 1.November(2021)));
        var group = LeadingGroup.Establish(Id<LeadingGroup>.From("baodi-lg"), District.Baodi, Department.Create(BaodiOffice, "宝坻区委台办", DepartmentKind.Office, District.Baodi), 1.January(2021), Official.Create("区委书记", "殷向杰"), []);
        for (var q = 1; q <= 4; q++)
        {
            group.HoldMeeting(Id<Meeting>.From($"baodi-rt{q}"), MeetingKind.QuarterlyRoundTable, ReportingPeriod.ForQuarter(2021, q).Start.PlusDays(14), Official.Create("区委统战部部长"), [], ["用工稳岗"]);
        }

        builder.Add(group);
        builder.Add(ServiceMechanism.Establish(Id<ServiceMechanism>.From("baodi-rt"), District.Baodi, MechanismKind.QuarterlyRoundTable, "季度台企恳谈会", 1.January(2021), QuarterlyRoundTableTerms.Instance));
        builder.Add(ServiceMechanism.Establish(Id<ServiceMechanism>.From("baodi-whistle"), District.Baodi, MechanismKind.WhistleAndReport, "企业吹哨、部门报到", 1.January(2021), WhistleAndReportTerms.Create(1)));
        builder.Declare(DeclaredFigure.Count(District.Baodi, FigureKey.IssuesResolved, ReportedQuantity.Parse("10余个"), note: "用工稳岗、疫苗接种、劳动仲裁、电力供应"));
        builder.Declare(DeclaredFigure.Count(District.Baodi, FigureKey.EnterpriseVisits, ReportedQuantity.Parse("20户次"), "全年入企服务"));
        builder.Tell(NamedCase.Of(grid, lianheng, "{name}6千伏电网接送电", DepartmentNames, Calendar), ReviewTheme.PracticalDeeds);
        builder.Title(District.Baodi, "用真情 出真招 求实效", new Dictionary<ReviewTheme, string> { [ReviewTheme.PreciseService] = "在精准服务上下功夫" });

        // Ninghe: 康龄方's heating, a care visit, the joint event with Baodi.
        var kang = Compatriot.Register(Id<Compatriot>.From("ninghe-c-01"), PersonName.Create("康", "龄方"), BirthInfo.InYear(1940), District.Ninghe, 1.January(2015));
        if (kangConsents)
        {
            kang.RecordPublicityConsent(1.December(2021), granted: true);
        }

        kang.RecordCareVisit(Id<CareVisit>.From("ninghe-cv1"), 7.January(2021), NingheOffice, "寒潮慰问");
        kang.RecordService(Id<ServiceRendered>.From("ninghe-sv1"), ServiceKind.WaterPermitRenewal, 10.March(2021), "到多家单位代办换证");
        var fees = kang.StartRecurringService(Id<RecurringService>.From("ninghe-rs1"), ServiceKind.UtilityPayment, 15.January(2021));
        foreach (var month in new[] { 3, 6, 12 })
        {
            kang.RecordOccurrence(fees.Id, new LocalDate(2021, month, 25));
        }
        var heating = ServiceIssue.Raise(Id<ServiceIssue>.From("ninghe-heating"), District.Ninghe, IssueSubject.Compatriot(kang.Id), IssueCategory.LivingDifficulty, IssueChannel.Visit, 7.January(2021), "取暖困难");
        heating.Accept(7.January(2021));
        heating.Assign(7.January(2021), NingheOffice, []);
        heating.Resolve(8.January(2021), NingheOffice, "在客厅和卧室安装空调");
        builder.Add(heating);
        builder.Add(kang);
        builder.Tell(NamedCase.Of(heating, kang, "{name}冬季取暖", DepartmentNames, Calendar, 31.December(2021)));
        builder.Add(ExchangeEvent.Record(
            Id<ExchangeEvent>.From("qingyi-nongnong"), ExchangeEventKind.AgriculturalExchange, "情谊农农", 10.September(2021), "宁河", [District.Ninghe, District.Baodi], [], [], ReportedQuantity.Parse("30名")));
        return builder;
    }
}
