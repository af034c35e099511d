using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Exchanges;
using TaiAffairs.Domain.Subsidies;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.Issues.Rules;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Testing.Tests;

/// <summary>The package's arbitraries give valid values, and their shrinkers give simpler valid values.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 100)]
public class ArbitraryTests
{
    [Property]
    public bool Money_ShrinksTowardsZero(Money money) =>
        DomainArbitraries.Money().Shrinker(money).All(smaller => Math.Abs(smaller.Fen) < Math.Abs(money.Fen));

    [Property]
    public bool Dates_AreInsideTheCalendar_AndShrinkTowardsItsFirstDay(LocalDate date) =>
        WorkingDayCalendar.ChinaMainland.Covers(date)
        && DomainArbitraries.Date().Shrinker(date).All(earlier => earlier < date && earlier >= KernelGenerators.FirstCovered);

    [Property]
    public bool CreditCodes_AreValid_AndShrinkToValidCodes(UnifiedSocialCreditCode code) =>
        UnifiedSocialCreditCode.TryParse(code.Value, out _)
        && DomainArbitraries.CreditCode().Shrinker(code).All(smaller => UnifiedSocialCreditCode.TryParse(smaller.Value, out _) && smaller.Value != code.Value);

    [Property]
    public bool Quantities_ReadBackFromTheirText_AndShrinkToSimplerFormsInTheirUnit(ReportedQuantity quantity) =>
        ReportedQuantity.Parse(quantity.ToString()) == quantity
        && DomainArbitraries.Quantity().Shrinker(quantity).All(smaller =>
            smaller.Unit == quantity.Unit && smaller.Form == QuantityForm.Exact && (quantity.Form != QuantityForm.Exact || smaller.Lower < quantity.Lower));

    [Property(MaxTest = 20)]
    public bool Issues_AreOfEveryKindOfState_AndKeepTheirRules(ServiceIssue issue) =>
        issue.History.Count >= 1 && issue.History[0].To == IssueStatus.Raised && issue.Status == issue.History[^1].To;

    [Property(MaxTest = 30)]
    public bool Issues_ShrinkToThemselvesAtAnEarlierStep(ServiceIssue issue) =>
        DomainArbitraries.ShrinkIssue(issue).All(simpler =>
            simpler.Id == issue.Id && simpler.History.Count < issue.History.Count
            && simpler.History.Select(t => (t.To, t.Date)).SequenceEqual(issue.History.Take(simpler.History.Count).Select(t => (t.To, t.Date))));

    [Fact]
    public void AResolvedIssue_ShrinksToRaisedFirst()
    {
        var issue = ServiceIssue.Raise(
            Id<ServiceIssue>.From("i1"), District.Baodi, IssueSubject.Enterprise(Id<Enterprise>.From("e1")), IssueCategory.Recruitment, IssueChannel.Visit, 1.March(2021), "用工");
        issue.Accept(2.March(2021));
        issue.Assign(3.March(2021), Id<Department>.From("d1"), [Id<Department>.From("d2")]);
        issue.Resolve(9.March(2021), Id<Department>.From("d1"), "解决");

        var shrunk = DomainArbitraries.ShrinkIssue(issue).ToList();

        Assert.Equal([IssueStatus.Raised, IssueStatus.Accepted, IssueStatus.Assigned], shrunk.Select(i => i.Status));
        Assert.Empty(shrunk[2].Assignment!.CoDepartments);
    }

    [Property(MaxTest = 20)]
    public bool Enterprises_ShrinkToThemselvesWithFewerRecords(Enterprise enterprise) =>
        DomainArbitraries.ShrinkEnterprise(enterprise).All(simpler =>
            simpler.Id == enterprise.Id && simpler.CreditCode == enterprise.CreditCode && simpler.Visits.Count <= enterprise.Visits.Count
            && simpler.Designations.Count == 0 && simpler.SafetyFindings.Count == 0 && simpler.MoneyRecords.Count == 0);

    [Property(MaxTest = 20)]
    public bool Compatriots_ShrinkToThemselvesWithNoRecordsOrOnlyTheirConsents(Compatriot person) =>
        DomainArbitraries.ShrinkCompatriot(person).All(simpler =>
            simpler.Id == person.Id && simpler.Birth == person.Birth && simpler.VaccinationDoses.Count == 0 && simpler.CareVisits.Count == 0
            && (simpler.PublicityConsents.Count == 0 || simpler.PublicityConsents.SequenceEqual(person.PublicityConsents)));

    [Property(MaxTest = 20)]
    public bool Awards_ShrinkToOneProgrammeAndSmallerAmounts(SubsidyAward award) =>
        DomainArbitraries.ShrinkAward(award).All(simpler =>
            simpler.Id == award.Id && simpler.Recipient == award.Recipient && simpler.Programmes.Count == 1 && simpler.Split is null
            && simpler.Amount.Fen <= award.Amount.Fen && simpler.Amount.Fen >= 1);

    [Property(MaxTest = 20)]
    public bool Events_ShrinkToOneOrganizerAndNoParticipants(ExchangeEvent exchangeEvent) =>
        DomainArbitraries.ShrinkEvent(exchangeEvent).All(simpler =>
            simpler.Id == exchangeEvent.Id && simpler.OrganizingDistricts.Count == 1 && simpler.KnownParticipants.Count == 0 && !simpler.IsJoint);

