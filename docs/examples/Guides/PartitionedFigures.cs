using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.Reporting;

namespace Guides;

/// <summary>Accumulators partition by partition: each partition aggregated apart (here on the thread pool), then merged.</summary>
public static class PartitionedFigures
{
    // <snippet partitions>
    public static int Run(DataSet data, int partitions)
    {
        var year = ReportingPeriod.ForYear(data.Year);
        var calendar = WorkingDayCalendar.ChinaMainland;

        // Any split works (law 2); here issues go by the hash of their id, as a distributed engine would route them.
        var parts = new FigureAccumulators[partitions];
        Parallel.For(0, partitions, p =>
        {
            var part = FigureAccumulators.Empty(year, calendar);
            foreach (var issue in data.Issues.Where(i => (uint)i.Id.Value.GetHashCode(StringComparison.Ordinal) % partitions == p))
            {
                part.Add(issue);
            }

            foreach (var visit in data.Enterprises.SelectMany(e => e.Visits).Where(v => (uint)v.Id.Value.GetHashCode(StringComparison.Ordinal) % partitions == p))
            {
                part.Add(visit);
            }

            parts[p] = part;
        });

        var merged = FigureAccumulators.Empty(year, calendar);
        foreach (var part in parts)
        {
            merged.UnionWith(part);
        }

        // One pass over the same records gives the same figures.
        var onePass = FigureAccumulators.Empty(year, calendar);
        foreach (var issue in data.Issues)
        {
            onePass.Add(issue);
        }

        foreach (var visit in data.Enterprises.SelectMany(e => e.Visits))
        {
            onePass.Add(visit);
        }

        var equal = merged.ToJson() == onePass.ToJson();
        Console.WriteLine($"{partitions} partitions merged: {merged.Issues.Resolved} issues resolved, {merged.Visits.EnterpriseVisits} visits; equal to one pass: {equal}");
        return equal ? 0 : 1;
    }

    // </snippet>
}
