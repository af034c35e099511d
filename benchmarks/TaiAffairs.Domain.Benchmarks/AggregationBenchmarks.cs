using BenchmarkDotNet.Attributes;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Reporting;

namespace TaiAffairs.Domain.Benchmarks;

/// <summary>
/// The reporting hot path: adding 100,000 enterprise visits to a <see cref="VisitAccumulator"/> (idempotent by
/// id, person-times and distinct enterprises) against the loop a caller would write by hand with a
/// <see cref="HashSet{T}"/> of ids and a dictionary of enterprises (the baseline). Both are presized, so the
/// allocation column shows what adding costs per record once warmed.
/// </summary>
[MemoryDiagnoser]
public class AggregationBenchmarks
{
    private EnterpriseVisit[] visits = [];
    private readonly ReportingPeriod year = ReportingPeriod.ForYear(2021);

    /// <summary>How many visits one operation adds.</summary>
    [Params(100_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2021);
        var office = Id<Department>.From("tai-office");
        var enterprises = Enumerable.Range(0, 1_000).Select(i =>
        {
            var body = "91120115MA" + (1_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Enterprise.Register(Id<Enterprise>.From($"e{i}"), UnifiedSocialCreditCode.Parse(body + UnifiedSocialCreditCode.ComputeCheckCharacter(body)), "台企", Industry.AutoParts, District.Baodi, new LocalDate(2020, 1, 1));
        }).ToArray();
        visits = Enumerable.Range(0, Records)
            .Select(i => enterprises[random.Next(enterprises.Length)].RecordVisit(Id<EnterpriseVisit>.From($"v{i}"), new LocalDate(2021, 1, 1).PlusDays(random.Next(365)), [office], "走访"))
            .ToArray();
    }

    [Benchmark(Baseline = true)]
    public int HandWrittenLoop()
    {
        var seen = new HashSet<string>(visits.Length, StringComparer.Ordinal);
        var subjects = new Dictionary<string, int>(1_000, StringComparer.Ordinal);
        var total = 0;
        foreach (var visit in visits)
        {
            if (year.Contains(visit.Date) && seen.Add(visit.Id.Value))
            {
                total++;
                subjects.TryGetValue(visit.Enterprise.Value, out var n);
                subjects[visit.Enterprise.Value] = n + 1;
            }
        }

        return total + subjects.Count;
    }

    [Benchmark]
    public int VisitAccumulatorAdd()
    {
        var accumulator = VisitAccumulator.Empty(year);
        accumulator.EnsureCapacity(visits.Length);
        foreach (var visit in visits)
        {
            accumulator.Add(visit);
        }

        return accumulator.EnterpriseVisits + accumulator.EnterprisesVisited;
    }

    [Benchmark]
    public int SplitInFourAndMerge()
    {
        var quarter = visits.Length / 4;
        var parts = new VisitAccumulator[4];
        for (var p = 0; p < 4; p++)
        {
            parts[p] = VisitAccumulator.Empty(year);
            parts[p].EnsureCapacity(quarter);
            for (var i = p * quarter; i < (p + 1) * quarter; i++)
            {
                parts[p].Add(visits[i]);
            }
        }

        var merged = parts[0].Merge(parts[1]).Merge(parts[2].Merge(parts[3]));
        return merged.EnterpriseVisits + merged.EnterprisesVisited;
    }
}
