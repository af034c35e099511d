using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.Reporting;

namespace TaiAffairs.Domain.Tests.Reporting;

/// <summary>
/// Issue 13: the documented allocation guarantees, counted in bytes (not timed): once warmed and presized, adding
/// records allocates nothing, and reading a median or percentile allocates nothing.
/// </summary>
public class AllocationTests
{
    private static long AllocatedBy(Action action)
    {
        action();
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static (EnterpriseVisit[] Visits, ServiceIssue[] Issues) Records()
    {
        var records = RecordGenerators.Build(5, 40);
        return (records.Select(r => r.Record).OfType<EnterpriseVisit>().DistinctBy(v => RecordKey.Of(v)).ToArray(),
            records.Select(r => r.Record).OfType<ServiceIssue>().DistinctBy(i => i.Id).ToArray());
    }

    [Theory]
    [InlineData(DeliveryMode.ExactlyOnce)]
    [InlineData(DeliveryMode.AtLeastOnce)]
    public void AddingRecords_AllocatesNothing_OnceTheTablesHaveGrown(DeliveryMode mode)
    {
        // An accumulator's tables grow with the records' keys, subjects and longest duration; once grown (here: a
        // clone of one that took the same records, emptied again when keyed), adding allocates nothing.
        var (visits, issues) = Records();
        Assert.True(visits.Length > 20 && issues.Length > 5, "the generator should give records to add");
        var warmVisits = VisitAccumulator.Empty(RecordGenerators.Year, mode);
        var warmIssues = IssueAccumulator.Empty(RecordGenerators.Year, RecordGenerators.Calendar, mode);
        AddAll(warmVisits, warmIssues, visits, issues);
        var visitAccumulator = warmVisits.Clone();
        var issueAccumulator = warmIssues.Clone();
        if (mode == DeliveryMode.AtLeastOnce)
        {
            foreach (var key in warmVisits.Keys())
            {
                visitAccumulator.Remove(key);
            }

            foreach (var key in warmIssues.Keys())
            {
                issueAccumulator.Remove(key);
            }
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        AddAll(visitAccumulator, issueAccumulator, visits, issues);
        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, bytes);
        if (mode == DeliveryMode.AtLeastOnce)
        {
            Assert.Equal(warmVisits.ToJson(), visitAccumulator.ToJson());
            Assert.Equal(warmIssues.ToJson(), issueAccumulator.ToJson());
        }
    }

    private static void AddAll(VisitAccumulator visitAccumulator, IssueAccumulator issueAccumulator, EnterpriseVisit[] visits, ServiceIssue[] issues)
    {
        foreach (var visit in visits)
        {
            visitAccumulator.Add(visit);
        }

        foreach (var issue in issues)
        {
            issueAccumulator.Add(issue);
        }
    }

    [Fact]
    public void ReadingTheMedianAndPercentiles_AllocatesNothing()
    {
        var (_, issues) = Records();
        var accumulator = IssueAccumulator.Empty(RecordGenerators.Year, RecordGenerators.Calendar);
        foreach (var issue in issues)
        {
            accumulator.Add(issue);
        }

        var bytes = AllocatedBy(() =>
        {
            _ = accumulator.MedianWorkingDaysToResolve();
            _ = accumulator.WorkingDaysToResolvePercentile(90);
        });

        Assert.Equal(0, bytes);
    }
}
