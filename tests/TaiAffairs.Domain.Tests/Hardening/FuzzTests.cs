using Xunit.Abstractions;

namespace TaiAffairs.Domain.Tests.Hardening;

/// <summary>
/// The fuzzing harness in CI: a few thousand cases. A long campaign is one command (docs/hardening.md):
/// <c>FUZZ_CASES=1000000 FUZZ_THREADS=2 dotnet test tests/TaiAffairs.Domain.Tests -c Release --filter FullyQualifiedName~FuzzTests.Campaign --logger "console;verbosity=detailed"</c>
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Campaign()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_CASES"), out var n) && n > 0 ? n : 3000;
        var threads = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_THREADS"), out var t) && t > 0 ? t : 1;
        var started = DateTime.UtcNow;
        var importedBefore = FuzzHarness.Imported;
        var (run, failures) = FuzzHarness.Campaign(cases, threads);
        var summary = $"Fuzz: {run} cases run, {failures.Count} failures ({FuzzHarness.Imported - importedBefore} mutated documents imported and reviewed), {(DateTime.UtcNow - started).TotalSeconds:F0} s on {threads} thread(s) with a 1 MiB stack";
        output.WriteLine(summary);
        Console.WriteLine(summary);
        foreach (var failure in failures.Take(20))
        {
            output.WriteLine(failure);
        }

        Assert.Equal(cases, run);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5)));
    }

    [Fact]
    public void AProblemPathIsInside_OnlyWhenItsParentExists()
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse("{\"a\": [{\"b\": 1}]}");

        Assert.True(FuzzHarness.IsInside(root, "$.a[0].missing"));
        Assert.False(FuzzHarness.IsInside(root, "$.a[3].b"));
        Assert.False(FuzzHarness.IsInside(root, "a"));
    }
}