    [Property(MaxTest = 20)]
    public bool Enterprises_HaveValidCodes(Enterprise enterprise) => UnifiedSocialCreditCode.TryParse(enterprise.CreditCode.Value, out _);

    [Property(MaxTest = 20)]
    public bool Compatriots_NeverShowTheirNameInText(Compatriot person) =>
        !person.ToString().Contains(person.Name.Reveal(), StringComparison.Ordinal);

    [Property(MaxTest = 10)]
    public bool DataSets_ReadBackFromTheirExport(DataSet data)
    {
        var json = DataSetExporter.Export(data);
        var back = DataSetImporter.Import(json);
        return back.DataSet is not null && DataSetExporter.Export(back.DataSet) == json;
    }

    [Fact]
    public void IssuesOfEveryState_AreGenerated()
    {
        var states = DomainArbitraries.Issue().Generator.Sample(1000).Select(i => i.Status).ToHashSet();

        Assert.Contains(IssueStatus.Resolved, states);
        Assert.True(states.Count >= 3, $"only {string.Join(", ", states)}");
    }

    [Fact]
    public void RecordSets_ShrinkByDroppingRecords()
    {
        var records = RecordGenerators.Build(3, 20);

        Assert.All(DomainArbitraries.Records().Shrinker(records), smaller => Assert.True(smaller.Length < records.Length));
    }
}

public class FakeCalendarTests
{
    [Fact]
    public void WeekendsOnly_HasNoHolidays()
    {
        var calendar = FakeCalendar.WeekendsOnly(2021, 2022);

        Assert.Equal(4.October(2021), calendar.AddWorkingDays(1.October(2021), 1));
        Assert.False(calendar.IsWorkingDay(2.October(2021)));
        Assert.Equal(261, calendar.CountWorkingDays(ReportingPeriod.ForYear(2021)));
    }

    [Fact]
    public void With_NamesHolidaysAndMakeUpDays()
    {
        var calendar = FakeCalendar.With(2021, 2021, [4.October(2021)], [9.October(2021)]);

        Assert.False(calendar.IsWorkingDay(4.October(2021)));
        Assert.True(calendar.IsWorkingDay(9.October(2021)));
        Assert.Equal(5.October(2021), calendar.AddWorkingDays(1.October(2021), 1));
    }

    [Fact]
    public void With_RefusesADayOutsideItsYears()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FakeCalendar.With(2021, 2021, [4.October(2022)], []));
        Assert.Throws<ArgumentOutOfRangeException>(() => FakeCalendar.WeekendsOnly(2022, 2021));
    }
}

public class RuleAssertTests
{
    private static ServiceIssue Raised() =>
        ServiceIssue.Raise(
            Id<ServiceIssue>.From("i1"), District.Baodi, IssueSubject.Enterprise(Id<Enterprise>.From("e1")), IssueCategory.Recruitment, IssueChannel.Visit, 1.March(2021), "用工");

    [Fact]
    public void Breaks_ReturnsTheViolation_WhenTheRuleIsBroken()
    {
        var issue = Raised();

        var violation = RuleAssert.Breaks<TransitionIsAllowed>(() => issue.Resolve(2.March(2021), Id<Department>.From("d1"), "解决"));

        Assert.Equal(TransitionIsAllowed.RuleCode, violation.RuleCode);
    }

    [Fact]
    public void Breaks_Fails_WhenTheCallSucceeds()
    {
        var issue = Raised();

        var failure = Assert.Throws<RuleAssertionException>(() => RuleAssert.Breaks<TransitionIsAllowed>(() => issue.Accept(2.March(2021))));
        Assert.Contains("succeeded", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Breaks_Fails_WhenAnotherRuleIsBroken_OrAnotherCodeGiven()
    {
        var issue = Raised();

        Assert.Throws<RuleAssertionException>(() => RuleAssert.Breaks<DatesNeverRunBackwards>(() => issue.Resolve(2.March(2021), Id<Department>.From("d1"), "解决")));
        Assert.Throws<RuleAssertionException>(() => RuleAssert.Breaks<TransitionIsAllowed>("issue.other", () => issue.Resolve(2.March(2021), Id<Department>.From("d1"), "解决")));
    }

    [Fact]
    public void Breaks_Fails_WhenTheCallThrowsSomethingElse()
    {
        var failure = Assert.Throws<RuleAssertionException>(() => RuleAssert.Breaks<TransitionIsAllowed>(() => throw new InvalidOperationException("boom")));

        Assert.IsType<InvalidOperationException>(failure.InnerException);
    }
}

public class DatesTests
{
    [Fact]
    public void DateLiterals_ReadAsTheDateTheyName()
    {
        Assert.Equal(new LocalDate(2021, 5, 6), 6.May(2021));
        Assert.Equal(new LocalDate(2021, 12, 31), 31.December(2021));
    }

    [Fact]
    public void Areas_AreOfTianjinsDistricts_AndShrinkTowardsTheirTownship()
    {
        var areas = DomainArbitraries.Area().Generator.Sample(300);
        Assert.All(areas, a => Assert.True(a.District.IsInTianjin && (a.Parent is null ? a.District.Areas.Contains(a) : a.Parent.District == a.District)));
        Assert.Contains(areas, a => a.Parent is not null);
        var community = areas.First(a => a.Parent is not null);
        Assert.Equal([community.Parent!], DomainArbitraries.Area().Shrinker(community));
    }
}
