using System.Globalization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Reporting;

namespace TaiAffairs.Domain.Benchmarks;

/// <summary>
/// Issue 13: district and city figures over the same records (80% enterprise visits, 20% enterprises' issues, most
/// resolved, across Tianjin's 16 districts), built through the public API. Each path computes, per district and for
/// the city: visits, distinct enterprises visited, issues raised and resolved in the year, and the median working
/// days to resolve. <see cref="Setup"/> checks that every path gives the same figures before anything is timed
/// (a difference throws, which fails the run).
/// </summary>
/// <remarks>
/// Paths: a hand-written loop into arrays and hash sets (the baseline); the accumulators exactly-once (no per-record
/// state) and at-least-once (a keyed entry per record), each district folded into the city with
/// <c>UnionWith</c>; the same records split into 8 partitions aggregated apart and merged; and the LINQ a user would
/// write (<c>GroupBy</c>, <c>Distinct</c>, <c>OrderBy</c>). 10 million records: set <c>BENCH_10M=1</c> (it needs
/// several GB of memory for the records themselves).
/// </remarks>
[MemoryDiagnoser]
public class ReviewFigureBenchmarks
{
    private static readonly ReportingPeriod Year = ReportingPeriod.ForYear(2021);
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.ChinaMainland;
    private static readonly District[] Districts = [.. District.All];

    private Enterprise[] enterprises = [];
    private EnterpriseVisit[] visits = [];
    private ServiceIssue[] issues = [];
    private District[] visitDistricts = [];

    /// <summary>How many records one operation aggregates.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Records { get; set; }

