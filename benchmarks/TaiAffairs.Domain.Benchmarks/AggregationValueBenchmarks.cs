using System.Globalization;
using BenchmarkDotNet.Attributes;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Benchmarks;

/// <summary>
/// The kernel's value types on an aggregation's hot path: summing Money and ReportedQuantity against summing
/// the same amounts as raw longs of fen (the baseline). Both sums are checked for overflow.
/// </summary>
[MemoryDiagnoser]
public class AggregationValueBenchmarks
{
    private readonly long[] fen = new long[4096];
    private readonly Money[] amounts = new Money[4096];
    private readonly ReportedQuantity[] quantities = new ReportedQuantity[4096];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2021);
        for (var i = 0; i < fen.Length; i++)
        {
            fen[i] = random.Next(1, 10_000_000);
            amounts[i] = Money.FromFen(fen[i]);
            quantities[i] = i % 3 == 0 ? ReportedQuantity.Over(10, QuantityUnit.Ge) : ReportedQuantity.Exact(i % 50, QuantityUnit.Ge);
        }
    }

    [Benchmark(Baseline = true)]
    public long SumRawFen()
    {
        long total = 0;
        foreach (var value in fen)
        {
            total = checked(total + value);
        }

        return total;
    }

    [Benchmark]
    public Money SumMoney() => Money.Sum(amounts);

    [Benchmark]
    public ReportedQuantity SumQuantities()
    {
        var total = ReportedQuantity.Zero(QuantityUnit.Ge);
        foreach (var quantity in quantities)
        {
            total += quantity;
        }

        return total;
    }
}
