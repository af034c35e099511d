using FsCheck.Xunit;
using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.Reporting;

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
    public void AStatedEventDate_GivesTheSpansFirstDay_IsMarked_AndExportsAsStated()
    {
        var data = DataSetImporter.Import(Interchange.Tianjin2021DataSetTests.DataSetJson()).DataSet!;
        var stated = data.StatedDate("event", "baodi-mid-autumn", "date");

        Assert.NotNull(stated);
        var span = stated.Value;
        Assert.Equal("中秋期间", span.ToString());
        Assert.Equal(span.Start, data.Events.Single(e => e.Id.Value == "baodi-mid-autumn").Date);
        Assert.True(data.IsIllustrative("event", "baodi-mid-autumn", "date"));
        Assert.Contains("\"date\": \"中秋期间\"", DataSetExporter.Export(data), StringComparison.Ordinal);
    }

    [Fact]
    public void AStatedDateThatNamesNoSpan_IsAProblemAtItsField()
    {
        var json = Interchange.Tianjin2021DataSetTests.DataSetJson().Replace("\"date\": \"中秋期间\"", "\"date\": \"某个时候\"", StringComparison.Ordinal);
        var result = DataSetImporter.Import(json);

        Assert.Null(result.DataSet);
        Assert.Contains(result.Problems, p => p.Code == "field.format" && p.Path.StartsWith("$.events[", StringComparison.Ordinal) && p.Path.EndsWith(".date", StringComparison.Ordinal));
    }

    [Fact]
    public void ARecordRedatedSinceItsSourceStatedIt_ExportsItsDay()
    {
        // The stated words describe the first day only while the record keeps it; a host's later day wins.
        var data = DataSetImporter.Import(Interchange.Tianjin2021DataSetTests.DataSetJson()).DataSet!;
        var note = data.Annotations.Single(a => a.Kind == "event" && a.Id == "baodi-mid-autumn");
        var moved = note with { Stated = [new StatedField("date", ReportedDate.InMonth(data.Year, 3))] };
        var again = DataSet.Create(
            data.Year, data.Note, data.Departments, data.LeadingGroups, data.Enterprises, data.Compatriots, data.Issues, data.Awards, data.Mechanisms,
            data.Events, data.Trainings, data.Publicity, data.Declared, data.Cases, data.Titles, [.. data.Annotations.Select(a => a == note ? moved : a)], data.Outlines, data.CityOutline);
        var day = data.Events.Single(e => e.Id.Value == "baodi-mid-autumn").Date;

        Assert.Contains($"\"date\": \"{day:yyyy-MM-dd}\"", DataSetExporter.Export(again), StringComparison.Ordinal);
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

/// <summary>Issue 11: an outline survives the data-set format, and what it prints does not change on the way.</summary>
public class OutlineRoundTripTests
{
    private static readonly string[] Words = ["加强沟通联络，", "“亲”“清”新型政商关系", "走访慰问台胞台企，", "按照“知情、同意、自愿”原则，", "。", "——“三专”服务机制"];

    private static DataSet WithOutlines(int seed)
    {
        var data = DataSetGenerators.Build(Math.Abs(seed % 1000), 2);
        var random = new Random(seed);
        OutlineItem Item(District district)
        {
            var declared = data.Declared.Where(d => d.District == district).ToArray();
            var cases = data.Cases.Where(c => data.Issues.First(i => i.Id == c.Issue).District == district).ToArray();
            return random.Next(4) switch
            {
                0 when declared.Length > 0 => declared[random.Next(declared.Length)] is var d ? OutlineItem.OfFigure(d.Key, d.Qualifier, random.Next(2) == 0) : null!,
                1 when cases.Length > 0 => OutlineItem.OfCase(cases[random.Next(cases.Length)].Issue),
                _ => OutlineItem.Stated(Words[random.Next(Words.Length)]),
            };
        }

        OutlineParagraph Paragraph(District district) => OutlineParagraph.Create(Enumerable.Range(0, 1 + random.Next(4)).Select(_ => Item(district)));
        var outlines = data.Declared.Select(d => d.District).Distinct().OrderBy(d => d.Code).Select(district => ReviewOutline.Create(
            district, "标题" + district.Code, random.Next(2) == 0 ? null : "副题", random.Next(2) == 0 ? null : Paragraph(district),
            Enumerable.Range(0, 1 + random.Next(3)).Select(n => OutlineSection.Create(
                "一二三"[n] + "、篇目", Enumerable.Range(0, random.Next(3)).Select(_ => Paragraph(district)),
                Enumerable.Range(0, random.Next(2)).Select(k => OutlineSection.Create((k + 1) + ".小节", [Paragraph(district)]))))));
        return DataSet.Create(
            data.Year, data.Note, data.Departments, data.LeadingGroups, data.Enterprises, data.Compatriots, data.Issues, data.Awards, data.Mechanisms,
            data.Events, data.Trainings, data.Publicity, data.Declared, data.Cases, data.Titles, outlines: outlines.ToArray(),
            cityOutline: CityOutline.Create("全市", OutlineParagraph.Create([OutlineItem.Stated("导语。")]), null));
    }

    [Property(MaxTest = 40)]
    public bool AnOutline_RoundTripsThroughTheFormat_AndPrintsTheSame(int seed)
    {
        var data = WithOutlines(seed);
        var export = DataSetExporter.Export(data);
        var again = DataSetImporter.Import(export);
        string Text(DataSet d) => ChineseTextRenderer.Render(d.ToReviewBuilder(WorkingDayCalendar.ChinaMainland).BuildCity());

        return again.Success
            && DataSetExporter.Export(again.DataSet!) == export
            && again.DataSet!.Outlines.Count == data.Outlines.Count
            && Text(again.DataSet) == Text(data);
    }

    [Fact]
    public void StatedText_StatesNoCount_ButMayNameAndQuote()
    {
        Assert.Equal(Domain.Reporting.Rules.StatedTextStatesNoCount.RuleCode, Assert.Throws<BusinessRuleViolationException>(() => OutlineItem.Stated("全年入企服务20户次")).RuleCode);
        Assert.Equal(OutlineItemKind.Text, OutlineItem.Stated("宣讲“52条措施”“46条措施”和国台办“农林22条”，97岁台湾同胞").Kind);
    }
}
