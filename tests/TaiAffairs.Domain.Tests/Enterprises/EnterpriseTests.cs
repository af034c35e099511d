using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Enterprises.Rules;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Tests.Enterprises;

public class EnterpriseTests
{
    private static readonly LocalDate Registered = new(2015, 6, 1);
    private static readonly Id<Department> TaiOffice = Id<Department>.From("wuqing-tai-office");
    private static readonly Id<Department> MarketBureau = Id<Department>.From("wuqing-market");

    internal static UnifiedSocialCreditCode Code(string first17) =>
        UnifiedSocialCreditCode.Parse(first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17));

    private static Enterprise NewEnterprise() =>
        Enterprise.Register(Id<Enterprise>.From("wuqing-jiuzeng"), Code("91120222MA0000001"), "久增金属", Industry.Metalwork, District.Wuqing, Registered);

    private static string RuleOf(Action action) => Assert.Throws<BusinessRuleViolationException>(action).RuleCode;

    [Fact]
    public void Register_NeedsAValidCreditCode()
    {
        Assert.Throws<ArgumentException>(() =>
            Enterprise.Register(Id<Enterprise>.From("x"), default, "久增金属", Industry.Metalwork, District.Wuqing, Registered));
        Assert.Throws<ArgumentException>(() =>
            Enterprise.Register(default, Code("91120222MA0000001"), "久增金属", Industry.Metalwork, District.Wuqing, Registered));
        Assert.Equal(District.Wuqing, NewEnterprise().District);
    }

    [Fact]
    public void Moves_AreDated_AndInOrder()
    {
        var enterprise = NewEnterprise();
        enterprise.MoveTo(District.Baodi, new LocalDate(2020, 1, 1));

        Assert.Equal(District.Wuqing, enterprise.DistrictOn(new LocalDate(2019, 12, 31)));
        Assert.Equal(District.Baodi, enterprise.DistrictOn(new LocalDate(2020, 1, 1)));
        Assert.Null(enterprise.DistrictOn(Registered.PlusDays(-1)));
        Assert.Equal(ChangesInDateOrder.RuleCode, RuleOf(() => enterprise.MoveTo(District.Wuqing, new LocalDate(2019, 6, 1))));
        Assert.Equal(MoveChangesTheDistrict.RuleCode, RuleOf(() => enterprise.MoveTo(District.Baodi, new LocalDate(2021, 1, 1))));
        Assert.Equal(2, enterprise.DistrictHistory.Count);
    }

    [Fact]
    public void AMoveDatedBeforeExistingRecords_BreaksMoveAfterExistingRecords()
    {
        var enterprise = NewEnterprise();
        enterprise.RecordVisit(Id<EnterpriseVisit>.From("v"), new LocalDate(2021, 6, 1), [TaiOffice], "走访");

        Assert.Equal(MoveAfterExistingRecords.RuleCode, RuleOf(() => enterprise.MoveTo(District.Baodi, new LocalDate(2021, 6, 1))));
        enterprise.MoveTo(District.Baodi, new LocalDate(2021, 6, 2));
        Assert.Equal(District.Wuqing, enterprise.Visits[0].District);
    }

    [Fact]
    public void OperatingStatus_IsDated()
    {
        var enterprise = NewEnterprise();
        enterprise.ChangeOperatingStatus(false, new LocalDate(2022, 1, 1));

        Assert.True(enterprise.IsOperatingOn(new LocalDate(2021, 12, 31)));
        Assert.False(enterprise.IsOperatingOn(new LocalDate(2022, 1, 1)));
        Assert.Equal(ChangesInDateOrder.RuleCode, RuleOf(() => enterprise.ChangeOperatingStatus(true, new LocalDate(2022, 1, 1))));
    }

    [Fact]
    public void Designations_AtMostOneOfEachKindPerYear()
    {
        var enterprise = NewEnterprise();
        enterprise.AddDesignation(DesignationKind.NationalWorkersPioneer, new LocalDate(2021, 4, 28), recommendedByDistrict: true);
        enterprise.AddDesignation(DesignationKind.NationalHighTechEnterprise, new LocalDate(2021, 12, 1));
        enterprise.AddDesignation(DesignationKind.NationalHighTechEnterprise, new LocalDate(2022, 12, 1));

        Assert.Equal(OneDesignationPerKindAndYear.RuleCode, RuleOf(() => enterprise.AddDesignation(DesignationKind.NationalWorkersPioneer, new LocalDate(2021, 10, 1))));
        Assert.Equal(RecordedOnOrAfterRegistration.RuleCode, RuleOf(() => enterprise.AddDesignation(DesignationKind.TechnologySme, new LocalDate(2014, 1, 1))));
        Assert.True(enterprise.Holds(DesignationKind.NationalWorkersPioneer, 2021));
        Assert.True(enterprise.Designations[0].Kind.IsHonour);
        Assert.Equal(3, enterprise.Designations.Count);
    }

    [Fact]
    public void SafetyFindings_AreRectifiedOnOrAfterFound_Once()
    {
        var enterprise = NewEnterprise();
        var found = new LocalDate(2021, 5, 10);
        var finding = enterprise.RecordSafetyFinding(Id<SafetyFinding>.From("wq-sf-1"), found, "消防通道堵塞");

        Assert.Equal(RectifiedOnOrAfterFound.RuleCode, RuleOf(() => enterprise.RectifySafetyFinding(finding.Id, found.PlusDays(-1))));
        Assert.True(finding.IsOpen);

        enterprise.RectifySafetyFinding(finding.Id, found);

        Assert.False(finding.IsOpen);
        Assert.False(finding.IsOpenOn(found));
        Assert.False(finding.IsOpenOn(found.PlusDays(-1)));
        Assert.Equal(FindingIsOpen.RuleCode, RuleOf(() => enterprise.RectifySafetyFinding(finding.Id, found.PlusDays(3))));
        Assert.Equal(FindingIsOpen.RuleCode, RuleOf(() => enterprise.RectifySafetyFinding(Id<SafetyFinding>.From("unknown"), found)));
        Assert.Equal(RecordIdsAreUnique.RuleCode, RuleOf(() => enterprise.RecordSafetyFinding(finding.Id, found, "x")));
    }

    [Fact]
    public void DonationsAndInvestments_ArePositive()
    {
        var enterprise = NewEnterprise();
        var investment = enterprise.RecordInvestment(Id<EnterpriseMoneyRecord>.From("wq-inv-1"), new LocalDate(2021, 6, 1), Money.Parse("700万"), "新增注塑模具、注塑产品项目");

        Assert.Equal(Money.FromYuan(7_000_000m), investment.Amount);
        Assert.Equal(MoneyRecordKind.Investment, investment.Kind);
        Assert.Equal(District.Wuqing, investment.District);
        Assert.Equal(AmountIsPositive.RuleCode, RuleOf(() => enterprise.RecordDonation(Id<EnterpriseMoneyRecord>.From("wq-don-1"), new LocalDate(2021, 2, 1), Money.Zero, "疫情防控")));
        Assert.Equal(AmountIsPositive.RuleCode, RuleOf(() => enterprise.RecordDonation(Id<EnterpriseMoneyRecord>.From("wq-don-1"), new LocalDate(2021, 2, 1), Money.FromYuan(-1), "疫情防控")));
        Assert.Equal(RecordIdsAreUnique.RuleCode, RuleOf(() => enterprise.RecordDonation(investment.Id, new LocalDate(2021, 2, 1), Money.FromYuan(1), "疫情防控")));
        Assert.Single(enterprise.MoneyRecords);
    }

    [Fact]
    public void Visits_NameTheirVisitors_AndCountPerVisit()
    {
        var enterprise = NewEnterprise();
        var visit = enterprise.RecordVisit(Id<EnterpriseVisit>.From("wq-v-1"), new LocalDate(2021, 10, 3), [TaiOffice, MarketBureau, TaiOffice], "有序用电政策宣讲");

        Assert.Equal([TaiOffice, MarketBureau], visit.Visitors);
        Assert.Equal(VisitNamesItsVisitors.RuleCode, RuleOf(() => enterprise.RecordVisit(Id<EnterpriseVisit>.From("wq-v-2"), new LocalDate(2021, 10, 3), [], "调研")));
        Assert.Equal(RecordedOnOrAfterRegistration.RuleCode, RuleOf(() => enterprise.RecordVisit(Id<EnterpriseVisit>.From("wq-v-3"), Registered.PlusDays(-1), [TaiOffice], "调研")));
        Assert.Single(enterprise.Visits);
    }

    [Fact]
    public void Alliances_AreJoinedOnce()
    {
        var enterprise = NewEnterprise();
        enterprise.JoinAlliance("天津市智能网联汽车人才联盟", new LocalDate(2021, 5, 1));

        Assert.Equal(AllianceJoinedOnce.RuleCode, RuleOf(() => enterprise.JoinAlliance("天津市智能网联汽车人才联盟", new LocalDate(2021, 6, 1))));
        enterprise.RecordTraining("走进北大企业家培训", new LocalDate(2021, 7, 1));
        Assert.Single(enterprise.Trainings);
    }

    [Fact]
    public void PartyBranch_IsRecorded()
    {
        var enterprise = NewEnterprise();
        enterprise.EstablishPartyBranch(new PartyBranch("久增金属党支部", new LocalDate(2019, 7, 1)));

        Assert.Equal("久增金属党支部", enterprise.PartyBranch!.Name);
        Assert.Equal(RecordedOnOrAfterRegistration.RuleCode, RuleOf(() => enterprise.EstablishPartyBranch(new PartyBranch("x", new LocalDate(2010, 1, 1)))));
    }

    public sealed record Operation(bool Rectify, int Finding, int Days);

    private static readonly Gen<Operation> OperationGen =
        from rectify in Gen.Elements(true, false)
        from finding in Gen.Choose(0, 5)
        from days in Gen.Choose(-400, 400)
        select new Operation(rectify, finding, days);

    [Property(MaxTest = 200)]
    public Property RandomFindings_AreNeverRectifiedBeforeFound_AndFailuresChangeNothing() =>
        Prop.ForAll(
            Arb.From(Gen.ListOf(OperationGen).Select(l => l.ToArray())),
            ops =>
            {
                var enterprise = NewEnterprise();
                var origin = new LocalDate(2016, 6, 1);
                foreach (var op in ops)
                {
                    var before = string.Join(",", enterprise.SafetyFindings.Select(f => f.ToString()));
                    var id = Id<SafetyFinding>.From($"f{op.Finding}");
                    var error = Record.Exception(() =>
                    {
                        if (op.Rectify)
                        {
                            enterprise.RectifySafetyFinding(id, origin.PlusDays(op.Days));
                        }
                        else
                        {
                            enterprise.RecordSafetyFinding(id, origin.PlusDays(op.Days), "隐患");
                        }
                    });

                    var after = string.Join(",", enterprise.SafetyFindings.Select(f => f.ToString()));
                    if ((error is not null && (error is not BusinessRuleViolationException || after != before))
                        || enterprise.SafetyFindings.Any(f => f.RectifiedOn < f.FoundOn || f.FoundOn < Registered))
                    {
                        return false;
                    }
                }

                return true;
            });
}