    /// <summary>
    /// 100 k and 1 M records; 10 M too with <c>BENCH_10M=1</c>; only 100 k with <c>BENCH_QUICK=1</c> (CI's dry job);
    /// exactly the sizes listed with <c>BENCH_SIZES=10000000</c> (comma-separated).
    /// </summary>
    public static IEnumerable<int> Sizes() =>
        Environment.GetEnvironmentVariable("BENCH_SIZES") is { Length: > 0 } listed ? listed.Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture))
        : Environment.GetEnvironmentVariable("BENCH_QUICK") == "1" ? [100_000]
        : Environment.GetEnvironmentVariable("BENCH_10M") == "1" ? [100_000, 1_000_000, 10_000_000]
        : [100_000, 1_000_000];

    [GlobalSetup]
    public void Setup()
    {
        BuildRecords();
        CheckEveryPathGivesTheSameFigures();
    }

    /// <summary>Builds the records (through the public API) without running any path.</summary>
    public void BuildRecords()
    {
        var random = new Random(2021);
        var office = Id<Department>.From("tai-office");
        enterprises = Enumerable.Range(0, 5_000).Select(i =>
        {
            var body = "91120115MA" + (1_000_000 + i).ToString(CultureInfo.InvariantCulture);
            return Enterprise.Register(
                Id<Enterprise>.From($"e{i}"), UnifiedSocialCreditCode.Parse(body + UnifiedSocialCreditCode.ComputeCheckCharacter(body)), "台企", Industry.AutoParts,
                Districts[i % Districts.Length], new LocalDate(2020, 1, 1));
        }).ToArray();

        var visitCount = Records * 4 / 5;
        visits = new EnterpriseVisit[visitCount];
        visitDistricts = new District[visitCount];
        for (var i = 0; i < visitCount; i++)
        {
            var enterprise = enterprises[random.Next(enterprises.Length)];
            visits[i] = enterprise.RecordVisit(Id<EnterpriseVisit>.From("v" + i.ToString(CultureInfo.InvariantCulture)), new LocalDate(2021, 1, 1).PlusDays(random.Next(365)), [office], "走访");
            visitDistricts[i] = enterprise.District;
        }

        issues = new ServiceIssue[Records - visitCount];
        for (var i = 0; i < issues.Length; i++)
        {
            var enterprise = enterprises[random.Next(enterprises.Length)];
            var raised = new LocalDate(2021, 1, 4).PlusDays(random.Next(300));
            var issue = ServiceIssue.Raise(
                Id<ServiceIssue>.From("i" + i.ToString(CultureInfo.InvariantCulture)), enterprise.District, IssueSubject.Enterprise(enterprise.Id),
                IssueCategory.Recruitment, IssueChannel.Visit, raised, "用工");
            if (random.Next(10) < 7)
            {
                issue.Accept(raised);
                issue.Assign(raised, office, []);
                issue.Resolve(raised.PlusDays(1 + random.Next(40)), office, "解决");
            }

            issues[i] = issue;
        }

    }

    /// <summary>Runs every path once and throws when any gives other figures than the hand-written loop.</summary>
    public void CheckEveryPathGivesTheSameFigures()
    {
        var expected = Describe(HandWrittenLoop());
        foreach (var (name, figures) in new[]
        {
            ("exactly-once", Describe(AccumulatorsExactlyOnce())), ("at-least-once", Describe(AccumulatorsAtLeastOnce())), ("at-least-once, presized", Describe(AccumulatorsAtLeastOncePresized())),
            ("split in 8 and merged", Describe(SplitInEightAndMerge())), ("naive LINQ", Describe(NaiveLinq())),
            ("review builder", Describe(ReviewBuilder())),
        })
        {
            if (figures != expected)
            {
                throw new InvalidOperationException($"The {name} path's figures differ from the hand-written loop's:\n{figures}\n{expected}");
            }
        }
    }

    [Benchmark(Baseline = true)]
    public Figures[] HandWrittenLoop()
    {
        var visitCount = new int[Districts.Length + 1];
        var enterprisesVisited = new HashSet<Id<Enterprise>>[Districts.Length + 1];
        var raised = new int[Districts.Length + 1];
        var days = new List<int>[Districts.Length + 1];
        for (var d = 0; d <= Districts.Length; d++)
        {
            enterprisesVisited[d] = [];
            days[d] = [];
        }

        for (var i = 0; i < visits.Length; i++)
        {
            var visit = visits[i];
            if (Year.Contains(visit.Date))
            {
                var d = Index(visitDistricts[i]);
                visitCount[d]++;
                visitCount[^1]++;
                enterprisesVisited[d].Add(visit.Enterprise);
                enterprisesVisited[^1].Add(visit.Enterprise);
            }
        }

        foreach (var issue in issues)
        {
            if (!Year.Contains(issue.RaisedOn))
            {
                continue;
            }

            var d = Index(issue.District);
            raised[d]++;
            raised[^1]++;
            if (issue.ResolvedOnAsOf(Year.End) is { } resolved && resolved >= Year.Start)
            {
                var n = Calendar.WorkingDaysBetween(issue.RaisedOn, resolved);
                days[d].Add(n);
                days[^1].Add(n);
            }
        }

        var result = new Figures[Districts.Length + 1];
        for (var d = 0; d <= Districts.Length; d++)
        {
            days[d].Sort();
            result[d] = new Figures(visitCount[d], enterprisesVisited[d].Count, raised[d], days[d].Count, Median(days[d]));
        }

        return result;
    }

    [Benchmark]
    public Figures[] AccumulatorsExactlyOnce() => Accumulators(DeliveryMode.ExactlyOnce);

    [Benchmark]
    public Figures[] AccumulatorsAtLeastOnce() => Accumulators(DeliveryMode.AtLeastOnce);

    /// <summary>At-least-once with the key space and the tables presized for the records (a host that knows about how many).</summary>
    [Benchmark]
    public Figures[] AccumulatorsAtLeastOncePresized()
    {
        var space = new RecordKeySpace(visits.Length + issues.Length);
        var districts = new FigureAccumulators[Districts.Length];
        for (var d = 0; d < districts.Length; d++)
        {
            districts[d] = FigureAccumulators.Empty(Year, Calendar, space);
            districts[d].Visits.EnsureCapacity(visits.Length / Districts.Length * 5 / 4);
            districts[d].Issues.EnsureCapacity(issues.Length / Districts.Length * 5 / 4);
        }

        for (var i = 0; i < visits.Length; i++)
        {
            districts[Index(visitDistricts[i])].Add(visits[i]);
        }

        foreach (var issue in issues)
        {
            districts[Index(issue.District)].Add(issue);
        }

        var city = FigureAccumulators.Empty(Year, Calendar, space);
        city.Visits.EnsureCapacity(visits.Length);
        city.Issues.EnsureCapacity(issues.Length);
        var result = new Figures[districts.Length + 1];
        for (var d = 0; d < districts.Length; d++)
        {
            city.UnionWith(districts[d]);
            result[d] = Of(districts[d]);
        }

        result[^1] = Of(city);
        return result;
    }

    [Benchmark]
    public Figures[] SplitInEightAndMerge()
    {
        // Eight partitions, as eight machines would hold them: each keeps per-district accumulators; then each
        // district's parts are merged, and the districts folded into the city.
        var parts = new FigureAccumulators[8][];
        for (var p = 0; p < 8; p++)
        {
            parts[p] = NewDistricts(DeliveryMode.ExactlyOnce);
            var (from, to) = (p * visits.Length / 8, (p + 1) * visits.Length / 8);
            for (var i = from; i < to; i++)
            {
                parts[p][Index(visitDistricts[i])].Add(visits[i]);
            }

            (from, to) = (p * issues.Length / 8, (p + 1) * issues.Length / 8);
            for (var i = from; i < to; i++)
            {
                parts[p][Index(issues[i].District)].Add(issues[i]);
            }
        }

        var districts = parts[0];
        for (var p = 1; p < 8; p++)
        {
            for (var d = 0; d < districts.Length; d++)
            {
                districts[d].UnionWith(parts[p][d]);
            }
        }

        return Read(districts, DeliveryMode.ExactlyOnce);
    }

    [Benchmark]
    public Figures[] NaiveLinq()
    {
        var visitRows = visits.Select((v, i) => (Visit: v, District: visitDistricts[i])).Where(r => Year.Contains(r.Visit.Date)).ToList();
        var issueRows = issues.Where(i => Year.Contains(i.RaisedOn))
            .Select(i => (Issue: i, Days: i.ResolvedOnAsOf(Year.End) is { } r && r >= Year.Start ? Calendar.WorkingDaysBetween(i.RaisedOn, r) : (int?)null))
            .ToList();
        Figures Of(IEnumerable<(EnterpriseVisit Visit, District District)> v, IEnumerable<(ServiceIssue Issue, int? Days)> i)
        {
            var sorted = i.Where(x => x.Days is not null).Select(x => x.Days!.Value).OrderBy(x => x).ToList();
            return new Figures(v.Count(), v.Select(x => x.Visit.Enterprise).Distinct().Count(), i.Count(), sorted.Count, Median(sorted));
        }

        return Districts.Select(d => Of(visitRows.Where(r => r.District == d), issueRows.Where(r => r.Issue.District == d)))
            .Append(Of(visitRows, issueRows)).ToArray();
    }

    [Benchmark]
    public Figures[] ReviewBuilder()
    {
        // What the example host does: the builder takes the enterprises (with their visits) and the issues, and
        // builds the whole city review (figures, findings, highlights, cases) from them.
        var builder = new AnnualReviewBuilder(2021, Calendar);
        foreach (var enterprise in enterprises)
        {
            builder.Add(enterprise);
        }

        foreach (var issue in issues)
        {
            builder.Add(issue);
        }

        var city = builder.BuildCity();
        var result = new Figures[Districts.Length + 1];
        for (var d = 0; d < Districts.Length; d++)
        {
            result[d] = city.Districts.FirstOrDefault(r => r.District == Districts[d]) is { } review ? Of(review.Figures) : default;
        }

        result[^1] = Of(city.Figures);
        return result;
    }

    private Figures[] Accumulators(DeliveryMode mode)
    {
        var districts = NewDistricts(mode);
        for (var i = 0; i < visits.Length; i++)
        {
            districts[Index(visitDistricts[i])].Add(visits[i]);
        }

        foreach (var issue in issues)
        {
            districts[Index(issue.District)].Add(issue);
        }

        return Read(districts, mode);
    }

    private static FigureAccumulators[] NewDistricts(DeliveryMode mode)
    {
        // At-least-once: the districts and the city share one key space (as the review builder does), so the city
        // folds the districts by record number.
        var space = mode == DeliveryMode.AtLeastOnce ? new RecordKeySpace() : null;
        var districts = new FigureAccumulators[Districts.Length];
        for (var d = 0; d < districts.Length; d++)
        {
            districts[d] = space is null ? FigureAccumulators.Empty(Year, Calendar, mode) : FigureAccumulators.Empty(Year, Calendar, space);
        }

        return districts;
    }

    private static Figures[] Read(FigureAccumulators[] districts, DeliveryMode mode)
    {
        var city = districts[0].KeySpace is { } space ? FigureAccumulators.Empty(Year, Calendar, space) : FigureAccumulators.Empty(Year, Calendar, mode);
        var result = new Figures[districts.Length + 1];
        for (var d = 0; d < districts.Length; d++)
        {
            city.UnionWith(districts[d]);
            result[d] = Of(districts[d]);
        }

        result[^1] = Of(city);
        return result;
    }

    private static Figures Of(FigureAccumulators a) =>
        new(a.Visits.EnterpriseVisits, a.Visits.EnterprisesVisited, a.Issues.Raised, a.Issues.Resolved, a.Issues.MedianWorkingDaysToResolve());

    private static int Index(District district)
    {
        for (var d = 0; d < Districts.Length; d++)
        {
            if (ReferenceEquals(Districts[d], district))
            {
                return d;
            }
        }

        throw new InvalidOperationException("Not a Tianjin district.");
    }

    private static decimal? Median(List<int> sorted) => sorted.Count == 0 ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2m;

    private static string Describe(Figures[] figures) => string.Join("\n", figures);

    /// <summary>The figures each path computes for one scope.</summary>
    public readonly record struct Figures(int Visits, int EnterprisesVisited, int Raised, int Resolved, decimal? MedianWorkingDays);
}
