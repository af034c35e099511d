using FsCheck.Xunit;
using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.Reporting;
using TaiAffairs.Domain.Tests.Generators;

namespace TaiAffairs.Domain.Tests.Reporting;

/// <summary>
/// Issue 11: a value the data set had to make up is never printed as fact, and an editor's note is never rendered,
/// in any renderer; both survive the data-set format.
/// </summary>
public class IllustrativeTests
{
    private static DataSet Annotated(int seed)
    {
        var data = DataSetGenerators.Build(Math.Abs(seed % 1000), 2);
        var notes = data.Issues.Select((i, n) => new RecordAnnotation("issue", i.Id.Value, ["raisedOn", "steps"], $"EDITOR-NOTE-{n}-只供编辑"))
            .Concat(data.Enterprises.Select((e, n) => new RecordAnnotation("enterprise", e.Id.Value, ["creditCode", "registeredOn"], $"EDITOR-NOTE-E{n}")))
            .Concat(data.Departments.Select((d, n) => new RecordAnnotation("department", d.Id.Value, [], $"EDITOR-NOTE-D{n}")));
        return DataSet.Create(
            data.Year, data.Note, data.Departments, data.LeadingGroups, data.Enterprises, data.Compatriots, data.Issues, data.Awards, data.Mechanisms,
            data.Events, data.Trainings, data.Publicity, data.Declared, data.Cases, data.Titles, notes);
    }

    private static string RenderAll(DataSet data)
    {
        var city = data.ToReviewBuilder(WorkingDayCalendar.ChinaMainland).BuildCity();
        return ChineseTextRenderer.Render(city) + MarkdownRenderer.Render(city) + JsonReviewRenderer.Render(city);
    }

    [Property(MaxTest = 40)]
    public bool NoIllustrativeDate_AndNoEditorsNote_IsEverRendered(int seed)
    {
        var data = Annotated(seed);
        var text = RenderAll(data);
        var madeUpDays = data.Issues.SelectMany(i => i.History.Select(h => h.Date)).Distinct()
            .SelectMany(d => new[] { d.ToString("uuuu年M月d日", null), d.ToString("uuuu-MM-dd", null) });

        return !text.Contains("EDITOR-NOTE", StringComparison.Ordinal) && !madeUpDays.Any(day => text.Contains(day, StringComparison.Ordinal));
    }

    [Property(MaxTest = 40)]
    public bool Annotations_SurviveTheFormat(int seed)
    {
        var data = Annotated(seed);
        var export = DataSetExporter.Export(data);
        var again = DataSetImporter.Import(export);

        return again.Success
            && DataSetExporter.Export(again.DataSet!) == export
            && again.DataSet!.Annotations.Count == data.Annotations.Count
            && data.Issues.All(i => again.DataSet.IsIllustrative("issue", i.Id.Value, "steps"));
    }

    [Fact]
    public void TheSameDataWithoutMarks_PrintsItsDaysOfRecord()
    {
        // A host's own records are facts: with no mark, a case prints its days of record and its duration.
        var (data, issue) = Enumerable.Range(0, 50)
            .Select(seed => DataSetGenerators.Build(seed, 3))
            .SelectMany(d => d.Cases.Select(c => (Data: d, Issue: d.Issues.First(i => i.Id == c.Issue))))
            .First(t => t.Issue.ResolvedOn is not null);

        Assert.Contains(issue.ResolvedOn!.Value.ToString("uuuu年M月d日", null), RenderAll(data), StringComparison.Ordinal);
    }

    [Fact]
    public void AnIllustrativeMark_NamesAFieldOfItsRecord()
    {
        var json = Interchange.Tianjin2021DataSetTests.DataSetJson().Replace("\"illustrative\": [\n        \"raisedOn\"", "\"illustrative\": [\n        \"weather\"", StringComparison.Ordinal);
        var result = DataSetImporter.Import(json);

        Assert.Contains(result.Problems, p => p.Code == "field.enum" && p.Path.EndsWith(".illustrative[0]", StringComparison.Ordinal));
    }
}

/// <summary>Issue 11: people in public roles are named as the source names them; private persons only with consent.</summary>
public class OutlineNamingTests
{
    [Fact]
    public void StatedText_NamesAPrivatePersonOnlyWithConsent_AndPublicRolesAlways()
    {
        var json = Interchange.Tianjin2021DataSetTests.DataSetJson();
        var withConsent = Render(json);
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        foreach (var person in node["compatriots"]!.AsArray())
        {
            person!.AsObject().Remove("publicityConsent");
        }

        var withoutConsent = Render(node.ToJsonString());

        Assert.Contains("许恩恩为区委台办送上一封感谢信", withConsent, StringComparison.Ordinal);
        Assert.DoesNotContain("许恩恩", withoutConsent, StringComparison.Ordinal);
        Assert.DoesNotContain("洪施惠芳", withoutConsent, StringComparison.Ordinal);
        Assert.Contains("许某某为区委台办送上一封感谢信", withoutConsent, StringComparison.Ordinal);
        Assert.Contains("区委书记冯卫华亲自抓", withoutConsent, StringComparison.Ordinal);
        Assert.Contains("市社会主义学院李雯副教授", withoutConsent, StringComparison.Ordinal);
    }

    private static string Render(string json)
    {
        var result = DataSetImporter.Import(json);
        Assert.True(result.Success, string.Join("; ", result.Problems));
        var city = result.DataSet!.ToReviewBuilder(WorkingDayCalendar.ChinaMainland).BuildCity();
        return ChineseTextRenderer.Render(city) + MarkdownRenderer.Render(city) + JsonReviewRenderer.Render(city);
    }
}
