using System.Text.Json;
using Json.Schema;
using TaiAffairs.Domain.Interchange;

namespace TaiAffairs.Domain.Tests.Interchange;

/// <summary>
/// docs/dataset.schema.json, checked by a real JSON Schema validator (JsonSchema.Net): every exported document and the
/// 2021 data set are valid, and every document the importer refuses for its shape (a <c>field.*</c> problem) the
/// schema refuses too, so a tool that validates against the schema and the importer agree.
/// </summary>
public class SchemaValidationTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(Repository.Root, "docs", "dataset.schema.json")), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Explain(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => d.InstanceLocation + ": " + string.Join(", ", d.Errors!.Values)));

    [Fact]
    public void TheTianjin2021DataSet_IsValid()
    {
        var results = Evaluate(Tianjin2021DataSetTests.DataSetJson());

        Assert.True(results.IsValid, Explain(results));
    }

    [Fact]
    public void EveryExportedDocument_IsValid()
    {
        foreach (var seed in Enumerable.Range(0, 25))
        {
            var results = Evaluate(DataSetExporter.Export(DataSetGenerators.Build(seed, 3)));

            Assert.True(results.IsValid, $"seed {seed}: {Explain(results)}");
        }
    }

    /// <summary>The hostile documents the importer refuses for their shape: well-formed JSON with an unknown, mistyped or missing field.</summary>
    public static TheoryData<string, string> ShapeCorpus()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in HostileDocumentTests.Corpus())
        {
            var (document, code, path) = ((string)row[0], (string)row[1], (string)row[2]);
            if (code is "field.unknown" or "field.type" or "field.missing" && IsWellFormed(document))
            {
                data.Add(document, path);
            }
        }

        return data;
    }

    [Fact]
    public void TheShapeCorpus_IsNotEmpty() => Assert.True(ShapeCorpus().Count >= 10);

    [Theory]
    [MemberData(nameof(ShapeCorpus))]
    public void ADocumentRefusedForItsShape_IsRefusedByTheSchemaToo(string document, string path)
    {
        Assert.False(Evaluate(document).IsValid, "the schema accepts a document the importer refuses at " + path);
    }

    private static bool IsWellFormed(string document)
    {
        try
        {
            using var parsed = JsonDocument.Parse(document);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

/// <summary>
/// The schema is not written by hand: docs/dataset.schema.json is what <see cref="DataSetFormat.JsonSchema"/> produces
/// from the one description the importer and exporter use (decision 0011). Regenerate with UPDATE_GOLDEN=1.
/// </summary>
public class SchemaIsGeneratedTests
{
    [Fact]
    public void TheCheckedInSchema_IsTheGeneratedOne()
    {
        var generated = DataSetFormat.JsonSchema();
        var path = SchemaPath();
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.Equal(generated, File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void TheGeneratedSchema_IsAValidDraft202012Schema_ThatRefusesUnknownFields()
    {
        var schema = JsonSchema.FromText(DataSetFormat.JsonSchema(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var bogus = JsonDocument.Parse("{\"formatVersion\": 1, \"year\": 2021, \"enterprises\": [{\"id\": \"e\", \"colour\": \"red\"}]}");

        Assert.False(schema.Evaluate(bogus.RootElement).IsValid);
    }

    private static string SchemaPath() => Path.Combine(Repository.Root, "docs", "dataset.schema.json");
}
