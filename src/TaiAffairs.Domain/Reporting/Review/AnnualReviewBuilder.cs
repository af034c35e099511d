using System.Globalization;
using Ardalis.GuardClauses;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Exchanges;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Mechanisms;
using TaiAffairs.Domain.Subsidies;

namespace TaiAffairs.Domain.Reporting;

/// <summary>
/// Builds the year's reviews: takes records (or whole aggregates, whose records it adds), declarations, named
/// cases and mechanisms; routes each record to its district's accumulators (a joint event to each organizing
/// district); then builds each <see cref="DistrictAnnualReview"/> and the <see cref="CityAnnualReview"/>.
/// </summary>
/// <remarks>A builder: not thread-safe. Building does not change it; build as often as needed.</remarks>
public sealed class AnnualReviewBuilder
{
    private const string CityScope = "天津市";

    private readonly Dictionary<District, FigureAccumulators> accumulators = [];
    private readonly Dictionary<District, List<Meeting>> meetings = [];
    private readonly Dictionary<District, List<ServiceIssue>> issues = [];
    private readonly List<ServiceMechanism> mechanisms = [];
    private readonly HashSet<Id<ServiceIssue>> issueIds = [];
    private readonly HashSet<Id<ExchangeEvent>> eventIds = [];
    private readonly HashSet<Id<ServiceMechanism>> mechanismIds = [];
    private readonly List<DeclaredFigure> declarations = [];
    private readonly List<(NamedCase Case, ReviewTheme Theme)> cases = [];
    private readonly Dictionary<(District, ReviewTheme), string> sectionTitles = [];
    private readonly Dictionary<District, string> titles = [];
    private readonly Dictionary<Id<Enterprise>, Enterprise> enterprises = [];
    private readonly Dictionary<Id<Compatriot>, Compatriot> compatriots = [];
    private readonly List<SubsidyAward> awards = [];
    private readonly List<ExchangeEvent> events = [];
    private readonly List<Training> trainings = [];
    private readonly List<PolicyPublicity> publicity = [];

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

    /// <summary>Gets the year's period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the calendar.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>Gets the publication policy.</summary>
    public PublicationPolicy Policy { get; }

    /// <summary>Adds an enterprise's visits, safety findings, donations and investments.</summary>
    /// <param name="enterprise">The enterprise.</param>
    /// <exception cref="ArgumentNullException"><paramref name="enterprise"/> is <see langword="null"/>.</exception>
    public void Add(Enterprise enterprise)
    {
        Guard.Against.Null(enterprise, message: "An enterprise is required.");
        enterprises[enterprise.Id] = enterprise;
        foreach (var visit in enterprise.Visits)
        {
            For(visit.District).Add(visit);
        }

        foreach (var finding in enterprise.SafetyFindings)
        {
            For(finding.District).Add(finding);
        }

        foreach (var record in enterprise.MoneyRecords)
        {
            For(record.District).Add(record);
        }
    }

    /// <summary>Adds a compatriot's doses and care visits, and the person as a youth if in the youth band at the year's end.</summary>
    /// <param name="person">The person.</param>
    /// <param name="policy">The age bands; the default policy when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is <see langword="null"/>.</exception>
    public void Add(Compatriot person, AgeBandPolicy? policy = null)
    {
        Guard.Against.Null(person, message: "A person is required.");
        compatriots[person.Id] = person;
        foreach (var dose in person.VaccinationDoses)
        {
            For(dose.District).Add(dose);
        }

        foreach (var visit in person.CareVisits)
        {
            For(visit.District).Add(visit);
        }

        if (person.AsYouthOn(Period.End, policy) is { } youth && person.ResidenceOn(Period.End) is { } district)
        {
            For(district).Add(youth);
        }
    }

    /// <summary>Adds a leading group's meetings.</summary>
    /// <param name="group">The group.</param>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is <see langword="null"/>.</exception>
    public void Add(LeadingGroup group)
    {
        Guard.Against.Null(group, message: "A leading group is required.");
        foreach (var meeting in group.Meetings)
        {
            Add(meeting);
        }
    }

    /// <summary>Adds a meeting.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is <see langword="null"/>.</exception>
    public void Add(Meeting meeting)
    {
        Guard.Against.Null(meeting, message: "A meeting is required.");
        if (For(meeting.District).Add(meeting))
        {
            ListFor(meetings, meeting.District).Add(meeting);
        }
    }

    /// <summary>Adds a service issue.</summary>
    /// <param name="issue">The issue.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    public void Add(ServiceIssue issue)
    {
        Guard.Against.Null(issue, message: "An issue is required.");
        if (issueIds.Add(issue.Id))
        {
            ListFor(issues, issue.District).Add(issue);
        }

        For(issue.District).Add(issue);
    }

