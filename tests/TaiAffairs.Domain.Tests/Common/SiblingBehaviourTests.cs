using NodaTime;
using TaiAffairs.Domain.Common.Rules;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Compatriots.Rules;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Enterprises.Rules;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Tests.Common;

/// <summary>
/// Decision 0010: one behaviour per verb, the same for every sibling. A change that changes nothing is refused with
/// a rule (never a silent success, never a second entry); facts that are replaced keep their history; a refused
/// call leaves the aggregate as it was.
/// </summary>
public class SiblingBehaviourTests
{
    private static readonly LocalDate Registered = 1.January(2015);

    private static Enterprise NewEnterprise() =>
        Enterprise.Register(Id<Enterprise>.From("e-1"), Enterprises.EnterpriseTests.Code("91120222MA0000001"), "久增金属", Industry.Metalwork, District.Wuqing, Registered);

    private static Compatriot NewPerson() =>
        Compatriot.Register(Id<Compatriot>.From("c-1"), PersonName.Create("许", "恩恩"), BirthInfo.OnDate(20.May(1990)), District.Beichen, Registered);

    private static ResidencePermitNumber PermitNumber(LocalDate birth)
    {
        var body = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"830000{birth:yyyyMMdd}001");
        return ResidencePermitNumber.Parse(body + ResidencePermitNumber.ComputeCheckCharacter(body));
    }

    [Fact]
    public void MoveToTheCurrentDistrict_IsRefusedByEnterprisesAndCompatriotsAlike()
    {
        var enterprise = NewEnterprise();
        var person = NewPerson();

        RuleAssert.Breaks<MoveChangesTheDistrict>(MoveChangesTheDistrict.EnterpriseCode, () => enterprise.MoveTo(District.Wuqing, 1.June(2021)));
        RuleAssert.Breaks<MoveChangesTheDistrict>(MoveChangesTheDistrict.CompatriotCode, () => person.MoveTo(District.Beichen, 1.June(2021)));

        Assert.Single(enterprise.DistrictHistory);
        Assert.Single(person.ResidenceHistory);
    }

    [Fact]
    public void ChangesThatChangeNothing_AreRefused_AndLeaveTheEnterpriseAsItWas()
    {
        var enterprise = NewEnterprise();
        enterprise.LocateInPark("宝坻开发区");

        RuleAssert.Breaks<ChangeChangesTheValue>(ChangeChangesTheValue.EnterpriseStatusCode, () => enterprise.ChangeOperatingStatus(true, 1.June(2021)));
        RuleAssert.Breaks<ChangeChangesTheValue>(ChangeChangesTheValue.EnterpriseParkCode, () => enterprise.LocateInPark(" 宝坻开发区 "));

        Assert.Single(enterprise.OperatingHistory);
        Assert.Equal("宝坻开发区", enterprise.Park);
        enterprise.ChangeOperatingStatus(false, 1.June(2021));
        Assert.False(enterprise.IsOperating);
    }

    [Fact]
    public void ReplacedPermits_KeepTheirHistory_ResidenceAsTravel()
    {
        var person = NewPerson();
        var number = PermitNumber(20.May(1990));
        person.AddResidencePermit(ResidencePermit.Create(number, 1.January(2016), 1.January(2021)));
        person.AddResidencePermit(ResidencePermit.Create(number, 1.January(2021), 1.January(2026)));

        Assert.Equal(2, person.ResidencePermits.Count);
        Assert.Equal(1.January(2021), person.ResidencePermit!.IssuedOn);
        RuleAssert.Breaks<RenewalIssuedAfterPrevious>(() => person.AddResidencePermit(ResidencePermit.Create(number, 1.January(2020), 1.January(2025))));
        Assert.Equal(2, person.ResidencePermits.Count);
    }

    [Fact]
    public void APartyBranch_IsEstablishedOnce_NotOverwritten()
    {
        var enterprise = NewEnterprise();
        enterprise.EstablishPartyBranch(PartyBranch.Create("久增金属党支部"));

        RuleAssert.Breaks<PartyBranchEstablishedOnce>(() => enterprise.EstablishPartyBranch(PartyBranch.Create("久增金属第二党支部")));

        Assert.Equal("久增金属党支部", enterprise.PartyBranch!.Name);
    }

    [Fact]
    public void EachResolution_StatesItsOwnTrips_ANewOneWithoutTripsDoesNotKeepTheOldCount()
    {
        var lead = Id<Department>.From("lead");
        var issue = Issues.ServiceIssueTests.NewIssue(6.May(2021));
        issue.Accept(6.May(2021));
        issue.Assign(7.May(2021), lead, []);
        issue.Resolve(10.May(2021), lead, "办结", applicantTrips: 2);
        Assert.Equal(2, issue.ApplicantTrips);

        issue.Reopen(11.May(2021), "申请人再次反映");
        issue.Assign(12.May(2021), lead, []);
        issue.Resolve(14.May(2021), lead, "再次办结");

        Assert.Null(issue.ApplicantTrips);
    }

    [Fact]
    public void ChildEntities_CheckTheirOwnRules()
    {
        var enterprise = NewEnterprise();
        var finding = enterprise.RecordSafetyFinding(Id<SafetyFinding>.From("sf-1"), 1.March(2021), "消防通道堵塞");

        RuleAssert.Breaks<RectifiedOnOrAfterFound>(() => enterprise.RectifySafetyFinding(finding.Id, 1.February(2021)));
        Assert.True(finding.IsOpen);
        enterprise.RectifySafetyFinding(finding.Id, 5.March(2021));
        RuleAssert.Breaks<FindingIsOpen>(() => enterprise.RectifySafetyFinding(finding.Id, 6.March(2021)));
        RuleAssert.Breaks<FindingIsOpen>(() => enterprise.RectifySafetyFinding(Id<SafetyFinding>.From("unknown"), 6.March(2021)));
        Assert.Equal(5.March(2021), finding.RectifiedOn);

        var person = NewPerson();
        var service = person.StartRecurringService(Id<RecurringService>.From("r-1"), ServiceKind.UtilityPayment, 1.March(2021));
        RuleAssert.Breaks<OccurrenceOfAKnownService>(() => person.RecordOccurrence(service.Id, 1.February(2021)));
        Assert.Empty(service.Occurrences);
    }
}
