using Ardalis.GuardClauses;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Exchanges;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Mechanisms;
using TaiAffairs.Domain.Subsidies;
using TaiAffairs.Domain.Subsidies.Rules;

namespace TaiAffairs.Domain.Reporting;

/// <summary>
/// Builds the year's reviews: takes records (or whole aggregates, whose records it adds), declarations, named
/// cases and mechanisms; routes each record to its district's accumulators (a joint event to each organizing
/// district); then builds each <see cref="DistrictAnnualReview"/> and the <see cref="CityAnnualReview"/>.
/// </summary>
/// <remarks>
/// <para><c>Add</c> counts each record once (a record already held is not counted again). When a record or an
/// aggregate changes, give its new version to <c>Replace</c>: the old version's contribution is retracted and the new
/// one applied, with no rebuild of the year; <c>Remove</c> withdraws it. The rules that hold across records hold here
/// as in the aggregates: an award that <see cref="AwardRegister"/> would refuse is refused
/// (<see cref="OneAwardPerProgrammeAndYear"/>).</para>
/// <para>A builder: not thread-safe. Building does not change it; build as often as needed.</para>
/// </remarks>
public sealed partial class AnnualReviewBuilder
{
    // One space numbers every record key of this builder, so the city folds its districts by number.
    private readonly RecordKeySpace keySpace = new();
    private readonly Dictionary<District, FigureAccumulators> accumulators = [];
    // The records each aggregate contributed, by their numbers in the key space, so a new version retracts them.
    private readonly Dictionary<Source, List<(District District, int Number)>> sources = [];
    private readonly Dictionary<(District, string), Meeting> meetings = [];
    // Issues are not kept whole: each has its facts (16 bytes and a 4-byte number, by key number), and only whistled
    // issues, whose assignments and report-ins the mechanism checks read, are held.
    private readonly RecordTable<IssueFacts> issueFacts = new();
    private readonly Dictionary<Id<ServiceIssue>, ServiceIssue> whistled = [];
    private readonly Dictionary<Id<ServiceMechanism>, ServiceMechanism> mechanisms = [];
    private readonly Dictionary<Id<SubsidyAward>, SubsidyAward> awards = [];
    private readonly Dictionary<(Id<Enterprise> Recipient, SubsidyProgramme Programme, int Year), Id<SubsidyAward>> awardedUnder = [];
    private readonly Dictionary<Id<ExchangeEvent>, ExchangeEvent> events = [];
    private readonly Dictionary<Id<Training>, Training> trainings = [];
    private readonly Dictionary<Id<PolicyPublicity>, PolicyPublicity> publicity = [];
    private readonly Dictionary<Id<Enterprise>, Enterprise> enterprises = [];
    private readonly Dictionary<Id<Compatriot>, Compatriot> compatriots = [];
    private readonly List<DeclaredFigure> declarations = [];
    private readonly List<(NamedCase Case, ReviewTheme Theme)> cases = [];
    private readonly Dictionary<(District, ReviewTheme), string> sectionTitles = [];
    private readonly Dictionary<District, string> titles = [];
    private readonly Dictionary<District, ReviewOutline> outlines = [];
    private readonly List<District> outlineOrder = [];
    private CityOutline? cityOutline;

    /// <summary>Creates a builder for a year.</summary>
    /// <param name="year">The year.</param>
    /// <param name="calendar">The working-day calendar; it must cover the year.</param>
    /// <param name="policy">How computed counts are published; <see cref="PublicationPolicy.Exact"/> by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public AnnualReviewBuilder(int year, WorkingDayCalendar calendar, PublicationPolicy policy = PublicationPolicy.Exact)
    {
        Guard.Against.Null(calendar, message: "A calendar is required.");
        Period = ReportingPeriod.ForYear(year);
        Calendar = calendar;
        Policy = policy;
    }

    private enum SourceKind
    {
        Enterprise,
        Compatriot,
        LeadingGroup,
        Meeting,
        Issue,
        Award,
        Event,
        Training,
        Publicity,
    }