    /// <summary>Adds a subsidy award.</summary>
    /// <param name="award">The award.</param>
    /// <exception cref="ArgumentNullException"><paramref name="award"/> is <see langword="null"/>.</exception>
    public void Add(SubsidyAward award)
    {
        Guard.Against.Null(award, message: "An award is required.");
        if (For(award.District).Add(award))
        {
            awards.Add(award);
        }
    }

    /// <summary>Adds an exchange event to each organizing district.</summary>
    /// <param name="exchangeEvent">The event.</param>
    /// <exception cref="ArgumentNullException"><paramref name="exchangeEvent"/> is <see langword="null"/>.</exception>
    public void Add(ExchangeEvent exchangeEvent)
    {
        Guard.Against.Null(exchangeEvent, message: "An event is required.");
        if (Period.Contains(exchangeEvent.Date) && eventIds.Add(exchangeEvent.Id))
        {
            events.Add(exchangeEvent);
        }

        foreach (var district in exchangeEvent.OrganizingDistricts)
        {
            For(district).Add(exchangeEvent);
        }
    }

    /// <summary>Adds a training.</summary>
    /// <param name="training">The training.</param>
    /// <exception cref="ArgumentNullException"><paramref name="training"/> is <see langword="null"/>.</exception>
    public void Add(Training training)
    {
        Guard.Against.Null(training, message: "A training is required.");
        if (For(training.District).Add(training))
        {
            trainings.Add(training);
        }
    }

    /// <summary>Adds policy publicity.</summary>
    /// <param name="publicity">The record.</param>
    /// <exception cref="ArgumentNullException"><paramref name="publicity"/> is <see langword="null"/>.</exception>
    public void Add(PolicyPublicity publicity)
    {
        Guard.Against.Null(publicity, message: "A publicity record is required.");
        if (For(publicity.District).Add(publicity))
        {
            this.publicity.Add(publicity);
        }
    }

    /// <summary>Adds a mechanism, checked against its district's meetings and issues when the review is built.</summary>
    /// <param name="mechanism">The mechanism.</param>
    /// <exception cref="ArgumentNullException"><paramref name="mechanism"/> is <see langword="null"/>.</exception>
    public void Add(ServiceMechanism mechanism)
    {
        Guard.Against.Null(mechanism, message: "A mechanism is required.");
        if (mechanismIds.Add(mechanism.Id))
        {
            mechanisms.Add(mechanism);
        }
    }

