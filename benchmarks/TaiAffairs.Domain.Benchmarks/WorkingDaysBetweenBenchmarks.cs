using BenchmarkDotNet.Attributes;
using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Benchmarks;

/// <summary>
/// Issue 13: working days between 1,000,000 random pairs of dates (spans of 0-120 days, 2008-2025), with the
/// calendar's prefix table against the loop a caller would write: day by day over hash sets of the State Council's
/// holidays and make-up working days (the baseline). <see cref="Setup"/> checks both give the same count for every
/// pair.
/// </summary>
[MemoryDiagnoser]
public class WorkingDaysBetweenBenchmarks
{
    private const int Pairs = 1_000_000;
    private readonly WorkingDayCalendar calendar = WorkingDayCalendar.ChinaMainland;
    private LocalDate[] starts = [];
    private LocalDate[] ends = [];
    private readonly HashSet<LocalDate> holidays = [];
    private readonly HashSet<LocalDate> makeUpDays = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2021);
        starts = new LocalDate[Pairs];
        ends = new LocalDate[Pairs];
        for (var i = 0; i < Pairs; i++)
        {
            starts[i] = new LocalDate(2008, 1, 1).PlusDays(random.Next(0, 6400));
            ends[i] = starts[i].PlusDays(random.Next(0, 121));
        }

        // The holiday sets a caller would build from the notices: every weekday off, every weekend day worked.
        for (var d = new LocalDate(2008, 1, 1); d <= new LocalDate(2025, 12, 31); d = d.PlusDays(1))
        {
            var weekend = d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
            if (!weekend && !calendar.IsWorkingDay(d))
            {
                holidays.Add(d);
            }
            else if (weekend && calendar.IsWorkingDay(d))
            {
                makeUpDays.Add(d);
            }
        }

        if (DayByDayOverHolidaySets() != TableLookup())
        {
            throw new InvalidOperationException("The table and the day loop count different working days.");
        }
    }

    [Benchmark(Baseline = true)]
    public long DayByDayOverHolidaySets()
    {
        long sum = 0;
        for (var i = 0; i < starts.Length; i++)
        {
            var count = 0;
            for (var d = starts[i].PlusDays(1); d <= ends[i]; d = d.PlusDays(1))
            {
                var weekend = d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
                if (weekend ? makeUpDays.Contains(d) : !holidays.Contains(d))
                {
                    count++;
                }
            }

            sum += count;
        }

        return sum;
    }

    [Benchmark]
    public long TableLookup()
    {
        long sum = 0;
        for (var i = 0; i < starts.Length; i++)
        {
            sum += calendar.WorkingDaysBetween(starts[i], ends[i]);
        }

        return sum;
    }
}