    /// <summary>Gets the year's period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the calendar.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>Gets the publication policy.</summary>
    public PublicationPolicy Policy { get; }

    /// <summary>Gets the districts that have records, declarations or an outline: those with an outline first, in the order their outlines were given, then the rest in code order.</summary>
    public IReadOnlyList<District> Districts =>
        accumulators.Keys.Concat(declarations.Select(d => d.District)).Concat(mechanisms.Values.Select(m => m.District)).Concat(cases.Select(c => c.Case.District))
            .Concat(outlines.Keys)
            .Distinct()
            .OrderBy(d => outlineOrder.IndexOf(d) is var i && i >= 0 ? i : int.MaxValue)
            .ThenBy(d => d.Code)
            .ToArray();

    /// <summary>Adds a service issue.</summary>
    /// <param name="issue">The issue.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    /// <exception cref="CalendarYearNotCoveredException">A date of the issue, or its deadline, is in a year the calendar does not cover; the builder is unchanged.</exception>
    public void Add(ServiceIssue issue)
    {
        Guard.Against.Null(issue, message: "An issue is required.");
        RequireCovered(issue);
        var key = RecordKey.Of(issue);
        ref var facts = ref issueFacts.GetOrAdd(keySpace.Intern(key), out var held);
        if (held)
        {
            return;
        }

        facts = new IssueFacts(issue.District, issue.RaisedOn, issue.WorkingDaysToResolve(Calendar) ?? -1, issue.ApplicantTrips ?? -1);
        if (issue.Channel == IssueChannel.Whistle)
        {
            whistled[issue.Id] = issue;
        }

        For(issue.District).Add(issue);
    }

    /// <summary>Puts the new version of an issue (accepted, assigned, resolved, reopened ...) in place of the old one.</summary>
    /// <param name="issue">The issue as it is now.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    /// <exception cref="CalendarYearNotCoveredException">A date of the issue, or its deadline, is in a year the calendar does not cover; the builder is unchanged.</exception>
    public void Replace(ServiceIssue issue)
    {
        Guard.Against.Null(issue, message: "An issue is required.");
        RequireCovered(issue);
        Remove(issue);
        Add(issue);
    }

    /// <summary>Removes an issue.</summary>
    /// <param name="issue">The issue.</param>
    /// <returns>Whether it was held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    public bool Remove(ServiceIssue issue)
    {
        Guard.Against.Null(issue, message: "An issue is required.");
        if (!keySpace.TryFind(RecordKey.Of(issue), out var number) || !issueFacts.Remove(number, out var facts))
        {
            return false;
        }

        whistled.Remove(issue.Id);
        accumulators[facts.District].Remove(RecordKey.Of(issue));
        return true;
    }

    /// <summary>Adds a subsidy award, under the rules <see cref="AwardRegister"/> keeps.</summary>
    /// <param name="award">The award.</param>
    /// <exception cref="ArgumentNullException"><paramref name="award"/> is <see langword="null"/>.</exception>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="OneAwardPerProgrammeAndYear"/>: another award to the enterprise under a once-a-year programme is held. The builder is unchanged.</exception>
    public void Add(SubsidyAward award)
    {
        Guard.Against.Null(award, message: "An award is required.");
        if (awards.ContainsKey(award.Id))
        {
            return;
        }

        CheckOneAwardPerProgrammeAndYear(award);
        awards[award.Id] = award;
        foreach (var programme in award.Programmes)
        {
            awardedUnder.TryAdd((award.Recipient, programme, award.Year), award.Id);
        }

        Track(new Source(SourceKind.Award, award.Id.Value), award.District, RecordKey.Of(award), For(award.District).Add(award));
    }

    /// <summary>Puts the new version of an award in place of the old one.</summary>
    /// <param name="award">The award as it is now.</param>
    /// <exception cref="ArgumentNullException"><paramref name="award"/> is <see langword="null"/>.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="OneAwardPerProgrammeAndYear"/> is broken by the new version; the builder is unchanged.</exception>
    public void Replace(SubsidyAward award)
    {
        Guard.Against.Null(award, message: "An award is required.");
        CheckOneAwardPerProgrammeAndYear(award);
        Remove(award);
        Add(award);
    }

