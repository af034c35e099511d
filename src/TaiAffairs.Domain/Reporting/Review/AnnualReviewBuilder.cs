using Ardalis.GuardClauses;
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
    private readonly Dictionary<District, FigureAccumulators> accumulators = [];
    private readonly Dictionary<Source, List<(District District, RecordKey Key)>> sources = [];
    private readonly Dictionary<(District, string), Meeting> meetings = [];
    private readonly Dictionary<Id<ServiceIssue>, ServiceIssue> issues = [];
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

    /// <summary>Gets the districts that have records or declarations, in code order.</summary>
    public IReadOnlyList<District> Districts =>
        accumulators.Keys.Concat(declarations.Select(d => d.District)).Concat(mechanisms.Values.Select(m => m.District)).Concat(cases.Select(c => c.Case.District))
            .Distinct().OrderBy(d => d.Code).ToArray();

    /// <summary>Adds an enterprise's visits, safety findings, donations and investments.</summary>
    /// <param name="enterprise">The enterprise.</param>
    /// <exception cref="ArgumentNullException"><paramref name="enterprise"/> is <see langword="null"/>.</exception>
    public void Add(Enterprise enterprise)
    {
        Guard.Against.Null(enterprise, message: "An enterprise is required.");
        enterprises[enterprise.Id] = enterprise;
        var source = new Source(SourceKind.Enterprise, enterprise.Id.Value);
        foreach (var visit in enterprise.Visits)
        {
            Track(source, visit.District, RecordKey.Of(visit), For(visit.District).Add(visit));
        }

        foreach (var finding in enterprise.SafetyFindings)
        {
            Track(source, finding.District, RecordKey.Of(finding), For(finding.District).Add(finding));
        }

        foreach (var record in enterprise.MoneyRecords)
        {
            Track(source, record.District, RecordKey.Of(record), For(record.District).Add(record));
        }
    }

    /// <summary>Puts the new version of an enterprise in place of the old one: its records' contributions are replaced.</summary>
    /// <param name="enterprise">The enterprise as it is now.</param>
    /// <exception cref="ArgumentNullException"><paramref name="enterprise"/> is <see langword="null"/>.</exception>
    public void Replace(Enterprise enterprise)
    {
        Guard.Against.Null(enterprise, message: "An enterprise is required.");
        Untrack(new Source(SourceKind.Enterprise, enterprise.Id.Value));
        Add(enterprise);
    }

    /// <summary>Removes an enterprise and every record it contributed.</summary>
    /// <param name="enterprise">The enterprise.</param>
    /// <returns>Whether it was held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="enterprise"/> is <see langword="null"/>.</exception>
    public bool Remove(Enterprise enterprise)
    {
        Guard.Against.Null(enterprise, message: "An enterprise is required.");
        return Untrack(new Source(SourceKind.Enterprise, enterprise.Id.Value)) | enterprises.Remove(enterprise.Id);
    }

    /// <summary>Adds a compatriot's doses and care visits, and the person as a youth if in the youth band at the year's end.</summary>
    /// <param name="person">The person.</param>
    /// <param name="policy">The age bands; the default policy when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is <see langword="null"/>.</exception>
    public void Add(Compatriot person, AgeBandPolicy? policy = null)
    {
        Guard.Against.Null(person, message: "A person is required.");
        compatriots[person.Id] = person;
        var source = new Source(SourceKind.Compatriot, person.Id.Value);
        foreach (var dose in person.VaccinationDoses)
        {
            Track(source, dose.District, RecordKey.Of(dose), For(dose.District).Add(dose));
        }

        foreach (var visit in person.CareVisits)
        {
            Track(source, visit.District, RecordKey.Of(visit), For(visit.District).Add(visit));
        }

        if (person.AsYouthOn(Period.End, policy) is { } youth && person.ResidenceOn(Period.End) is { } district)
        {
            Track(source, district, RecordKey.Of(youth), For(district).Add(youth));
        }
    }

    /// <summary>Puts the new version of a person in place of the old one: doses, care visits and youth status are replaced.</summary>
    /// <param name="person">The person as they are now.</param>
    /// <param name="policy">The age bands; the default policy when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is <see langword="null"/>.</exception>
    public void Replace(Compatriot person, AgeBandPolicy? policy = null)
    {
        Guard.Against.Null(person, message: "A person is required.");
        Untrack(new Source(SourceKind.Compatriot, person.Id.Value));
        Add(person, policy);
    }

    /// <summary>Removes a person and every record they contributed.</summary>
    /// <param name="person">The person.</param>
    /// <returns>Whether they were held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is <see langword="null"/>.</exception>
    public bool Remove(Compatriot person)
    {
        Guard.Against.Null(person, message: "A person is required.");
        return Untrack(new Source(SourceKind.Compatriot, person.Id.Value)) | compatriots.Remove(person.Id);
    }

    /// <summary>Adds a leading group's meetings.</summary>
    /// <param name="group">The group.</param>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is <see langword="null"/>.</exception>
    public void Add(LeadingGroup group)
    {
        Guard.Against.Null(group, message: "A leading group is required.");
        var source = new Source(SourceKind.LeadingGroup, group.Id.Value);
        foreach (var meeting in group.Meetings)
        {
            AddMeeting(source, meeting);
        }
    }

    /// <summary>Puts the new version of a leading group in place of the old one: its meetings are replaced.</summary>
    /// <param name="group">The group as it is now.</param>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is <see langword="null"/>.</exception>
    public void Replace(LeadingGroup group)
    {
        Guard.Against.Null(group, message: "A leading group is required.");
        Remove(group);
        Add(group);
    }

    /// <summary>Removes a leading group's meetings.</summary>
    /// <param name="group">The group.</param>
    /// <returns>Whether any of its meetings were held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is <see langword="null"/>.</exception>
    public bool Remove(LeadingGroup group)
    {
        Guard.Against.Null(group, message: "A leading group is required.");
        return Untrack(new Source(SourceKind.LeadingGroup, group.Id.Value));
    }

    /// <summary>Adds a meeting.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is <see langword="null"/>.</exception>
    public void Add(Meeting meeting)
    {
        Guard.Against.Null(meeting, message: "A meeting is required.");
        AddMeeting(new Source(SourceKind.Meeting, RecordKey.Of(meeting).ToString()), meeting);
    }

    /// <summary>Puts the new version of a meeting in place of the old one.</summary>
    /// <param name="meeting">The meeting as it is now.</param>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is <see langword="null"/>.</exception>
    public void Replace(Meeting meeting)
    {
        Guard.Against.Null(meeting, message: "A meeting is required.");
        Remove(meeting);
        Add(meeting);
    }

    /// <summary>Removes a meeting added on its own.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>Whether it was held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is <see langword="null"/>.</exception>
    public bool Remove(Meeting meeting)
    {
        Guard.Against.Null(meeting, message: "A meeting is required.");
        return Untrack(new Source(SourceKind.Meeting, RecordKey.Of(meeting).ToString()));
    }

    /// <summary>Adds a service issue.</summary>
    /// <param name="issue">The issue.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    public void Add(ServiceIssue issue)
    {
        Guard.Against.Null(issue, message: "An issue is required.");
        if (issues.TryAdd(issue.Id, issue))
        {
            Track(new Source(SourceKind.Issue, issue.Id.Value), issue.District, RecordKey.Of(issue), For(issue.District).Add(issue));
        }
    }

    /// <summary>Puts the new version of an issue (accepted, assigned, resolved, reopened ...) in place of the old one.</summary>
    /// <param name="issue">The issue as it is now.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    public void Replace(ServiceIssue issue)
    {
        Guard.Against.Null(issue, message: "An issue is required.");
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
        return Untrack(new Source(SourceKind.Issue, issue.Id.Value)) | issues.Remove(issue.Id);
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

    /// <summary>Adds an exchange event to each organizing district.</summary>
    /// <param name="exchangeEvent">The event.</param>
    /// <exception cref="ArgumentNullException"><paramref name="exchangeEvent"/> is <see langword="null"/>.</exception>
    public void Add(ExchangeEvent exchangeEvent)
    {
        Guard.Against.Null(exchangeEvent, message: "An event is required.");
        if (!events.TryAdd(exchangeEvent.Id, exchangeEvent))
        {
            return;
        }

        var source = new Source(SourceKind.Event, exchangeEvent.Id.Value);
        foreach (var district in exchangeEvent.OrganizingDistricts)
        {
            Track(source, district, RecordKey.Of(exchangeEvent), For(district).Add(exchangeEvent));
        }
    }

    /// <summary>Puts the new version of an event in place of the old one (its organizers may change).</summary>
    /// <param name="exchangeEvent">The event as it is now.</param>
    /// <exception cref="ArgumentNullException"><paramref name="exchangeEvent"/> is <see langword="null"/>.</exception>
    public void Replace(ExchangeEvent exchangeEvent)
    {
        Guard.Against.Null(exchangeEvent, message: "An event is required.");
        Remove(exchangeEvent);
        Add(exchangeEvent);
    }

    /// <summary>Removes an event from every organizing district.</summary>
    /// <param name="exchangeEvent">The event.</param>
    /// <returns>Whether it was held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exchangeEvent"/> is <see langword="null"/>.</exception>
    public bool Remove(ExchangeEvent exchangeEvent)
    {
        Guard.Against.Null(exchangeEvent, message: "An event is required.");
        return Untrack(new Source(SourceKind.Event, exchangeEvent.Id.Value)) | events.Remove(exchangeEvent.Id);
    }

    /// <summary>Adds a training.</summary>
    /// <param name="training">The training.</param>
    /// <exception cref="ArgumentNullException"><paramref name="training"/> is <see langword="null"/>.</exception>
    public void Add(Training training)
    {
        Guard.Against.Null(training, message: "A training is required.");
        if (trainings.TryAdd(training.Id, training))
        {
            Track(new Source(SourceKind.Training, training.Id.Value), training.District, RecordKey.Of(training), For(training.District).Add(training));
        }
    }

    /// <summary>Puts the new version of a training in place of the old one.</summary>
    /// <param name="training">The training as it is now.</param>
    /// <exception cref="ArgumentNullException"><paramref name="training"/> is <see langword="null"/>.</exception>
    public void Replace(Training training)
    {
        Guard.Against.Null(training, message: "A training is required.");
        Remove(training);
        Add(training);
    }

    /// <summary>Removes a training.</summary>
    /// <param name="training">The training.</param>
    /// <returns>Whether it was held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="training"/> is <see langword="null"/>.</exception>
    public bool Remove(Training training)
    {
        Guard.Against.Null(training, message: "A training is required.");
        return Untrack(new Source(SourceKind.Training, training.Id.Value)) | trainings.Remove(training.Id);
    }

    /// <summary>Adds policy publicity.</summary>
    /// <param name="publicity">The record.</param>
    /// <exception cref="ArgumentNullException"><paramref name="publicity"/> is <see langword="null"/>.</exception>
    public void Add(PolicyPublicity publicity)
    {
        Guard.Against.Null(publicity, message: "A publicity record is required.");
        if (this.publicity.TryAdd(publicity.Id, publicity))
        {
            Track(new Source(SourceKind.Publicity, publicity.Id.Value), publicity.District, RecordKey.Of(publicity), For(publicity.District).Add(publicity));
        }
    }

    /// <summary>Puts the new version of a publicity record in place of the old one.</summary>
    /// <param name="publicity">The record as it is now.</param>
    /// <exception cref="ArgumentNullException"><paramref name="publicity"/> is <see langword="null"/>.</exception>
    public void Replace(PolicyPublicity publicity)
    {
        Guard.Against.Null(publicity, message: "A publicity record is required.");
        Remove(publicity);
        Add(publicity);
    }

    /// <summary>Removes a publicity record.</summary>
    /// <param name="publicity">The record.</param>
    /// <returns>Whether it was held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="publicity"/> is <see langword="null"/>.</exception>
    public bool Remove(PolicyPublicity publicity)
    {
        Guard.Against.Null(publicity, message: "A publicity record is required.");
        return Untrack(new Source(SourceKind.Publicity, publicity.Id.Value)) | this.publicity.Remove(publicity.Id);
    }

    /// <summary>Adds a mechanism, checked against its district's meetings and issues when the review is built.</summary>
    /// <param name="mechanism">The mechanism.</param>
    /// <exception cref="ArgumentNullException"><paramref name="mechanism"/> is <see langword="null"/>.</exception>
    public void Add(ServiceMechanism mechanism)
    {
        Guard.Against.Null(mechanism, message: "A mechanism is required.");
        mechanisms.TryAdd(mechanism.Id, mechanism);
    }

    /// <summary>Puts the new version of a mechanism in place of the old one.</summary>
    /// <param name="mechanism">The mechanism as it is now.</param>
    /// <exception cref="ArgumentNullException"><paramref name="mechanism"/> is <see langword="null"/>.</exception>
    public void Replace(ServiceMechanism mechanism)
    {
        Guard.Against.Null(mechanism, message: "A mechanism is required.");
        mechanisms[mechanism.Id] = mechanism;
    }

    /// <summary>Removes a mechanism.</summary>
    /// <param name="mechanism">The mechanism.</param>
    /// <returns>Whether it was held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mechanism"/> is <see langword="null"/>.</exception>
    public bool Remove(ServiceMechanism mechanism)
    {
        Guard.Against.Null(mechanism, message: "A mechanism is required.");
        return mechanisms.Remove(mechanism.Id);
    }

    /// <summary>Adds a district's declared figure (a total, or a qualified sub-figure).</summary>
    /// <param name="figure">The declaration. A second total of the same figure is kept and reported as a conflict.</param>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is <see langword="null"/>.</exception>
    public void Declare(DeclaredFigure figure)
    {
        Guard.Against.Null(figure, message: "A declaration is required.");
        declarations.Add(figure);
    }

    /// <summary>Withdraws a declaration made before.</summary>
    /// <param name="figure">The declaration (equal by value).</param>
    /// <returns>Whether it was held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is <see langword="null"/>.</exception>
    public bool Withdraw(DeclaredFigure figure)
    {
        Guard.Against.Null(figure, message: "A declaration is required.");
        return declarations.Remove(figure);
    }

    /// <summary>Adds a named case to a section of its district's review.</summary>
    /// <param name="namedCase">The case.</param>
    /// <param name="theme">The section; <see cref="ReviewTheme.PracticalDeeds"/> by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="namedCase"/> is <see langword="null"/>.</exception>
    public void Tell(NamedCase namedCase, ReviewTheme? theme = null)
    {
        Guard.Against.Null(namedCase, message: "A case is required.");
        cases.Add((namedCase, theme ?? ReviewTheme.PracticalDeeds));
    }

    /// <summary>Sets a district's review title and, optionally, its own section titles (在精准服务上下功夫).</summary>
    /// <param name="district">The district.</param>
    /// <param name="title">The review's title, or <see langword="null"/>.</param>
    /// <param name="sectionTitlesByTheme">Section titles by theme.</param>
    /// <exception cref="ArgumentNullException"><paramref name="district"/> is <see langword="null"/>.</exception>
    public void Title(District district, string? title, IReadOnlyDictionary<ReviewTheme, string>? sectionTitlesByTheme = null)
    {
        Guard.Against.Null(district, message: "A district is required.");
        if (!string.IsNullOrWhiteSpace(title))
        {
            titles[district] = title.Trim();
        }

        foreach (var (theme, sectionTitle) in sectionTitlesByTheme ?? new Dictionary<ReviewTheme, string>())
        {
            sectionTitles[(district, theme)] = sectionTitle;
        }
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

        list.Add((district, key));
    }

    private bool Untrack(Source source)
    {
        if (!sources.Remove(source, out var list))
        {
            return false;
        }

        foreach (var (district, key) in list)
        {
            accumulators[district].Remove(key);
            if (key.Kind == RecordKind.Meeting)
            {
                meetings.Remove((district, key.Id));
            }
        }

        return true;
    }

    private FigureAccumulators For(District district)
    {
        if (!accumulators.TryGetValue(district, out var figures))
        {
            accumulators[district] = figures = FigureAccumulators.Empty(Period, Calendar);
        }

        return figures;
    }

    private readonly record struct Source(SourceKind Kind, string Id);
}
