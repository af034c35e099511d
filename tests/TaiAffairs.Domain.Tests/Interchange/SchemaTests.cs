using System.Text.Json;
using TaiAffairs.Domain.Interchange;

namespace TaiAffairs.Domain.Tests.Interchange;

/// <summary>docs/dataset.schema.json describes every field the exporter writes, and the 2021 data set fits it.</summary>
public class SchemaTests
{
    private static JsonElement Schema() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "docs", "dataset.schema.json"))).RootElement.Clone();

    [Fact]
    public void Schema_CoversEveryFieldOfExports()
    {
        var schema = Schema();
        var unknown = new List<string>();
        foreach (var seed in Enumerable.Range(0, 20))
        {
            using var export = JsonDocument.Parse(DataSetExporter.Export(DataSetGenerators.Build(seed, 3)));
            Walk(schema, schema, export.RootElement, "$", unknown);
        }

        using var seedData = JsonDocument.Parse(Tianjin2021DataSetTests.DataSetJson());
        Walk(schema, schema, seedData.RootElement, "$", unknown);
        Assert.Empty(unknown.Distinct());

        using var bogus = JsonDocument.Parse("{\"formatVersion\": 1, \"enterprises\": [{\"id\": \"e\", \"colour\": \"red\"}]}");
        Walk(schema, schema, bogus.RootElement, "$", unknown);
        Assert.Equal(["$.enterprises[].colour"], unknown);
    }

    private static void Walk(JsonElement root, JsonElement schema, JsonElement value, string path, List<string> unknown)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            schema = root.GetProperty("$defs").GetProperty(reference.GetString()!["#/$defs/".Length..]);
        }

        if (value.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in value.EnumerateObject())
            {
                if (properties.TryGetProperty(property.Name, out var child))
                {
                    Walk(root, child, property.Value, path + "." + property.Name, unknown);
                }
                else
                {
                    unknown.Add(path + "." + property.Name);
                }
            }
        }
        else if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            foreach (var item in value.EnumerateArray())
            {
                Walk(root, items, item, path + "[]", unknown);
            }
        }
    }
}
