using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiAffairs.Domain.Common.Rules;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Subsidies;
using TaiAffairs.Domain.Subsidies.Rules;
using TaiAffairs.Domain.Tests.Enterprises;

namespace TaiAffairs.Domain.Tests.Subsidies;

/// <summary>Issue 14: an award applied for, approved (the award itself, with its level split) and paid out in instalments.</summary>
public class AwardLifecycleTests
{
    private static readonly Enterprise Recipient =
        Enterprise.Register(Id<Enterprise>.From("baodi-e"), EnterpriseTests.Code("91120224MA0000005"), "某台企", Industry.AutoParts, District.Baodi, 1.January(2010));

    private static SubsidyAward Approved(string amount = "100万元") =>
        SubsidyAward.Grant(Id<SubsidyAward>.From("a-1"), Recipient, District.Baodi, [SubsidyProgramme.SmartManufacturing], FundingLevel.CityAndDistrict, Money.Parse(amount), 1.June(2021),
            split: amount == "100万元" ? FundingSplit.Create(Money.Parse("40万元"), Money.Parse("60万元")) : null);

    [Fact]
    public void AnAward_IsAppliedFor_Approved_AndPaidInInstalments()
    {
        var award = Approved();
        award.RecordApplication(Money.Parse("120万元"), 1.March(2021));
        award.RecordDisbursement(1.July(2021), Money.Parse("60万元"));
        award.RecordDisbursement(1.December(2021), Money.Parse("40万元"));

        Assert.Equal((Money.Parse("120万元"), 1.March(2021)), (award.Application!.Amount, award.Application.AppliedOn));
        Assert.Equal(Money.Parse("100万元"), award.Disbursed);
        Assert.Equal(Money.Parse("60万元"), award.DisbursedBy(30.November(2021)));
        Assert.Equal(2, award.Disbursements.Count);
        Assert.Equal(award.Amount, award.Split!.City + award.Split.District);
    }

    [Fact]
    public void Payments_NeverExceedTheApproval_NorPrecedeIt_AndARefusalChangesNothing()
    {
        var award = Approved();
        RuleAssert.Breaks<DisbursedAfterApproval>(() => award.RecordDisbursement(31.May(2021), Money.Parse("1万元")));
        award.RecordDisbursement(1.July(2021), Money.Parse("90万元"));
        RuleAssert.Breaks<DisbursedWithinApproved>(() => award.RecordDisbursement(2.July(2021), Money.Parse("10.01万元")));
        RuleAssert.Breaks<DisbursedAfterApproval>(() => award.RecordDisbursement(30.June(2021), Money.Parse("1万元")));
        RuleAssert.Breaks<AmountIsPositive>(() => award.RecordDisbursement(2.July(2021), Money.Zero));
        RuleAssert.Breaks<AppliedBeforeApproval>(() => award.RecordApplication(Money.Parse("1万元"), 2.June(2021)));
        Assert.Equal((Money.Parse("90万元"), 1, (AwardApplication?)null), (award.Disbursed, award.Disbursements.Count, award.Application));
    }

    [Property(MaxTest = 200)]
    public Property RandomPayments_KeepDisbursedWithinApproved(PositiveInt seed) =>
        Prop.ToProperty(Payments(seed.Get));

    private static bool Payments(int seed)
    {
        var random = new Random(seed);
        var award = Approved(random.Next(1, 50).ToString(System.Globalization.CultureInfo.InvariantCulture) + "万元");
        var day = 1.June(2021);
        for (var i = 0; i < 20; i++)
        {
            day = day.PlusDays(random.Next(-3, 10));
            try
            {
                award.RecordDisbursement(day, Money.FromFen(random.Next(1, 20_000_000)));
            }
            catch (BusinessRuleViolationException)
            {
                // Refused: the state is checked below all the same.
            }

            if (award.Disbursed > award.Amount || award.Disbursed != Money.Sum(award.Disbursements.Select(d => d.Amount))
                || award.Disbursements.Zip(award.Disbursements.Skip(1)).Any(p => p.First.On > p.Second.On) || award.Disbursements.Any(d => d.On < award.AwardedOn))
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void TheReview_StatesAwardedByDefault_AndDisbursedBesideItWhenPaymentsAreRecorded()
    {
        var award = Approved();
        var builder = new TaiAffairs.Domain.Reporting.AnnualReviewBuilder(2021, WorkingDayCalendar.ChinaMainland);
        builder.Add(award);
        var before = builder.BuildDistrict(District.Baodi);
        Assert.Contains(before.Headline, h => h.Key == TaiAffairs.Domain.Reporting.FigureKey.SubsidyTotal && h.Published == TaiAffairs.Domain.Reporting.FigureValue.Of(Money.Parse("100万元")));
        Assert.DoesNotContain(before.Headline, h => h.Key == TaiAffairs.Domain.Reporting.FigureKey.SubsidyDisbursed);

        award.RecordDisbursement(1.July(2021), Money.Parse("60万元"));
        award.RecordDisbursement(5.January(2022), Money.Parse("40万元"));
        builder.Replace(award);
        var after = builder.BuildDistrict(District.Baodi);
        Assert.Contains(after.Headline, h => h.Key == TaiAffairs.Domain.Reporting.FigureKey.SubsidyTotal && h.Published == TaiAffairs.Domain.Reporting.FigureValue.Of(Money.Parse("100万元")));
        Assert.Contains(after.Headline, h => h.Key == TaiAffairs.Domain.Reporting.FigureKey.SubsidyDisbursed && h.Published == TaiAffairs.Domain.Reporting.FigureValue.Of(Money.Parse("60万元")));
        Assert.Equal(Money.Parse("60万元"), builder.BuildCity().Figures.Awards.Disbursed);
    }

    [Fact]
    public void Granting_AllocatesOnlyTheAward_TheSetOfProgrammesIsShared()
    {
        // Issue 13: a factory allocates only the object itself (counted in bytes, not timed).
        SubsidyProgramme[] programmes = [SubsidyProgramme.HighTechRecognitionReward, SubsidyProgramme.SmartManufacturing];
        var (id, amount, on) = (Id<SubsidyAward>.From("a-9"), Money.Parse("1万元"), 1.June(2021));
        SubsidyAward Grant() => SubsidyAward.Grant(id, Recipient, District.Baodi, programmes, FundingLevel.District, amount, on);
        var first = Grant();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var second = Grant();
        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;

        _ = System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(SubsidyAward));
        before = GC.GetAllocatedBytesForCurrentThread();
        _ = System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(SubsidyAward));
        var objectItself = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Same(first.Programmes, second.Programmes);
        Assert.Equal([SubsidyProgramme.SmartManufacturing, SubsidyProgramme.HighTechRecognitionReward], second.Programmes);
        Assert.Equal(objectItself, bytes);
    }
}
