using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.Reporting;
using TaiAffairs.Domain.Tests.Interchange;

namespace TaiAffairs.Domain.Tests.Hardening;

/// <summary>
/// Law 1 over documents: the records of a data set are a bag. Shuffling every array of the 2021 file (nested ones
/// included) gives the same export, the same JSON review and the same text review. The sequences are an issue's
/// <c>steps</c> (its history, in the order it happened) and the outlines (told, not counted: a text's order is its own).
/// </summary>
public class CanonicalOrderTests
{
    private static readonly string[] Sequences = ["steps", "outlines", "sections", "subsections", "paragraphs", "items"];

    private static readonly Lazy<(string Export, string Json, string Text)> Original = new(() => Render(Tianjin2021DataSetTests.DataSetJson()));

    private static (string Export, string Json, string Text) Render(string json)
    {
        var result = DataSetImporter.Import(json);
        Assert.True(result.Success, string.Join("; ", result.Problems));
        var city = result.DataSet!.ToReviewBuilder(WorkingDayCalendar.ChinaMainland).BuildCity();
        return (DataSetExporter.Export(result.DataSet), JsonReviewRenderer.Render(city), ChineseTextRenderer.Render(city));
    }

    internal static string Shuffled(string json, int seed)
    {
        var random = new Random(seed);
        var root = JsonNode.Parse(json)!;
        Shuffle(root, random, null);
        return root.ToJsonString();
    }

    private static void Shuffle(JsonNode? node, Random random, string? name)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToArray())
                {
                    Shuffle(value, random, key);
                }

                break;
            case JsonArray array:
                var items = array.ToArray();
                array.Clear();
                if (name is null || System.Array.IndexOf(Sequences, name) < 0)
                {
                    random.Shuffle(items);
                }

                foreach (var item in items)
                {
                    array.Add(item);
                    Shuffle(item, random, null);
                }

                break;
        }
    }

    [Property(MaxTest = 40)]
    public void ShufflingEveryArray_ChangesNeitherTheExportNorTheReviews(int seed)
    {
        var shuffled = Render(Shuffled(Tianjin2021DataSetTests.DataSetJson(), seed));

        Assert.Equal(Original.Value.Export, shuffled.Export);
        Assert.Equal(Original.Value.Json, shuffled.Json);
        Assert.Equal(Original.Value.Text, shuffled.Text);
    }

    [Property(MaxTest = 40)]
    public void TheBuilder_GivesTheSameReview_WhateverOrderItsRecordsArrive(int seed)
    {
        var dataSet = DataSetImporter.Import(Tianjin2021DataSetTests.DataSetJson()).DataSet!;
        var inOrder = dataSet.ToReviewBuilder(WorkingDayCalendar.ChinaMainland).BuildCity();
        var builder = new AnnualReviewBuilder(dataSet.Year, WorkingDayCalendar.ChinaMainland);
        var adds = new List<Action>();
        adds.AddRange(dataSet.LeadingGroups.Select(g => (Action)(() => builder.Add(g))));
        adds.AddRange(dataSet.Enterprises.Select(e => (Action)(() => builder.Add(e))));
        adds.AddRange(dataSet.Compatriots.Select(c => (Action)(() => builder.Add(c))));
        adds.AddRange(dataSet.Issues.Select(i => (Action)(() => builder.Add(i))));
        adds.AddRange(dataSet.Awards.Select(a => (Action)(() => builder.Add(a))));
        adds.AddRange(dataSet.Mechanisms.Select(m => (Action)(() => builder.Add(m))));
        adds.AddRange(dataSet.Events.Select(e => (Action)(() => builder.Add(e))));
        adds.AddRange(dataSet.Trainings.Select(t => (Action)(() => builder.Add(t))));
        adds.AddRange(dataSet.Publicity.Select(p => (Action)(() => builder.Add(p))));
        adds.AddRange(dataSet.Declared.Select(d => (Action)(() => builder.Declare(d))));
        var shuffled = adds.ToArray();
        new Random(seed).Shuffle(shuffled);
        foreach (var add in shuffled)
        {
            add();
        }

        // Cases and titles follow, as ToReviewBuilder adds them; their own order is shuffled too.
        foreach (var district in dataSet.Titles.OrderBy(_ => Guid.NewGuid()))
        {
            builder.Title(district.District, district.Title, district.Sections);
        }

        foreach (var outline in dataSet.Outlines)
        {
            builder.Outline(outline);
        }

        if (dataSet.CityOutline is { } cityOutline)
        {
            builder.Outline(cityOutline);
        }

        var cases = ReviewFixtureCases(dataSet).ToArray();
        new Random(seed + 1).Shuffle(cases);
        foreach (var (namedCase, theme) in cases)
        {
            builder.Tell(namedCase, theme);
        }

        var city = builder.BuildCity();
        Assert.Equal(JsonReviewRenderer.Render(inOrder), JsonReviewRenderer.Render(city));
        Assert.Equal(ChineseTextRenderer.Render(inOrder), ChineseTextRenderer.Render(city));
    }

    private static IEnumerable<(NamedCase Case, ReviewTheme Theme)> ReviewFixtureCases(DataSet dataSet)
    {
        var names = dataSet.Departments.ToDictionary(d => d.Id, d => d.Name);
        foreach (var spec in dataSet.Cases)
        {
            var issue = dataSet.Issues.First(i => i.Id == spec.Issue);
            var namedCase = issue.Subject.IsEnterprise
                ? NamedCase.Of(issue, dataSet.Enterprises.First(e => e.Id.Value == issue.Subject.Key), spec.Title, names, WorkingDayCalendar.ChinaMainland)
                : NamedCase.Of(issue, dataSet.Compatriots.First(c => c.Id.Value == issue.Subject.Key), spec.Title, names, WorkingDayCalendar.ChinaMainland, new NodaTime.LocalDate(dataSet.Year, 12, 31));
            var illustrative = dataSet.IsIllustrative("issue", issue.Id.Value, "raisedOn") || dataSet.IsIllustrative("issue", issue.Id.Value, "steps");
            yield return (namedCase.WithStatedDates(spec.Raised, spec.Resolved, illustrative), spec.Theme);
        }
    }
}