    /// <summary>Removes an award.</summary>
    /// <param name="award">The award.</param>
    /// <returns>Whether it was held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="award"/> is <see langword="null"/>.</exception>
    public bool Remove(SubsidyAward award)
    {
        Guard.Against.Null(award, message: "An award is required.");
        if (awards.Remove(award.Id, out var held))
        {
            foreach (var programme in held.Programmes)
            {
                awardedUnder.Remove((held.Recipient, programme, held.Year));
            }
        }

        return Untrack(new Source(SourceKind.Award, award.Id.Value)) | held is not null;
    }

    private void CheckOneAwardPerProgrammeAndYear(SubsidyAward award) =>
        BusinessRule.Check(new OneAwardPerProgrammeAndYear(
            award, (recipient, programme, year) => awardedUnder.TryGetValue((recipient, programme, year), out var holder) && holder != award.Id));

    private void AddMeeting(Source source, Meeting meeting)
    {
        var added = For(meeting.District).Add(meeting);
        Track(source, meeting.District, RecordKey.Of(meeting), added);
        if (added)
        {
            meetings[(meeting.District, meeting.Id.Value)] = meeting;
        }
    }

    private void Track(Source source, District district, RecordKey key, bool added)
    {
        if (!added)
        {
            return;
        }

        if (!sources.TryGetValue(source, out var list))
        {
            sources[source] = list = [];
        }

        list.Add((district, keySpace.Intern(key)));
    }

    private bool Untrack(Source source)
    {
        if (!sources.Remove(source, out var list))
        {
            return false;
        }

        foreach (var (district, number) in list)
        {
            var key = keySpace[number];
            accumulators[district].Remove(key);
            if (key.Kind == RecordKind.Meeting)
            {
                meetings.Remove((district, key.Id));
            }
        }

        return true;
    }

    /// <summary>
    /// Refuses, before any change, an issue whose dates (or deadline) the calendar cannot count in working days: the
    /// review counts them, and a review never throws once its records are in.
    /// </summary>
    private void RequireCovered(ServiceIssue issue)
    {
        // Every date the review counts working days from: the steps (the first is the raise), report-ins, the deadline.
        foreach (var step in issue.History)
        {
            RequireCovered(step.Date, issue);
        }

        RequireCovered(issue.RaisedOn, issue);
        foreach (var assignment in issue.Assignments)
        {
            foreach (var (_, date) in assignment.ReportIns)
            {
                RequireCovered(date, issue);
            }
        }

        if (issue.Deadline is { } deadline)
        {
            RequireCovered(deadline.CountedFrom, issue);
            _ = deadline.DueDate(Calendar);
        }
    }

    private void RequireCovered(LocalDate date, ServiceIssue issue)
    {
        if (!Calendar.Covers(date))
        {
            throw new CalendarYearNotCoveredException(date.Year, Calendar.FirstCoveredYear, Calendar.LastCoveredYear, nameof(issue));
        }
    }

    private FigureAccumulators For(District district)
    {
        if (!accumulators.TryGetValue(district, out var figures))
        {
            accumulators[district] = figures = FigureAccumulators.Empty(Period, Calendar, keySpace);
        }

        return figures;
    }

    private readonly record struct Source(SourceKind Kind, string Id);

    /// <summary>What the review needs of an issue beside its figures: its district, and what a green channel checks (-1: none).</summary>
    private readonly record struct IssueFacts(District District, LocalDate RaisedOn, int WorkingDaysToResolve, int ApplicantTrips)
    {
        public CaseFacts ToCase(Id<ServiceIssue> id) =>
            new(id, RaisedOn, WorkingDaysToResolve < 0 ? null : WorkingDaysToResolve, ApplicantTrips < 0 ? null : ApplicantTrips);
    }
}