    /// <summary>Adds a district's declared figure.</summary>
    /// <param name="figure">The declaration.</param>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is <see langword="null"/>.</exception>
    public void Declare(DeclaredFigure figure)
    {
        Guard.Against.Null(figure, message: "A declaration is required.");
        declarations.Add(figure);
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

    /// <summary>Gets the districts that have records or declarations, in code order.</summary>
    public IReadOnlyList<District> Districts =>
        accumulators.Keys.Concat(declarations.Select(d => d.District)).Concat(mechanisms.Select(m => m.District)).Concat(cases.Select(c => c.Case.District))
            .Distinct().OrderBy(d => d.Code).ToArray();

    /// <summary>Builds one district's review.</summary>
    /// <param name="district">The district.</param>
    /// <returns>The review.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="district"/> is <see langword="null"/>.</exception>
    public DistrictAnnualReview BuildDistrict(District district)
    {
        Guard.Against.Null(district, message: "A district is required.");
        var figures = accumulators.TryGetValue(district, out var a) ? a.Clone() : FigureAccumulators.Empty(Period, Calendar);
        var declared = declarations.Where(d => d.District == district).ToArray();
        var (headline, reconciliation) = Headline(district.ChineseName, figures, declared.Select(d => (d.Key, d.Label, d.Value, d.Note)).ToArray());
        var evidence = new MechanismEvidence(meetings.GetValueOrDefault(district) ?? [], issues.GetValueOrDefault(district) ?? []);
        var checks = mechanisms.Where(m => m.District == district).Select(m => m.Check(evidence, Period, Calendar)).ToArray();
        var sections = new List<ReviewSection>();
        foreach (var theme in ReviewTheme.All)
        {
            var sectionFigures = headline.Where(f => f.Key.Theme == theme).ToArray();
            var sectionCases = cases.Where(c => c.Case.District == district && c.Theme == theme).Select(c => c.Case).ToArray();
            var sectionChecks = theme == ReviewTheme.PreciseService ? checks : [];
            var highlights = Highlights(district, theme);
            if (sectionFigures.Length + sectionCases.Length + sectionChecks.Length + highlights.Length == 0)
            {
                continue;
            }

            var title = sectionTitles.TryGetValue((district, theme), out var own) ? own : theme.ChineseName;
            sections.Add(new ReviewSection(theme, title, Array.AsReadOnly(sectionFigures), Array.AsReadOnly(highlights), Array.AsReadOnly(sectionCases), Array.AsReadOnly(sectionChecks)));
        }

        return new DistrictAnnualReview(
            district, Period.Year, titles.GetValueOrDefault(district), headline, sections.AsReadOnly(), Array.AsReadOnly(checks), reconciliation, figures);
    }

    /// <summary>Builds the city's review with every district's.</summary>
    /// <returns>The review.</returns>
    public CityAnnualReview BuildCity()
    {
        var districts = Districts.Select(BuildDistrict).ToArray();
        var city = districts.Aggregate(FigureAccumulators.Empty(Period, Calendar), (acc, d) => acc.Merge(d.Figures));
        // Where any district declared a figure, the city states the sum over districts of each district's own
        // value: its declaration where it made one, else what its records give.
        var declaredSums = new List<(FigureKey Key, string Label, FigureValue Value, string? Note)>();
        foreach (var key in FigureKey.All.Where(k => k != FigureKey.Other && declarations.Exists(d => d.Key == k)))
        {
            var parts = new List<FigureValue>();
            foreach (var district in districts)
            {
                var own = declarations.Where(d => d.District == district.District && d.Key == key).Select(d => d.Value).ToArray();
                if (own.Length > 0)
                {
                    parts.AddRange(own);
                }
                else if (key.Compute(district.Figures) is { } computed && computed.Lower > 0)
                {
                    parts.Add(computed);
                }
            }

            if (TrySum(parts.ToArray(), out var sum))
            {
                declaredSums.Add((key, key.Label, sum, "各区合计"));
            }
        }

        var (headline, reconciliation) = Headline(CityScope, city, declaredSums.ToArray());
        return new CityAnnualReview(Period.Year, Array.AsReadOnly(districts), headline, reconciliation, city);
    }

    private (IReadOnlyList<HeadlineFigure> Headline, IReadOnlyList<ReconciliationFinding> Reconciliation) Headline(
        string scope, FigureAccumulators figures, (FigureKey Key, string Label, FigureValue Value, string? Note)[] declared)
    {
        var headline = new List<HeadlineFigure>();
        var findings = new List<ReconciliationFinding>();
        foreach (var key in FigureKey.All)
        {
            var computed = key.Compute(figures);
            var hasRecords = computed is { } c && c.Lower > 0;
            var ofKey = declared.Where(d => d.Key == key).ToArray();
            if (ofKey.Length == 0)
            {
                if (hasRecords)
                {
                    var published = computed!.Value.IsMoney ? computed.Value : FigureValue.Of(Policy.Publish(computed.Value.Quantity));
                    headline.Add(new HeadlineFigure(key, key.Label, published, Provenance.Computed, computed, null, null, null));
                }

                continue;
            }

            foreach (var (_, label, value, note) in ofKey)
            {
                if (!hasRecords || !key.IsComputed)
                {
                    headline.Add(new HeadlineFigure(key, label, value, Provenance.Declared, null, value, null, note));
                    continue;
                }

                var recorded = computed!.Value;
                var consistent = value.Upper is not { } upper || recorded.Lower <= upper;
                headline.Add(new HeadlineFigure(key, label, value, Provenance.DeclaredAndComputed, recorded, value, consistent, note));
                var stated = scope == CityScope ? "各区合计" : scope + "申报";
                findings.Add(new ReconciliationFinding(scope, key, value, recorded, consistent, consistent
                    ? string.Create(CultureInfo.InvariantCulture, $"{stated}“{label}{value}”，已逐项记录{Recorded(recorded)}，与申报一致")
                    : string.Create(CultureInfo.InvariantCulture, $"{stated}“{label}{value}”，但已逐项记录{Recorded(recorded)}，超过申报上限，不一致")));
            }
        }

        return (headline.AsReadOnly(), findings.AsReadOnly());
    }

    private string[] Highlights(District district, ReviewTheme theme)
    {
        var lines = new List<string>();
        string NameOf(Id<Enterprise> id) => enterprises.TryGetValue(id, out var e) ? e.Name : id.Value;
        if (theme == ReviewTheme.PreciseService)
        {
            foreach (var group in enterprises.Values.Where(e => e.DistrictOn(Period.End) == district).SelectMany(e => e.Alliances.Select(a => (a.Alliance, e.Name))).GroupBy(a => a.Alliance))
            {
                lines.Add($"{string.Join("、", group.Select(g => g.Name))}加入{group.Key}");
            }
        }
        else if (theme == ReviewTheme.PolicySupport)
        {
            foreach (var item in publicity.Where(p => p.District == district))
            {
                var text = $"宣讲{string.Join("、", item.Packages.Select(p => "“" + p.ChineseName + "”"))}";
                if (item.Materials is { } materials)
                {
                    text += $"，制作宣传材料{materials}";
                }

                if (item.Recipients.Count > 0)
                {
                    text += $"，发放{string.Join("、", item.Recipients)}";
                }

                lines.Add(text);
            }

            foreach (var award in awards.Where(a => a.District == district))
            {
                var project = award.ProjectTitle is { } title ? $"“{title}”项目" : string.Empty;
                var level = award.Level == FundingLevel.NotStated ? string.Empty : award.Level.ChineseName;
                lines.Add($"{NameOf(award.Recipient)}{project}获得{string.Join("、", award.Programmes.Select(p => p.ChineseName))}{level}资金{award.Amount.ToString("W", CultureInfo.InvariantCulture)}");
            }

            foreach (var training in trainings.Where(t => t.District == district))
            {
                lines.Add(training.Attendance is { } attendance ? $"开展涉台培训“{training.Topic}”，{attendance}参加" : $"开展涉台培训“{training.Topic}”");
            }
        }
        else
        {
            foreach (var enterprise in enterprises.Values.Where(e => e.DistrictOn(Period.End) == district))
            {
                foreach (var honour in enterprise.Designations.Where(d => d.Kind.IsHonour && Period.Contains(d.AwardedOn)))
                {
                    lines.Add($"{(honour.RecommendedByDistrict ? "推荐" : string.Empty)}{enterprise.Name}获评{honour.Year}年“{honour.Kind.ChineseName}”荣誉");
                }

                foreach (var investment in enterprise.MoneyRecords.Where(m => m.Kind == MoneyRecordKind.Investment && m.District == district && Period.Contains(m.Date)))
                {
                    lines.Add($"{enterprise.Name}投资{investment.Amount.ToString("w", CultureInfo.InvariantCulture)}，{investment.Purpose}");
                }
            }

            foreach (var person in compatriots.Values.Where(c => c.ResidenceOn(Period.End) == district))
            {
                var name = person.PublishedNameOn(Period.End);
                foreach (var service in person.Services.Where(v => Period.Contains(v.Date)))
                {
                    lines.Add($"为{name}{service.Kind.ChineseName}：{service.Description}");
                }

                foreach (var recurring in person.RecurringServices.Where(r => r.StartedOn <= Period.End))
                {
                    var missed = recurring.MissedQuarters(Period);
                    lines.Add(missed.Count == 0
                        ? $"坚持每季度为{name}{recurring.Kind.ChineseName}，{Period}各季度均已办理"
                        : $"为{name}{recurring.Kind.ChineseName}，{string.Join("、", missed)}未办理");
                }
            }

            foreach (var exchangeEvent in events.Where(e => e.IsOrganizedBy(district)).OrderBy(e => e.Date))
            {
                var partners = exchangeEvent.IsJoint ? $"（与{string.Join("、", exchangeEvent.OrganizingDistricts.Where(d => d != district).Select(d => d.ShortName))}区共同举办）" : string.Empty;
                lines.Add($"{exchangeEvent.Kind.ChineseName}活动“{exchangeEvent.Title}”，{exchangeEvent.Venue}{partners}");
            }
        }

        return lines.ToArray();
    }

    private static string Recorded(FigureValue value) => value.IsMoney ? value.ToString() : value.Quantity.Lower.ToString(CultureInfo.InvariantCulture) + "项";

    private static bool TrySum(FigureValue[] values, out FigureValue sum)
    {
        sum = default;
        if (values.All(v => v.IsMoney))
        {
            sum = FigureValue.Of(Money.Sum(values.Select(v => v.Money!.Value)));
            return true;
        }

        if (values.Any(v => v.IsMoney) || values.Select(v => v.Quantity.Unit).Distinct().Count() != 1)
        {
            return false;
        }

        sum = FigureValue.Of(ReportedQuantity.Sum(values.Select(v => v.Quantity)));
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

    private static List<T> ListFor<T>(Dictionary<District, List<T>> map, District district)
    {
        if (!map.TryGetValue(district, out var list))
        {
            map[district] = list = [];
        }

        return list;
    }
}
