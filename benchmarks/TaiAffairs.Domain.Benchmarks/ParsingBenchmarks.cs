using System.Globalization;
using BenchmarkDotNet.Attributes;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Benchmarks;

/// <summary>
/// Parsing the reviews' phrases at an import boundary: Money and ReportedQuantity against parsing bare
/// decimals of the same digits (the baseline), 1,024 values per operation.
/// </summary>
[MemoryDiagnoser]
public class ParsingBenchmarks
{
    private readonly string[] numbers = ["300", "58.09", "15", "1234.50"];
    private readonly string[] amounts = ["300万", "58.09万元", "15万元", "1,234.50元"];
    private readonly string[] phrases = ["10余个", "20户次", "近百人", "500余份"];

    [Benchmark(Baseline = true)]
    public decimal ParseBareDecimals()
    {
        decimal total = 0;
        for (var i = 0; i < 1024; i++)
        {
            total += decimal.Parse(numbers[i & 3], CultureInfo.InvariantCulture);
        }

        return total;
    }

    [Benchmark]
    public Money ParseMoney()
    {
        var total = Money.Zero;
        for (var i = 0; i < 1024; i++)
        {
            total += Money.Parse(amounts[i & 3]);
        }

        return total;
    }

    [Benchmark]
    public long ParseQuantities()
    {
        long total = 0;
        for (var i = 0; i < 1024; i++)
        {
            total += ReportedQuantity.Parse(phrases[i & 3]).Lower;
        }

        return total;
    }
}
