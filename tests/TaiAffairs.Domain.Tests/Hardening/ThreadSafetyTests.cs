using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.Reporting;
using TaiAffairs.Domain.Tests.Interchange;

namespace TaiAffairs.Domain.Tests.Hardening;

/// <summary>
/// The thread-safety contract of docs/hardening.md: accumulators are single-writer, so a host aggregates one
/// partition per thread and merges; immutable values, the calendar, importer, exporter and renderers are shared
/// freely. The results equal the sequential ones.
/// </summary>
[Properties(Arbitrary = new[] { typeof(RecordGenerators) }, MaxTest = 30)]
public class ThreadSafetyTests
{
    [Property]
    public void PartitionsAggregatedOnSeveralThreads_ThenMerged_EqualOnePass(GeneratedRecord[] records, int seed)
    {
        var sequential = FigureAccumulators.Empty(RecordGenerators.Year, RecordGenerators.Calendar);
        foreach (var record in records)
        {
            record.AddTo(sequential);
        }

        var random = new Random(seed);
        var partitions = Enumerable.Range(0, 4).Select(_ => new List<GeneratedRecord>()).ToArray();
        foreach (var record in records)
        {
            partitions[random.Next(partitions.Length)].Add(record);
        }

        var states = new FigureAccumulators[partitions.Length];
        Parallel.ForEach(Enumerable.Range(0, partitions.Length), new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var state = FigureAccumulators.Empty(RecordGenerators.Year, RecordGenerators.Calendar);
            foreach (var record in partitions[i])
            {
                record.AddTo(state);
            }

            states[i] = state;
        });
        var merged = states.Aggregate(FigureAccumulators.Empty(RecordGenerators.Year, RecordGenerators.Calendar), (a, b) => a.Merge(b));

        Assert.Equal(sequential.ToJson(), merged.ToJson());
    }

    [Fact]
    public void TheSharedServices_GiveTheSameResultsOnManyThreadsAtOnce()
    {
        var json = Tianjin2021DataSetTests.DataSetJson();
        var expected = Render(json);
        var results = new string[16];

        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = Render(json));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    private static string Render(string json)
    {
        var dataSet = DataSetImporter.Import(json).DataSet!;
        var city = dataSet.ToReviewBuilder(WorkingDayCalendar.ChinaMainland).BuildCity();
        return DataSetExporter.Export(dataSet) + JsonReviewRenderer.Render(city) + ChineseTextRenderer.Render(city) + MarkdownRenderer.Render(city);
    }
}
