using BenchmarkDotNet.Attributes;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Exchanges;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Subsidies;

namespace TaiAffairs.Domain.Benchmarks;

/// <summary>
/// Issue 13, item 3: validated construction (<c>ServiceIssue.Raise</c>, <c>SubsidyAward.Grant</c>,
/// <c>ExchangeEvent.Record</c>) against an unchecked constructor of the same shape that stores the same values
/// (the baseline). <see cref="Setup"/> checks that each factory keeps the values it was given.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ConstructionBenchmarks
{
    private static readonly LocalDate Day = new(2021, 6, 1);
    private readonly Id<ServiceIssue> issueId = Id<ServiceIssue>.From("i-1");
    private readonly Id<SubsidyAward> awardId = Id<SubsidyAward>.From("a-1");
    private readonly Id<ExchangeEvent> eventId = Id<ExchangeEvent>.From("ev-1");
    private readonly SubsidyProgramme[] programmes = [SubsidyProgramme.HighTechRecognitionReward, SubsidyProgramme.RdInvestmentPostSubsidy];
    private readonly District[] organizers = [District.Baodi, District.Ninghe];
    private readonly Id<Department>[] partners = [Id<Department>.From("d-2"), Id<Department>.From("d-1")];
    private readonly Id<Compatriot>[] known = [Id<Compatriot>.From("p-2"), Id<Compatriot>.From("p-1")];
    private readonly Money amount = Money.FromYuan(580_900m);
    private Enterprise recipient = null!;
    private IssueSubject subject;

    [GlobalSetup]
    public void Setup()
    {
        var body = "91120115MA1000001";
        recipient = Enterprise.Register(Id<Enterprise>.From("e-1"), UnifiedSocialCreditCode.Parse(body + UnifiedSocialCreditCode.ComputeCheckCharacter(body)), "林德英利", Industry.AutoParts, District.Baodi, new LocalDate(2020, 1, 1));
        subject = IssueSubject.Enterprise(recipient.Id);
        if (Raise().Summary != "用工" || Grant().Amount != amount || Record().OrganizingDistricts.Count != 2 || RaiseUnchecked().Summary != "用工")
        {
            throw new InvalidOperationException("A factory did not keep the values it was given.");
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("issue")]
    public PlainIssue RaiseUnchecked() => new(issueId, District.Baodi, subject, IssueCategory.Recruitment, IssueChannel.Visit, Day, "用工");

    [Benchmark]
    [BenchmarkCategory("issue")]
    public ServiceIssue Raise() => ServiceIssue.Raise(issueId, District.Baodi, subject, IssueCategory.Recruitment, IssueChannel.Visit, Day, "用工");

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("award")]
    public PlainAward GrantUnchecked() => new(awardId, recipient.Id, District.Baodi, programmes, FundingLevel.CityAndDistrict, amount, Day);

    [Benchmark]
    [BenchmarkCategory("award")]
    public SubsidyAward Grant() => SubsidyAward.Grant(awardId, recipient, District.Baodi, programmes, FundingLevel.CityAndDistrict, amount, Day);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("event")]
    public PlainEvent RecordUnchecked() => new(eventId, ExchangeEventKind.MidAutumn, "两岸情 一家人", Day, "宝坻社区", organizers, partners, known);

    [Benchmark]
    [BenchmarkCategory("event")]
    public ExchangeEvent Record() => ExchangeEvent.Record(eventId, ExchangeEventKind.MidAutumn, "两岸情 一家人", Day, "宝坻社区", organizers, partners, known);

    /// <summary>An issue's shape with no check: its fields and a history holding its first entry.</summary>
    public sealed class PlainIssue(Id<ServiceIssue> id, District district, IssueSubject subject, IssueCategory category, IssueChannel channel, LocalDate raisedOn, string summary)
    {
        public Id<ServiceIssue> Id { get; } = id;
        public District District { get; } = district;
        public IssueSubject Subject { get; } = subject;
        public IssueCategory Category { get; } = category;
        public IssueChannel Channel { get; } = channel;
        public LocalDate RaisedOn { get; } = raisedOn;
        public string Summary { get; } = summary;
        public List<(IssueStatus Status, LocalDate Date)> History { get; } = [(IssueStatus.Raised, raisedOn)];
    }

    /// <summary>An award's shape with no check.</summary>
    public sealed class PlainAward(Id<SubsidyAward> id, Id<Enterprise> recipient, District district, IReadOnlyList<SubsidyProgramme> programmes, FundingLevel level, Money amount, LocalDate awardedOn)
    {
        public Id<SubsidyAward> Id { get; } = id;
        public Id<Enterprise> Recipient { get; } = recipient;
        public District District { get; } = district;
        public IReadOnlyList<SubsidyProgramme> Programmes { get; } = programmes;
        public FundingLevel Level { get; } = level;
        public Money Amount { get; } = amount;
        public LocalDate AwardedOn { get; } = awardedOn;
    }

    /// <summary>An event's shape with no check.</summary>
    public sealed class PlainEvent(Id<ExchangeEvent> id, ExchangeEventKind kind, string title, LocalDate date, string venue, IReadOnlyList<District> organizers, IReadOnlyList<Id<Department>> partners, IReadOnlyList<Id<Compatriot>> known)
    {
        public Id<ExchangeEvent> Id { get; } = id;
        public ExchangeEventKind Kind { get; } = kind;
        public string Title { get; } = title;
        public LocalDate Date { get; } = date;
        public string Venue { get; } = venue;
        public IReadOnlyList<District> Organizers { get; } = organizers;
        public IReadOnlyList<Id<Department>> Partners { get; } = partners;
        public IReadOnlyList<Id<Compatriot>> Known { get; } = known;
    }
}
