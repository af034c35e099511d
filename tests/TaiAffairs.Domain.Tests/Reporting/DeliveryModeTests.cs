using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.Reporting;

namespace TaiAffairs.Domain.Tests.Reporting;

/// <summary>
/// Issue 13: the two delivery modes give the same figures for the same distinct records; an exactly-once
/// accumulator keeps no record and refuses what needs one; merging in place equals merging into a new one.
/// </summary>
[Properties(Arbitrary = new[] { typeof(RecordGenerators) }, MaxTest = 60)]
public class DeliveryModeTests
{
    private static FigureAccumulators OnePass(IEnumerable<GeneratedRecord> records, DeliveryMode mode)
    {
        var accumulators = FigureAccumulators.Empty(RecordGenerators.Year, RecordGenerators.Calendar, mode);
        foreach (var record in records)
        {
            record.AddTo(accumulators);
        }

        return accumulators;
    }

    private static GeneratedRecord[] Distinct(GeneratedRecord[] records) => records.DistinctBy(r => r.Key).ToArray();

    [Property]
    public bool ExactlyOnce_GivesTheFiguresOfAtLeastOnce_ForDistinctRecords(GeneratedRecord[] records)
    {
        var distinct = Distinct(records);
        return OnePass(distinct, DeliveryMode.ExactlyOnce).ToJson() == OnePass(distinct, DeliveryMode.AtLeastOnce).ToJson();
    }

    [Property]
    public Property ExactlyOnce_SplitIntoDisjointPartsAndMerged_EqualsOnePass(GeneratedRecord[] records) =>
        Prop.ForAll(
            Arb.From(from parts in Gen.Choose(1, 6) from seed in Gen.Choose(0, 10_000) select (parts, seed)),
            t =>
            {
                var distinct = Distinct(records);
                var random = new Random(t.seed);
                var parts = distinct.GroupBy(_ => random.Next(t.parts)).Select(g => OnePass(g, DeliveryMode.ExactlyOnce)).ToArray();
                var merged = parts.Aggregate(FigureAccumulators.Empty(RecordGenerators.Year, RecordGenerators.Calendar, DeliveryMode.ExactlyOnce), (acc, p) => acc.Merge(p));
                var inPlace = FigureAccumulators.Empty(RecordGenerators.Year, RecordGenerators.Calendar, DeliveryMode.ExactlyOnce);
                foreach (var part in parts)
                {
                    inPlace.UnionWith(part);
                }

                var onePass = OnePass(distinct, DeliveryMode.ExactlyOnce).ToJson();
                return merged.ToJson() == onePass && inPlace.ToJson() == onePass;
            });

    [Property]
    public bool UnionWith_EqualsMerge_AndLeavesTheOtherUnchanged(GeneratedRecord[] records, int seed)
    {
        // Overlapping parts: each record goes to one or both.
        var random = new Random(seed);
        var left = records.Where(_ => random.Next(3) != 0).ToArray();
        var right = records.Where(_ => random.Next(3) != 0).ToArray();
        var a = OnePass(left, DeliveryMode.AtLeastOnce);
        var b = OnePass(right, DeliveryMode.AtLeastOnce);
        var bBefore = b.ToJson();
        var merged = a.Merge(b).ToJson();
        a.UnionWith(b);
        b.UnionWith(b);
        return a.ToJson() == merged && b.ToJson() == bBefore && merged == OnePass(left.Concat(right), DeliveryMode.AtLeastOnce).ToJson();
    }

    [Fact]
    public void AnExactlyOnceAccumulator_RefusesWhatNeedsARecordsKey_AndChangesNothing()
    {
        var records = RecordGenerators.Build(7, 2);
        var issue = records.Select(r => r.Record).OfType<ServiceIssue>().First();
        var accumulator = IssueAccumulator.Empty(RecordGenerators.Year, RecordGenerators.Calendar, DeliveryMode.ExactlyOnce);
        accumulator.Add(issue);
        var before = accumulator.ToJson();

        var replace = Assert.Throws<InvalidOperationException>(() => accumulator.Replace(issue));
        Assert.Throws<InvalidOperationException>(() => accumulator.Remove(issue));
        Assert.Throws<InvalidOperationException>(() => accumulator.Contains(RecordKey.Of(issue)));
        Assert.Throws<InvalidOperationException>(() => accumulator.Keys());
        Assert.Contains("AtLeastOnce", replace.Message, StringComparison.Ordinal);
        Assert.Equal(before, accumulator.ToJson());
        Assert.Equal(1, accumulator.Count);
    }

    [Fact]
    public void AccumulatorsOfDifferentModes_DoNotMerge_AndNothingChanges()
    {
        var once = FigureAccumulators.Empty(RecordGenerators.Year, RecordGenerators.Calendar, DeliveryMode.ExactlyOnce);
        var keyed = OnePass(RecordGenerators.Build(3, 2), DeliveryMode.AtLeastOnce);
        var before = keyed.ToJson();

        Assert.Throws<ArgumentException>(() => keyed.Merge(once));
        Assert.Throws<ArgumentException>(() => keyed.UnionWith(once));
        Assert.Throws<ArgumentException>(() => keyed.Issues.UnionWith(once.Issues));
        Assert.Equal(before, keyed.ToJson());
        Assert.Throws<ArgumentOutOfRangeException>(() => VisitAccumulator.Empty(RecordGenerators.Year, (DeliveryMode)7));
    }

    [Fact]
    public void AnExactlyOnceAccumulator_CountsLikeAKeyedOne_WithoutKeepingKeys()
    {
        // Its memory per record is measured in the benchmarks (docs/performance.md); here, that it keeps no key.
        var records = RecordGenerators.Build(11, 40).Where(r => r.Record is TaiAffairs.Domain.Enterprises.EnterpriseVisit).DistinctBy(r => r.Key).ToArray();
        var once = OnePass(records, DeliveryMode.ExactlyOnce);
        var keyed = OnePass(records, DeliveryMode.AtLeastOnce);

        Assert.Equal(keyed.Visits.EnterpriseVisits, once.Visits.EnterpriseVisits);
        Assert.Equal(keyed.Visits.Count, once.Visits.Count);
        Assert.Equal(keyed.Visits.EnterprisesVisited, once.Visits.EnterprisesVisited);
        Assert.Throws<InvalidOperationException>(() => once.Visits.Keys());
        Assert.Equal(keyed.Visits.Count, keyed.Visits.Keys().Count());
    }
}
