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
/// Issue 13: the two figures that are not sums. Reading the median and the 90th percentile of working days to resolve
/// from an <see cref="IssueAccumulator"/> holding 200,000 resolved issues, against a hand-written histogram of the same
/// values (the baseline, what the accumulator is measured against) and against sorting the values on each read (what
/// 0.1.0 did). Counting the distinct enterprises among 1,000,000 visits with a <see cref="VisitAccumulator"/>
/// (exactly-once), against a bitmap over enterprises numbered 0..n-1 in advance (the limit: it is handed the dense
/// numbering for free). <see cref="Setup"/> checks that every path gives the same figures before anything is timed.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DistinctAndPercentileBenchmarks
{
    private const int Enterprises = 20_000;
    private static readonly ReportingPeriod Year = ReportingPeriod.ForYear(2021);

    private IssueAccumulator issues = null!;
    private int[] days = [];
    private int[] histogram = [];
    private EnterpriseVisit[] visits = [];
    private int[] visitEnterpriseIndex = [];

    [GlobalSetup]
    public void Setup()
    {
        var quick = Environment.GetEnvironmentVariable("BENCH_QUICK") == "1";
        var random = new Random(2021);
        var office = Id<Department>.From("tai-office");
        var firms = new Enterprise[Enterprises];
        for (var i = 0; i < firms.Length; i++)
        {
            var body = "91120115MA" + (1_000_000 + i).ToString(CultureInfo.InvariantCulture);
            firms[i] = Enterprise.Register(
                Id<Enterprise>.From("e" + i.ToString(CultureInfo.InvariantCulture)), UnifiedSocialCreditCode.Parse(body + UnifiedSocialCreditCode.ComputeCheckCharacter(body)),
                "台企", Industry.AutoParts, District.Baodi, new LocalDate(2020, 1, 1));
        }

        issues = IssueAccumulator.Empty(Year, WorkingDayCalendar.ChinaMainland, DeliveryMode.ExactlyOnce);
        var resolved = quick ? 20_000 : 200_000;
        var dayList = new List<int>(resolved);
        for (var i = 0; i < resolved; i++)
        {
            var raised = new LocalDate(2021, 1, 4).PlusDays(random.Next(300));
            var issue = ServiceIssue.Raise(
                Id<ServiceIssue>.From("i" + i.ToString(CultureInfo.InvariantCulture)), District.Baodi, IssueSubject.Enterprise(firms[random.Next(firms.Length)].Id),
                IssueCategory.Recruitment, IssueChannel.Visit, raised, "用工");
            var resolvedOn = raised.PlusDays(1 + random.Next(60));
            issue.Accept(raised);
            issue.Assign(raised, office, []);
            issue.Resolve(resolvedOn, office, "解决");
            issues.Add(issue);
            dayList.Add(WorkingDayCalendar.ChinaMainland.WorkingDaysBetween(raised, resolvedOn));
        }

        days = [.. dayList];
        histogram = new int[days.Max() + 1];
        foreach (var d in days)
        {
            histogram[d]++;
        }

        var visitCount = quick ? 100_000 : 1_000_000;
        visits = new EnterpriseVisit[visitCount];
        visitEnterpriseIndex = new int[visitCount];
        for (var i = 0; i < visitCount; i++)
        {
            var index = random.Next(Enterprises / 2) * 2;
            visits[i] = firms[index].RecordVisit(
                Id<EnterpriseVisit>.From("v" + i.ToString(CultureInfo.InvariantCulture)), new LocalDate(2021, 1, 1).PlusDays(random.Next(365)), [office], "走访");
            visitEnterpriseIndex[i] = index;
        }

        var expected = HistogramMedianAndP90();
        Check("accumulator", AccumulatorMedianAndP90(), expected);
        Check("sort on read", SortOnRead(), expected);
        var distinct = BitmapDistinct();
        Check("distinct", AccumulatorDistinct(), distinct);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("percentile")]
    public (decimal Median, int P90) HistogramMedianAndP90()
    {
        var count = 0;
        foreach (var n in histogram)
        {
            count += n;
        }

        var median = count % 2 == 1 ? Smallest(count / 2) : (Smallest((count / 2) - 1) + Smallest(count / 2)) / 2m;
        return (median, Smallest((int)(((90L * count) + 99) / 100) - 1));
    }

    [Benchmark]
    [BenchmarkCategory("percentile")]
    public (decimal Median, int P90) AccumulatorMedianAndP90() =>
        (issues.MedianWorkingDaysToResolve()!.Value, issues.WorkingDaysToResolvePercentile(90)!.Value);

    [Benchmark]
    [BenchmarkCategory("percentile")]
    public (decimal Median, int P90) SortOnRead()
    {
        var sorted = days.Order().ToArray();
        var median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2m;
        return (median, sorted[(int)(((90L * sorted.Length) + 99) / 100) - 1]);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("distinct")]
    public int BitmapDistinct()
    {
        var bits = new ulong[(Enterprises + 63) / 64];
        var distinct = 0;
        for (var i = 0; i < visits.Length; i++)
        {
            if (!Year.Contains(visits[i].Date))
            {
                continue;
            }

            var index = visitEnterpriseIndex[i];
            ref var word = ref bits[index >> 6];
            var mask = 1UL << (index & 63);
            if ((word & mask) == 0)
            {
                word |= mask;
                distinct++;
            }
        }

        return distinct;
    }

    [Benchmark]
    [BenchmarkCategory("distinct")]
    public int AccumulatorDistinct()
    {
        var accumulator = VisitAccumulator.Empty(Year, DeliveryMode.ExactlyOnce);
        foreach (var visit in visits)
        {
            accumulator.Add(visit);
        }

        return accumulator.EnterprisesVisited;
    }

    private static void Check<T>(string path, T actual, T expected)
        where T : notnull
    {
        if (!actual.Equals(expected))
        {
            throw new InvalidOperationException($"The {path} path gives {actual}, the baseline {expected}.");
        }
    }

    private int Smallest(int index)
    {
        var seen = 0;
        for (var d = 0; d < histogram.Length; d++)
        {
            seen += histogram[d];
            if (seen > index)
            {
                return d;
            }
        }

        throw new InvalidOperationException("The index is past the histogram.");
    }
}
