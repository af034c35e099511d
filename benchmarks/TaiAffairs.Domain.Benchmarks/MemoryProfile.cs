using System.Diagnostics;
using System.Globalization;

namespace TaiAffairs.Domain.Benchmarks;

/// <summary>
/// Peak memory of one aggregation path over N records, in a process of its own (the peak working set is the
/// process's): <c>-- --memory 10000000 exactly-once</c> (paths: <c>hand</c>, <c>exactly-once</c>,
/// <c>at-least-once</c>, <c>at-least-once-presized</c>, <c>review</c>). Prints the records' own size (the managed
/// heap they hold), the peak working set, their ratio, the path's figures checked against the hand loop's, and one
/// pass's wall time for orientation (speed is judged by the BenchmarkDotNet classes, not here).
/// </summary>
public static class MemoryProfile
{
    public static int Run(string records, string path)
    {
        var n = int.Parse(records, CultureInfo.InvariantCulture);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var benchmarks = new ReviewFigureBenchmarks { Records = n };
        benchmarks.BuildRecords();
        var recordBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var afterRecords = process.PeakWorkingSet64;

        Func<ReviewFigureBenchmarks.Figures[]> run = path switch
        {
            "hand" => benchmarks.HandWrittenLoop,
            "exactly-once" => benchmarks.AccumulatorsExactlyOnce,
            "at-least-once" => benchmarks.AccumulatorsAtLeastOnce,
            "at-least-once-presized" => benchmarks.AccumulatorsAtLeastOncePresized,
            "review" => benchmarks.ReviewBuilder,
            _ => throw new ArgumentException($"Unknown path '{path}'.", nameof(path)),
        };
        var watch = Stopwatch.StartNew();
        var figures = run();
        watch.Stop();
        process.Refresh();
        var peak = process.PeakWorkingSet64;
        var expected = benchmarks.HandWrittenLoop();
        var same = figures.SequenceEqual(expected);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"path={path} records={n} recordBytes={recordBytes} ({recordBytes / (double)n:F0} B/record) peakWorkingSetAfterRecords={afterRecords} peakWorkingSet={peak} ratio={peak / (double)recordBytes:F2} onePass={watch.Elapsed.TotalSeconds:F2}s figuresEqual={same}"));
        return same ? 0 : 1;
    }
}
