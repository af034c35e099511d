using System.Text;
using System.Text.Json.Nodes;
using NodaTime;
using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.Reporting;
using TaiAffairs.Domain.Tests.Interchange;

namespace TaiAffairs.Domain.Tests.Hardening;

/// <summary>Issue 12: one regression test per finding of the fuzzing campaign.</summary>
public class HardeningRegressionTests
{
    private static JsonNode Valid() => JsonNode.Parse(Tianjin2021DataSetTests.DataSetJson())!;

    private static string With(Action<JsonNode> change)
    {
        var root = Valid();
        change(root);
        return root.ToJsonString();
    }

    private static ImportProblem SingleProblem(string json)
    {
        var result = DataSetImporter.Import(json);
        Assert.False(result.Success);
        Assert.Null(result.DataSet);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void AHugeMoneyText_IsRefused_OnASmallStack_WithoutOverflowingIt()
    {
        ParseResult<Money>? result = null;
        var thread = new Thread(() => result = Money.Pattern.Parse(new string('1', 4_200_000) + "元"), 1024 * 1024);
        thread.Start();
        thread.Join();

        Assert.False(result!.Value.Success);
        Assert.Equal(ParseErrorCodes.MoneyRange, result.Value.Error!.Code);
        Assert.False(Money.TryParse(new string('1', 520_000) + "元", out _));
    }

    [Theory]
    [InlineData("\uD800")]
    [InlineData("{\"year\":\"2021\"}")]
    [InlineData("{\"year\":null}")]
    [InlineData("{\"year\":2021,\"days\":[{\"date\":7,\"isOffDay\":true}]}")]
    [InlineData("{\"year\":2021,\"days\":[{\"date\":\"2021-01-01\",\"isOffDay\":\"yes\"}]}")]
    [InlineData("[1,2]")]
    public void HolidayTryParse_NeverThrows(string json)
    {
        Assert.False(HolidayYear.TryParseHolidayCnJson(json, out _));
        Assert.Equal(ParseErrorCodes.HolidayJson[..8], HolidayYear.HolidayCnJsonPattern.Parse(json).Error!.Code[..8]);
    }

    [Fact]
    public void ReportingPeriods_AtTheEdgesOfTheDocumentedRange_AreBuilt()
    {
        Assert.Equal(new LocalDate(9999, 12, 31), ReportingPeriod.ForQuarter(9999, 4).End);
        Assert.Equal(4, ReportingPeriod.ForYear(9999).Quarters().Count);
        Assert.Equal(ReportingPeriodKind.Interval, ReportingPeriod.Between(new LocalDate(9999, 10, 1), new LocalDate(9999, 10, 1)).Kind);
        Assert.Equal(ReportingPeriod.ForQuarter(9999, 4), ReportingPeriod.Between(new LocalDate(9999, 10, 1), new LocalDate(9999, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Between(new LocalDate(0, 1, 1), new LocalDate(0, 1, 2)));
        Assert.Single(ReportingPeriod.Between(new LocalDate(1, 1, 1), new LocalDate(1, 1, 2)).Quarters());
    }

    [Fact]
    public void EveryQuantityAFactoryBuilds_ParsesBack_AndTheRangeIsShared()
    {
        var largest = ReportedQuantity.Exact(ReportedQuantity.MaxCount, QuantityUnit.Ci);
        Assert.Equal(largest, ReportedQuantity.Parse(largest.ToString()));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportedQuantity.Exact(ReportedQuantity.MaxCount + 1, QuantityUnit.Ci));
        Assert.Equal(ParseErrorCodes.QuantityRange, ReportedQuantity.Pattern.Parse((ReportedQuantity.MaxCount + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "次").Error!.Code);
    }

    [Theory]
    [InlineData("0.00000000000000000000000000001元")]
    [InlineData("580900.000000000000000000000001元")]
    [InlineData("1.001元")]
    public void MoneyBelowTheFen_IsRefused_NeverRounded(string text) =>
        Assert.Equal(ParseErrorCodes.MoneySubFen, Money.Pattern.Parse(text).Error!.Code);

    [Theory]
    [InlineData("580900.000000000000000000000001")]
    [InlineData("+3000000.")]
    [InlineData("100.")]
    [InlineData(".50")]
    [InlineData("100.000")]
    [InlineData("1e3")]
    public void TheImporter_AcceptsOnlyTheSchemasMoneyForm(string amount)
    {
        var problem = SingleProblem(With(r => r["awards"]![0]!["amount"] = amount));

        Assert.Equal("field.format", problem.Code);
        Assert.Equal("$.awards[0].amount", problem.Path);
    }

    [Fact]
    public void AStringWhereANumberBelongs_IsAProblemAtItsPath()
    {
        var problem = SingleProblem(With(r => r["publicity"]![0]!["materials"] = JsonNode.Parse("{\"phrase\": \"500余份\", \"lower\": \"501\"}")));

        Assert.Equal("field.type", problem.Code);
        Assert.Equal("$.publicity[0].materials.lower", problem.Path);
    }

    [Fact]
    public void ALoneSurrogate_IsAProblemAtItsPath()
    {
        var json = With(r => r["departments"]![0]!["name"] = "NAME-MARK").Replace("NAME-MARK", "区卫健委\\ud800", StringComparison.Ordinal);
        var result = DataSetImporter.Import(json);

        Assert.Null(result.DataSet);
        Assert.Equal(("$.departments[0].name", "field.format"), (result.Problems[0].Path, result.Problems[0].Code));
        Assert.DoesNotContain(result.Problems, p => p.Code == "import.unexpected");
    }

    [Fact]
    public void InvalidUtf8_IsAProblemWithItsPlace()
    {
        var bytes = Encoding.UTF8.GetBytes(Tianjin2021DataSetTests.DataSetJson()).ToList();
        var at = bytes.IndexOf((byte)'"', 200);
        bytes.Insert(at + 1, 0xFF);
        var result = DataSetImporter.ImportStream(new MemoryStream(bytes.ToArray()));
        var problem = Assert.Single(result.Problems);

        Assert.Equal("json.malformed", problem.Code);
        Assert.StartsWith("$", problem.Path, StringComparison.Ordinal);
        Assert.Contains("byte", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2030-03-01")]
    [InlineData("2027-01-04")]
    public void AStepInAYearWithoutCalendarData_IsRefusedAtTheStep(string date)
    {
        var problem = SingleProblem(With(r => r["issues"]![0]!["steps"]!.AsArray().Add(JsonNode.Parse($"{{\"to\": \"Reopened\", \"reason\": \"再次反映\", \"date\": \"{date}\"}}"))));

        Assert.Equal("calendar.year-not-covered", problem.Code);
        Assert.Equal("$.issues[0].steps[5].date", problem.Path);
    }

    [Fact]
    public void TheBuilder_RefusesAnIssueItCannotReview_AtAdd_NotAtBuild()
    {
        var calendar = WorkingDayCalendar.ChinaMainland;
        var issue = Issues.ServiceIssueTests.NewIssue(4.January(2027));
        var builder = new AnnualReviewBuilder(2027, calendar);

        Assert.Throws<CalendarYearNotCoveredException>(() => builder.Add(issue));
        Assert.Equal(0, builder.BuildCity().Figures.Issues.Count);
    }

    [Theory]
    [InlineData("birthYear", 2100, "compatriot.born-before-registration")]
    [InlineData("birthDate", "-0001-01-01", "field.range")]
    [InlineData("birthYear", 1, "argument.invalid")]
    [InlineData("birthYear", int.MaxValue, "argument.invalid")]
    public void ImpossiblePeople_AreRefused(string field, object value, string code)
    {
        var json = With(r =>
        {
            var person = r["compatriots"]![0]!.AsObject();
            person.Remove("birthYear");
            person.Remove("birthDate");
            person[field] = value is int n ? JsonValue.Create(n) : JsonValue.Create((string)value);
        });

        var problems = DataSetImporter.Import(json).Problems;

        Assert.Contains(problems, p => p.Code == code);
        Assert.DoesNotContain(problems, p => p.Code == "import.unexpected");
    }

    [Fact]
    public void DuplicateKeys_AreRefused()
    {
        var json = Tianjin2021DataSetTests.DataSetJson();
        var at = json.IndexOf("\"year\"", StringComparison.Ordinal);
        var problem = SingleProblem(json.Insert(at, "\"year\": 2020, "));

        Assert.Equal("field.duplicate", problem.Code);
        Assert.Equal("$.year", problem.Path);
    }

    [Fact]
    public void AByteOrderMark_IsIgnored()
    {
        Assert.True(DataSetImporter.Import("\uFEFF" + Tianjin2021DataSetTests.DataSetJson()).Success);
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Tianjin2021DataSetTests.DataSetJson())).ToArray();
        Assert.True(DataSetImporter.ImportStream(new MemoryStream(bytes)).Success);
        Assert.True(DataSetImporter.ImportUtf8(bytes).Success);
    }

    [Fact]
    public void AnAwardsProgrammeOrder_DoesNotChangeItsFigures()
    {
        var ab = Import(With(r => r["awards"]![0]!["programmes"] = JsonNode.Parse("[\"TechnologyLeaderMajorProject\", \"SmartManufacturing\"]")));
        var ba = Import(With(r => r["awards"]![0]!["programmes"] = JsonNode.Parse("[\"SmartManufacturing\", \"TechnologyLeaderMajorProject\"]")));

        Assert.Equal(DataSetExporter.Export(ab), DataSetExporter.Export(ba));
        Assert.Equal(ab.Awards[0].Combination, ba.Awards[0].Combination);
    }

    [Theory]
    [InlineData("s\\ud800")]
    [InlineData("\\ud800")] // found again by the harness once names were compared as UTF-8 (comparing unescapes)
    [InlineData("\\udfff")]
    [InlineData("\\ud800x")]
    public void FoundByTheHarness_AFieldNameThatIsNoText_IsAProblemAtItsObject(string escapedName)
    {
        var json = With(r => r["publicity"]![0]!["NAME-MARK"] = 1).Replace("NAME-MARK", escapedName, StringComparison.Ordinal);
        var result = DataSetImporter.Import(json);

        Assert.Contains(result.Problems, p => p.Code == "field.format" && p.Path == "$.publicity[0]");
        Assert.DoesNotContain(result.Problems, p => p.Code == "import.unexpected");
    }

    [Fact]
    public void FoundByTheHarness_InvalidUtf8InAListOfNames_IsAProblemAtItsItem()
    {
        var result = DataSetImporter.ImportUtf8(WithInvalidUtf8AtMark(With(r => r["publicity"]![0]!["packages"] = JsonNode.Parse("[\"MARK\"]"))));

        Assert.DoesNotContain(result.Problems, p => p.Code == "import.unexpected");
        Assert.Null(result.DataSet);
    }

    [Fact]
    public void FoundByTheHarness_InvalidUtf8InAMechanismsAreaCodes_IsAProblemAtItsItem()
    {
        // Fuzz campaign 9 (format version 2): an area code was read with GetString, which throws on invalid UTF-8.
        var result = DataSetImporter.ImportUtf8(WithInvalidUtf8AtMark(With(r => r["mechanisms"]![0]!["areas"] = JsonNode.Parse("[\"MARK\"]"))));

        Assert.DoesNotContain(result.Problems, p => p.Code == "import.unexpected");
        Assert.Contains(result.Problems, p => p.Path == "$.mechanisms[0].areas[0]");
        Assert.Null(result.DataSet);
    }

    [Fact]
    public void FoundByTheHarness_AnUnknownNameWithADot_IsQuotedInItsPath()
    {
        var problem = SingleProblem(With(r => r["publicity"]![0]!["s1.5essions"] = 1));

        Assert.Equal("field.unknown", problem.Code);
        Assert.Equal("$.publicity[0]['s1.5essions']", problem.Path);
    }

    private static DataSet Import(string json)
    {
        var result = DataSetImporter.Import(json);
        Assert.True(result.Success, string.Join("; ", result.Problems));
        return result.DataSet!;
    }

    [Fact]
    public void EveryDateField_AtEveryEdgeOfItsRange_ImportsAndRoundTrips_OrIsRefusedAtThatField()
    {
        // Found by the fourth fuzzing campaign: a case's "raised" of 0001-01-01 imported, and its export did not.
        string[] edges = ["0001-01-01", "-0001-01-01", "1899-12-31", "1900-01-01", "2021-01-01", "2021-12-31", "2030-06-01", "9999-12-31", "2021-02-29"];
        var dateFields = new List<(string Path, JsonObject Owner, string Key)>();
        Collect(Valid(), "$", dateFields);
        Assert.True(dateFields.Count > 50, "the 2021 data set should have dates to move");

        var failures = new List<string>();
        foreach (var (path, _, _) in dateFields)
        {
            foreach (var edge in edges)
            {
                var root = Valid();
                var targets = new List<(string Path, JsonObject Owner, string Key)>();
                Collect(root, "$", targets);
                var (_, owner, key) = targets.Single(t => t.Path == path);
                owner[key] = edge;
                var result = DataSetImporter.Import(root.ToJsonString());
                if (result.DataSet is null)
                {
                    // Refused: the problem is at the field moved, or (for days before the records they follow) at its record.
                    if (result.Problems.Count == 0 || result.Problems.Any(p => p.Code == "import.unexpected"))
                    {
                        failures.Add($"{path} = {edge}: refused without a place");
                    }

                    continue;
                }

                var export = DataSetExporter.Export(result.DataSet);
                var again = DataSetImporter.Import(export);
                if (again.DataSet is null || DataSetExporter.Export(again.DataSet) != export)
                {
                    failures.Add($"{path} = {edge}: the export did not read back ({string.Join("; ", again.Problems.Take(2))})");
                }
            }
        }

        Assert.Empty(failures);
    }

    private static void Collect(JsonNode? node, string path, List<(string Path, JsonObject Owner, string Key)> dates)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out var text) && (key is "raised" or "resolved" || LooksLikeADay(text)))
                    {
                        dates.Add((path + "." + key, obj, key));
                    }
                    else
                    {
                        Collect(value, path + "." + key, dates);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(array[i], $"{path}[{i}]", dates);
                }

                break;
        }
    }

    private static bool LooksLikeADay(string text) => text.Length == 10 && text[4] == '-' && text[7] == '-' && char.IsAsciiDigit(text[0]);

    /// <summary>The document's bytes with the string content MARK replaced by an overlong (invalid) UTF-8 sequence.</summary>
    private static byte[] WithInvalidUtf8AtMark(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json).ToList();
        var at = Encoding.UTF8.GetBytes(json).AsSpan().IndexOf("MARK"u8);
        bytes.RemoveRange(at, 4);
        bytes.InsertRange(at, new byte[] { 0xC0, 0x80 });
        return bytes.ToArray();
    }
}
