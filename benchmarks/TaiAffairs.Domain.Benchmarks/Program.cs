using BenchmarkDotNet.Running;

namespace TaiAffairs.Domain.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project benchmarks/TaiAffairs.Domain.Benchmarks -- --filter '*'</c>.
/// BenchmarkDotNet exits 0 even when a benchmark throws, so this returns 1 when any report failed.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["--memory", var records, var path])
        {
            return MemoryProfile.Run(records, path);
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToArray();
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        if (failed)
        {
            Console.Error.WriteLine("At least one benchmark failed.");
        }

        return failed ? 1 : 0;
    }
}
