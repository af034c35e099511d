using TaiAffairs.Domain.Exchanges;
using TaiAffairs.Domain.Common.Rules;
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
        enterprise.MoveTo(District.Baodi, 1.January(2020));

        Assert.Equal(District.Wuqing, enterprise.DistrictOn(31.December(2019)));
        Assert.Equal(District.Baodi, enterprise.DistrictOn(1.January(2020)));
        Assert.Null(enterprise.DistrictOn(Registered.PlusDays(-1)));
        RuleAssert.Breaks<ChangesInDateOrder>(ChangesInDateOrder.EnterpriseCode, () => enterprise.MoveTo(District.Wuqing, 1.June(2019)));
        RuleAssert.Breaks<MoveChangesTheDistrict>(MoveChangesTheDistrict.EnterpriseCode, () => enterprise.MoveTo(District.Baodi, 1.January(2021)));
        Assert.Equal(2, enterprise.DistrictHistory.Count);
    }

    [Fact]
    public void AMoveDatedBeforeExistingRecords_BreaksMoveAfterExistingRecords()
    {
        var enterprise = NewEnterprise();
        enterprise.RecordVisit(Id<EnterpriseVisit>.From("v"), 1.June(2021), [TaiOffice], "走访");

        RuleAssert.Breaks<MoveAfterExistingRecords>(MoveAfterExistingRecords.EnterpriseCode, () => enterprise.MoveTo(District.Baodi, 1.June(2021)));
        enterprise.MoveTo(District.Baodi, 2.June(2021));
        Assert.Equal(District.Wuqing, enterprise.Visits[0].District);
    }

    [Fact]
    public void OperatingStatus_IsDated()
    {
        var enterprise = NewEnterprise();
        enterprise.ChangeOperatingStatus(false, 1.January(2022));

        Assert.True(enterprise.IsOperatingOn(31.December(2021)));
        Assert.False(enterprise.IsOperatingOn(1.January(2022)));
        RuleAssert.Breaks<ChangesInDateOrder>(ChangesInDateOrder.EnterpriseCode, () => enterprise.ChangeOperatingStatus(true, 1.January(2022)));
    }

    [Fact]
    public void Designations_AtMostOneOfEachKindPerYear()
    {
        var enterprise = NewEnterprise();
        enterprise.AddDesignation(DesignationKind.NationalWorkersPioneer, 28.April(2021), recommendedByDistrict: true);
        enterprise.AddDesignation(DesignationKind.NationalHighTechEnterprise, 1.December(2021));
        enterprise.AddDesignation(DesignationKind.NationalHighTechEnterprise, 1.December(2022));

        RuleAssert.Breaks<OneDesignationPerKindAndYear>(() => enterprise.AddDesignation(DesignationKind.NationalWorkersPioneer, 1.October(2021)));
        RuleAssert.Breaks<RecordedOnOrAfterRegistration>(RecordedOnOrAfterRegistration.EnterpriseCode, () => enterprise.AddDesignation(DesignationKind.TechnologySme, 1.January(2014)));
        Assert.True(enterprise.Holds(DesignationKind.NationalWorkersPioneer, 2021));
        Assert.True(enterprise.Designations[0].Kind.IsHonour);
        Assert.Equal(3, enterprise.Designations.Count);
    }

    [Fact]
    public void SafetyFindings_AreRectifiedOnOrAfterFound_Once()
    {
        var enterprise = NewEnterprise();
        var found = 10.May(2021);
        var finding = enterprise.RecordSafetyFinding(Id<SafetyFinding>.From("wq-sf-1"), found, "消防通道堵塞");

        RuleAssert.Breaks<RectifiedOnOrAfterFound>(() => enterprise.RectifySafetyFinding(finding.Id, found.PlusDays(-1)));
        Assert.True(finding.IsOpen);

        enterprise.RectifySafetyFinding(finding.Id, found);

        Assert.False(finding.IsOpen);
        Assert.False(finding.IsOpenOn(found));
        Assert.False(finding.IsOpenOn(found.PlusDays(-1)));
        RuleAssert.Breaks<FindingIsOpen>(() => enterprise.RectifySafetyFinding(finding.Id, found.PlusDays(3)));
        RuleAssert.Breaks<FindingIsOpen>(() => enterprise.RectifySafetyFinding(Id<SafetyFinding>.From("unknown"), found));
        RuleAssert.Breaks<RecordIdsAreUnique>(RecordIdsAreUnique.EnterpriseCode, () => enterprise.RecordSafetyFinding(finding.Id, found, "x"));
    }

    [Fact]
    public void DonationsAndInvestments_ArePositive()
    {
        var enterprise = NewEnterprise();
        var investment = enterprise.RecordInvestment(Id<EnterpriseMoneyRecord>.From("wq-inv-1"), 1.June(2021), Money.Parse("700万"), "新增注塑模具、注塑产品项目");

        Assert.Equal(Money.FromYuan(7_000_000m), investment.Amount);
        Assert.Equal(MoneyRecordKind.Investment, investment.Kind);
        Assert.Equal(District.Wuqing, investment.District);
        RuleAssert.Breaks<AmountIsPositive>(AmountIsPositive.EnterpriseCode, () => enterprise.RecordDonation(Id<EnterpriseMoneyRecord>.From("wq-don-1"), 1.February(2021), Money.Zero, "疫情防控"));
        RuleAssert.Breaks<AmountIsPositive>(AmountIsPositive.EnterpriseCode, () => enterprise.RecordDonation(Id<EnterpriseMoneyRecord>.From("wq-don-1"), 1.February(2021), Money.FromYuan(-1), "疫情防控"));
        RuleAssert.Breaks<RecordIdsAreUnique>(RecordIdsAreUnique.EnterpriseCode, () => enterprise.RecordDonation(investment.Id, 1.February(2021), Money.FromYuan(1), "疫情防控"));
        Assert.Single(enterprise.MoneyRecords);
    }

    [Fact]
    public void Visits_NameTheirVisitors_AndCountPerVisit()
    {
        var enterprise = NewEnterprise();
        var visit = enterprise.RecordVisit(Id<EnterpriseVisit>.From("wq-v-1"), 3.October(2021), [TaiOffice, MarketBureau, TaiOffice], "有序用电政策宣讲");

        Assert.Equal([MarketBureau, TaiOffice], visit.Visitors); // canonical order: by id
        RuleAssert.Breaks<VisitNamesItsVisitors>(() => enterprise.RecordVisit(Id<EnterpriseVisit>.From("wq-v-2"), 3.October(2021), [], "调研"));
        RuleAssert.Breaks<RecordedOnOrAfterRegistration>(RecordedOnOrAfterRegistration.EnterpriseCode, () => enterprise.RecordVisit(Id<EnterpriseVisit>.From("wq-v-3"), Registered.PlusDays(-1), [TaiOffice], "调研"));
        Assert.Single(enterprise.Visits);
    }

    [Fact]
    public void Alliances_AreJoinedOnce()
    {
        var enterprise = NewEnterprise();
        enterprise.JoinAlliance("天津市智能网联汽车人才联盟", 1.May(2021));

        RuleAssert.Breaks<AllianceJoinedOnce>(() => enterprise.JoinAlliance("天津市智能网联汽车人才联盟", 1.June(2021)));
        enterprise.RecordTraining(Id<Training>.From("pku-zoujin-beida"), 1.July(2021));
        Assert.Equal(Id<Training>.From("pku-zoujin-beida"), Assert.Single(enterprise.Trainings).Training);
    }

    [Fact]
    public void PartyBranch_IsRecorded()
    {
        var enterprise = NewEnterprise();
        enterprise.EstablishPartyBranch(PartyBranch.Create("久增金属党支部", 1.July(2019)));

        Assert.Equal("久增金属党支部", enterprise.PartyBranch!.Name);
        RuleAssert.Breaks<PartyBranchEstablishedOnce>(() => enterprise.EstablishPartyBranch(PartyBranch.Create("另一党支部")));
        Assert.Equal("久增金属党支部", enterprise.PartyBranch!.Name);
        RuleAssert.Breaks<RecordedOnOrAfterRegistration>(RecordedOnOrAfterRegistration.EnterpriseCode, () => NewEnterprise().EstablishPartyBranch(PartyBranch.Create("x", 1.January(2010))));
        Assert.Throws<ArgumentException>(() => PartyBranch.Create(" "));
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
                var origin = 1.June(2016);
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
