using BenchmarkDotNet.Attributes;
using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Benchmarks;

/// <summary>
/// Due dates and working-day counts, the calendar's per-record work: the O(1) table lookup against a
/// day-by-day loop over the same calendar (the baseline a caller would write by hand).
/// </summary>
[MemoryDiagnoser]
public class WorkingDayBenchmarks
{
    private readonly WorkingDayCalendar calendar = WorkingDayCalendar.ChinaMainland;
    private LocalDate[] dates = [];

    /// <summary>How many working days each due date lies ahead (限期).</summary>
    [Params(5, 60)]
    public int Days { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2021);
        dates = Enumerable.Range(0, 1024).Select(_ => new LocalDate(2008, 1, 1).PlusDays(random.Next(0, 6500))).ToArray();
    }

    [Benchmark(Baseline = true)]
    public long DayByDayLoop()
    {
        long sum = 0;
        foreach (var date in dates)
        {
            var d = date;
            var left = Days;
            while (left > 0)
            {
                d = d.PlusDays(1);
                if (calendar.IsWorkingDay(d))
                {
                    left--;
                }
            }

            sum += d.Day;
        }

        return sum;
    }

    [Benchmark]
    public long AddWorkingDays()
    {
        long sum = 0;
        foreach (var date in dates)
        {
            sum += calendar.AddWorkingDays(date, Days).Day;
        }

        return sum;
    }

    [Benchmark]
    public long WorkingDaysBetween()
    {
        long sum = 0;
        foreach (var date in dates)
        {
            sum += calendar.WorkingDaysBetween(date, date.PlusDays(Days));
        }

        return sum;
    }
}
