using System.Text.Json.Nodes;
using TaiAffairs.Domain.Interchange;

namespace TaiAffairs.Domain.Tests.Interchange;

/// <summary>Issue 14: format version 2, and the migration of version-1 files (docs/interchange.md).</summary>
public class FormatMigrationTests
{
    private static JsonNode Seed() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "docs", "examples", "Tianjin2021", "tianjin-2021.json")))!;

    [Fact]
    public void AVersion1File_ReadsAsItIs_AndIsWrittenBackAsVersion2_WithTheSameRecords()
    {
        var v1 = Seed();
        v1["formatVersion"] = 1;

        var imported = DataSetImporter.Import(v1.ToJsonString());
        Assert.True(imported.Success, string.Join("\n", imported.Problems));
        var exported = DataSetExporter.Export(imported.DataSet!);
        Assert.Equal(DataSetFormat.Version, JsonNode.Parse(exported)!["formatVersion"]!.GetValue<int>());
        var again = DataSetImporter.Import(exported);
        Assert.True(again.Success);
        Assert.Equal(exported, DataSetExporter.Export(again.DataSet!));
        Assert.Equal(
            DataSetExporter.Export(DataSetImporter.Import(Seed().ToJsonString()).DataSet!),
            exported);
    }

    [Fact]
    public void AVersion1File_WithAStepOfVersion2_IsAProblemAtTheStep()
    {
        var v1 = Seed();
        v1["formatVersion"] = 1;
        var issue = v1["issues"]!.AsArray().First(i => i!["steps"]!.AsArray().Any(s => s!["to"]?.GetValue<string>() == "Assigned"))!;
        var steps = issue["steps"]!.AsArray();
        var assigned = steps.IndexOf(steps.First(s => s!["to"]?.GetValue<string>() == "Assigned"));
        var date = steps[assigned]!["date"]!.GetValue<string>();
        steps.Insert(assigned + 1, new JsonObject { ["to"] = "OnHold", ["date"] = date, ["holdReason"] = "WaitingOnApplicant" });
        steps.Insert(assigned + 2, new JsonObject { ["to"] = "Resumed", ["date"] = date });

        var result = DataSetImporter.Import(v1.ToJsonString());

        Assert.False(result.Success);
        Assert.Contains(result.Problems, p => p.Code == "format.version" && p.Path.Contains(".steps[", StringComparison.Ordinal));

        v1["formatVersion"] = 2;
        var asVersion2 = DataSetImporter.Import(v1.ToJsonString());
        Assert.True(asVersion2.Success, string.Join("\n", asVersion2.Problems));
        var held = asVersion2.DataSet!.Issues.Single(i => i.Id.Value == issue["id"]!.GetValue<string>());
        Assert.Single(held.Holds);
    }

    [Fact]
    public void AHoldWithoutItsReason_IsAProblem()
    {
        var document = Seed();
        var steps = document["issues"]!.AsArray()[0]!["steps"]!.AsArray();
        steps.Insert(1, new JsonObject { ["to"] = "OnHold", ["date"] = steps[0]!["date"]!.GetValue<string>() });

        var result = DataSetImporter.Import(document.ToJsonString());

        Assert.False(result.Success);
        Assert.Contains(result.Problems, p => p.Path.EndsWith("holdReason", StringComparison.Ordinal));
    }
}
