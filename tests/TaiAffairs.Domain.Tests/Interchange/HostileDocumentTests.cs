using System.Text.Json.Nodes;
using TaiAffairs.Domain.Interchange;

namespace TaiAffairs.Domain.Tests.Interchange;

/// <summary>
/// A corpus of malformed and rule-breaking documents, each built from the valid 2021 data set by one change.
/// Each must yield its expected problem (code and path) and import nothing.
/// </summary>
public class HostileDocumentTests
{
    private static JsonNode Valid() => JsonNode.Parse(Tianjin2021DataSetTests.DataSetJson())!;

    private static string With(Action<JsonNode> change)
    {
        var root = Valid();
        change(root);
        return root.ToJsonString();
    }

    private static JsonObject Enterprise(JsonNode root, int i = 0) => root["enterprises"]![i]!.AsObject();

    private static JsonObject Issue(JsonNode root, string id) => root["issues"]!.AsArray().Single(i => (string?)i!["id"] == id)!.AsObject();

    private static JsonObject Person(JsonNode root, string id) => root["compatriots"]!.AsArray().Single(i => (string?)i!["id"] == id)!.AsObject();

    public static TheoryData<string, string, string> Corpus()
    {
        var data = new TheoryData<string, string, string>
        {
            // Malformed JSON and its limits.
            { "", "json.malformed", "$" },
            { "{", "json.malformed", "$" },
            { "{\"formatVersion\": 1,}", "json.malformed", "$" },
            { "[1, 2, 3]", "field.type", "$" },
            { "\"just a string\"", "field.type", "$" },
            { "{\"formatVersion\": 1, \"year\": 2021} trailing", "json.malformed", "$" },
            { new string('[', 100) + new string(']', 100), "json.too-deep", "$" },
            { "{\"formatVersion\": 1, \"year\": 2021, \"note\": \"" + new string('长', 5000) + "\"}", "field.too-long", "$.note" },
            { "{\"formatVersion\": 1, \"year\": 2021, /* comment */ \"note\": \"x\"}", "json.malformed", "$" },
            // Version and root fields.
            { With(r => r["formatVersion"] = 3), "format.version", "$.formatVersion" },
            { With(r => r["formatVersion"] = "1"), "field.type", "$.formatVersion" },
            { With(r => r.AsObject().Remove("formatVersion")), "field.missing", "$.formatVersion" },
            { With(r => r.AsObject().Remove("year")), "field.missing", "$.year" },
            { With(r => r["year"] = 1800), "field.range", "$.year" },
            { With(r => r["year"] = 2030), "calendar.year-not-covered", "$.year" },
            { With(r => r["surprise"] = true), "field.unknown", "$.surprise" },
            { With(r => r["enterprises"] = "none"), "field.type", "$.enterprises" },
            // Departments.
            { With(r => r["departments"]![0]!["kind"] = "Ministry"), "field.enum", "$.departments[0].kind" },
            { With(r => r["departments"]![0]!["district"] = 990101), "field.enum", "$.departments[0].district" },
            { With(r => r["departments"]![1]!["id"] = (string?)r["departments"]![0]!["id"]), "id.duplicate", "$.departments[1].id" },
            { With(r => r["departments"]![0]!["id"] = "has space"), "id.character", "$.departments[0].id" },
            { With(r => r["departments"]![0]!["name"] = ""), "field.missing", "$.departments[0].name" },
            // Leading groups.
            { With(r => r["leadingGroups"]![0]!["office"] = "nobody"), "reference.dangling", "$.leadingGroups[0].office" },
            { With(r => r["leadingGroups"]![0]!["office"] = "baodi-wjw"), "leading-group.office-is-the-districts-office", "$.leadingGroups[0]" },
            { With(r => r["leadingGroups"]![0]!["leaders"] = new JsonArray()), "field.missing", "$.leadingGroups[0].leaders" },
            { With(r => r["leadingGroups"]![0]!["leaders"]![0]!["from"] = "2021-02-01"), "leading-group.first-leader-from-establishment", "$.leadingGroups[0].leaders[0].from" },
            { With(r => r["leadingGroups"]![0]!["meetings"]![0]!["kind"] = "Picnic"), "field.enum", "$.leadingGroups[0].meetings[0].kind" },
            { With(r => r["leadingGroups"]![0]!["meetings"]![0]!["date"] = "2020-06-01"), "leading-group.dated-after-establishment", "$.leadingGroups[0].meetings[0]" },
            { With(r => r["leadingGroups"]![0]!["meetings"]![1]!["id"] = (string?)r["leadingGroups"]![0]!["meetings"]![0]!["id"]), "id.duplicate", "$.leadingGroups[0].meetings[1].id" },
            { With(r => r["leadingGroups"]![0]!["adjustments"] = JsonNode.Parse("[{\"date\": \"2021-03-01\", \"add\": [\"nankai-boc\"], \"remove\": []}]")), "leading-group.member-is-government-unit-of-the-district", "$.leadingGroups[0].adjustments[0]" },
            { With(r => r["leadingGroups"]![0]!["adjustments"] = JsonNode.Parse("[{\"date\": \"2021-03-01\", \"add\": [], \"remove\": [\"baodi-wjw\"]}]")), "leading-group.removed-unit-is-member", "$.leadingGroups[0].adjustments[0]" },
            // Enterprises.
            { With(r => Enterprise(r)["creditCode"] = "91350100M000100Y4Z"), "credit-code.character", "$.enterprises[0].creditCode" },
            { With(r => Enterprise(r)["creditCode"] = "91350100M000100Y44"), "credit-code.check-character", "$.enterprises[0].creditCode" },
            { With(r => Enterprise(r)["creditCode"] = 91350100), "field.type", "$.enterprises[0].creditCode" },
            { With(r => Enterprise(r)["industry"] = "Shipbuilding"), "field.enum", "$.enterprises[0].industry" },
            { With(r => Enterprise(r)["registeredOn"] = "2015-13-01"), "field.format", "$.enterprises[0].registeredOn" },
            { With(r => Enterprise(r)["registeredOn"] = "1 January 2015"), "field.format", "$.enterprises[0].registeredOn" },
            { With(r => Enterprise(r)["operating"] = "yes"), "field.type", "$.enterprises[0].operating" },
            { With(r => Enterprise(r)["visits"]![0]!["date"] = "2010-01-01"), "enterprise.recorded-on-or-after-registration", "$.enterprises[0].visits[0]" },
            { With(r => Enterprise(r)["visits"]![0]!["visitors"] = new JsonArray()), "enterprise.visit-names-its-visitors", "$.enterprises[0].visits[0]" },
            { With(r => Enterprise(r)["visits"]![0]!["visitors"] = new JsonArray("ghost-unit")), "reference.dangling", "$.enterprises[0].visits[0].visitors[0]" },
            { With(r => Enterprise(r, 1)["designations"]!.AsArray().Add(JsonNode.Parse("{\"kind\": \"NationalWorkersPioneer\", \"awardedOn\": \"2021-12-01\"}"))), "enterprise.one-designation-per-kind-and-year", "$.enterprises[1].designations[1]" },
            { With(r => Enterprise(r)["safetyFindings"] = JsonNode.Parse("[{\"id\": \"sf\", \"foundOn\": \"2021-05-01\", \"description\": \"隐患\", \"rectifiedOn\": \"2021-04-01\"}]")), "enterprise.rectified-on-or-after-found", "$.enterprises[0].safetyFindings[0].rectifiedOn" },
            { With(r => Enterprise(r)["donations"] = JsonNode.Parse("[{\"id\": \"d1\", \"date\": \"2021-05-01\", \"amount\": \"0.00\", \"cause\": \"疫情防控\"}]")), "enterprise.amount-is-positive", "$.enterprises[0].donations[0]" },
            { With(r => Enterprise(r)["donations"] = JsonNode.Parse("[{\"id\": \"d1\", \"date\": \"2021-05-01\", \"amount\": \"15万元\", \"cause\": \"疫情防控\"}]")), "field.format", "$.enterprises[0].donations[0].amount" },
            { With(r => Enterprise(r)["donations"] = JsonNode.Parse("[{\"id\": \"d1\", \"date\": \"2021-05-01\", \"amount\": \"1.001\", \"cause\": \"疫情防控\"}]")), "field.format", "$.enterprises[0].donations[0].amount" },
            { With(r => Enterprise(r)["alliances"]!.AsArray().Add(JsonNode.Parse("{\"name\": \"天津市智能网联汽车人才联盟\", \"joinedOn\": \"2021-07-01\"}"))), "enterprise.alliance-joined-once", "$.enterprises[0].alliances[1]" },
            { With(r => Enterprise(r)["moves"] = JsonNode.Parse("[{\"district\": 120115, \"from\": \"2021-01-01\"}]")), "enterprise.move-changes-the-district", "$.enterprises[0].moves[0]" },
            // Compatriots.
            { With(r => Person(r, "beichen-xu").Remove("birthYear")), "field.missing", "$.compatriots[0]" },
            { With(r => Person(r, "beichen-xu")["birthDate"] = "1965-01-01"), "field.missing", "$.compatriots[0]" },
            { With(r => Person(r, "beichen-xu")["surname"] = "欧阳司马上官"), "argument.invalid", "$.compatriots[0]" },
            { With(r => Person(r, "beichen-hong")["consents"] = new JsonArray()), "compatriot.dose-after-consent", "$.compatriots[1].doses[0]" },
            { With(r => Person(r, "beichen-hong")["consents"]![0]!["voluntary"] = false), "compatriot.consent-is-informed-and-voluntary", "$.compatriots[1].consents[0]" },
            { With(r => Person(r, "beichen-xu")["travelPermits"] = JsonNode.Parse("[{\"number\": \"1234567\", \"issuedOn\": \"2011-01-01\", \"expiresOn\": \"2021-01-01\"}]")), "travel-permit.format", "$.compatriots[0].travelPermits[0].number" },
            { With(r => Person(r, "beichen-xu")["travelPermits"] = JsonNode.Parse("[{\"number\": \"12345678\", \"issuedOn\": \"2021-01-01\", \"expiresOn\": \"2011-01-01\"}]")), "compatriot.permit-expires-after-issue", "$.compatriots[0].travelPermits[0]" },
            { With(r => Person(r, "beichen-xu")["residencePermits"] = JsonNode.Parse("[{\"number\": \"830000199001010013\", \"issuedOn\": \"2019-01-01\", \"expiresOn\": \"2024-01-01\"}]")), "residence-permit.check-character", "$.compatriots[0].residencePermits[0].number" },
            { With(r => Person(r, "ninghe-kang")["recurringServices"]![0]!["occurrences"]!.AsArray().Add("2020-01-01")), "compatriot.occurrence-of-a-known-service", "$.compatriots[2].recurringServices[0].occurrences[4]" },
            { With(r => Person(r, "jinnan-weng")["occupations"]![0]!.AsObject().Remove("startup")), "compatriot.entrepreneur-has-startup", "$.compatriots[5].occupations[0]" },
            // Issues.
            { With(r => Issue(r, "baodi-grid")["subject"] = JsonNode.Parse("{\"enterprise\": \"nobody\"}")), "reference.dangling", "$.issues[0].subject.enterprise" },
            { With(r => Issue(r, "baodi-grid")["subject"] = JsonNode.Parse("{\"enterprise\": \"baodi-lianheng\", \"compatriot\": \"beichen-xu\"}")), "field.missing", "$.issues[0].subject" },
            { With(r => Issue(r, "baodi-grid")["category"] = "Weather"), "field.enum", "$.issues[0].category" },
            { With(r => Issue(r, "baodi-grid")["steps"]![4]!["date"] = "2021-05-01"), "issue.dates-never-run-backwards", "$.issues[0].steps[4]" },
            { With(r => Issue(r, "baodi-grid")["steps"]!.AsArray().RemoveAt(1)), "issue.report-in-by-a-named-department", "$.issues[0].steps[1]" },
            { With(r => Issue(r, "baodi-grid")["steps"]![4]!["by"] = "baodi-wjw"), "issue.resolved-by-an-assigned-department", "$.issues[0].steps[4]" },
            { With(r => Issue(r, "baodi-grid")["steps"]!.AsArray().Add(JsonNode.Parse("{\"to\": \"Accepted\", \"date\": \"2021-07-01\"}"))), "issue.transition-is-allowed", "$.issues[0].steps[5]" },
            { With(r => Issue(r, "baodi-grid")["steps"]!.AsArray().Add(JsonNode.Parse("{\"to\": \"Reopened\", \"date\": \"2021-07-01\"}"))), "issue.reason-is-given", "$.issues[0].steps[5]" },
            { With(r => Issue(r, "baodi-grid")["steps"]!.AsArray().Add(JsonNode.Parse("{\"to\": \"Vanished\", \"date\": \"2021-07-01\"}"))), "field.enum", "$.issues[0].steps[5].to" },
            { With(r => Issue(r, "baodi-grid")["steps"]!.AsArray().Add(JsonNode.Parse("{\"to\": \"Accepted\", \"reportIn\": \"baodi-wjw\", \"date\": \"2021-07-01\"}"))), "field.missing", "$.issues[0].steps[5]" },
            { With(r => Issue(r, "baodi-grid")["steps"]!.AsArray().Add(JsonNode.Parse("{\"date\": \"2021-07-01\"}"))), "field.missing", "$.issues[0].steps[5]" },
            { With(r => Issue(r, "beichen-permit")["deadline"] = JsonNode.Parse("{\"workingDays\": 2, \"countedFrom\": \"2021-01-01\"}")), "issue.deadline-counted-from-raise-or-later", "$.issues[1].deadline" },
            { With(r => r["issues"]![1]!["id"] = "baodi-grid"), "id.duplicate", "$.issues[1].id" },
            // Format version 2: holds, resumptions, areas, applications and payments (issue 14).
            { With(r => Issue(r, "baodi-grid")["steps"]!.AsArray().Add(JsonNode.Parse("{\"to\": \"OnHold\", \"date\": \"2021-07-01\", \"holdReason\": \"WaitingOnApplicant\"}"))), "issue.transition-is-allowed", "$.issues[0].steps[5]" },
            { With(r => Issue(r, "baodi-grid")["steps"]!.AsArray().Add(JsonNode.Parse("{\"to\": \"OnHold\", \"date\": \"2021-07-01\", \"holdReason\": \"Bored\"}"))), "field.enum", "$.issues[0].steps[5].holdReason" },
            { With(r => Issue(r, "baodi-grid")["steps"]!.AsArray().Add(JsonNode.Parse("{\"to\": \"Resumed\", \"date\": \"2021-07-01\"}"))), "issue.resume-only-from-hold", "$.issues[0].steps[5]" },
            { With(r => r["departments"]![0]!["area"] = "120104001"), "directory.area-of-the-district", "$.departments[0].area" },
            { With(r => Enterprise(r)["area"] = "120115999"), "reference.dangling", "$.enterprises[0].area" },
            { With(r => Enterprise(r)["area"] = "120104001"), "directory.area-of-the-district", "$.enterprises[0].area" },
            { With(r => r["areas"] = JsonNode.Parse("[{\"code\": \"12011500100\", \"name\": \"某社区\", \"kind\": \"Community\"}]")), "field.format", "$.areas[0].code" },
            { With(r => r["awards"]![0]!["disbursements"] = JsonNode.Parse("[{\"date\": \"2021-12-05\", \"amount\": \"99999999.00\"}]")), "subsidy.disbursed-within-approved", "$.awards[0].disbursements[0]" },
            { With(r => r["awards"]![0]!["disbursements"] = JsonNode.Parse("[{\"date\": \"2021-10-05\", \"amount\": \"1.00\"}]")), "subsidy.disbursed-after-approval", "$.awards[0].disbursements[0]" },
            { With(r => r["awards"]![0]!["application"] = JsonNode.Parse("{\"amount\": \"1.00\", \"appliedOn\": \"2021-12-31\"}")), "subsidy.applied-before-approval", "$.awards[0].application" },
            // Awards, mechanisms, events, trainings, publicity, declarations, cases.
            { With(r => r["awards"]![0]!["amount"] = "-3000000.00"), "subsidy.amount-is-positive", "$.awards[0]" },
            { With(r => r["awards"]![0]!["district"] = 120114), "subsidy.recipient-of-the-awarding-district", "$.awards[0]" },
            { With(r => r["awards"]![0]!["programmes"] = new JsonArray()), "subsidy.programmes-listed-once", "$.awards[0]" },
            { With(r => r["awards"]![0]!["split"] = JsonNode.Parse("{\"city\": \"1.00\", \"district\": \"2.00\"}")), "subsidy.split-sums-to-the-whole", "$.awards[0]" },
            { With(r => r["awards"]![0]!["recipient"] = "nobody"), "reference.dangling", "$.awards[0].recipient" },
            { With(r => r["awards"]!.AsArray().Add(JsonNode.Parse("{\"id\": \"a9\", \"recipient\": \"baodi-dacheng\", \"district\": 120115, \"programmes\": [\"RdInvestmentPostSubsidy\"], \"level\": \"District\", \"amount\": \"1.00\", \"awardedOn\": \"2021-12-01\"}"))), "subsidy.one-award-per-programme-and-year", "$.awards[4]" },
            { With(r => r["mechanisms"]![1]!["terms"] = new JsonObject()), "field.missing", "$.mechanisms[1].terms.reportInWorkingDays" },
            { With(r => r["mechanisms"]![1]!["cases"] = new JsonArray("baodi-grid", "baodi-grid")), "mechanism.cases-are-unique", "$.mechanisms[1].cases[1]" },
            { With(r => r["mechanisms"]![1]!["cases"] = new JsonArray("no-such-issue")), "reference.dangling", "$.mechanisms[1].cases[0]" },
            { With(r => r["mechanisms"]![1]!["cases"] = new JsonArray("beichen-permit")), "mechanism.case-of-the-mechanisms-district", "$.mechanisms[1].cases[0]" },
            { With(r => r["mechanisms"]![3]!["terms"]!["workingDayLimit"] = 0), "argument.invalid", "$.mechanisms[3].terms" },
            { With(r => r["events"]![0]!["organizers"] = new JsonArray()), "exchange.organized-by-at-least-one-district", "$.events[0]" },
            { With(r => r["events"]![0]!["count"] = JsonNode.Parse("{\"phrase\": \"30个\"}")), "exchange.counted-in-persons", "$.events[0]" },
            { With(r => r["events"]![0]!["count"] = JsonNode.Parse("{\"phrase\": \"10余名\", \"lower\": 10, \"upper\": 19}")), "quantity.bounds", "$.events[0].count.lower" },
            { With(r => r["events"]![0]!["count"] = JsonNode.Parse("{\"phrase\": \"15余名\"}")), "quantity.round-basis", "$.events[0].count.phrase" },
            { With(r => r["trainings"]![1]!["attendance"] = JsonNode.Parse("{\"phrase\": \"近百份\"}")), "exchange.counted-in-persons", "$.trainings[1]" },
            { With(r => r["publicity"]![0]!["materials"] = JsonNode.Parse("{\"phrase\": \"500余个\"}")), "exchange.materials-counted-in-copies", "$.publicity[0]" },
            { With(r => r["publicity"]![0]!["packages"] = new JsonArray("Tianjin99Measures")), "field.enum", "$.publicity[0].packages[0]" },
            { With(r => r["declared"]![1]!["key"] = "Happiness"), "field.enum", "$.declared[1].key" },
            { With(r => r["declared"]![1]!["amount"] = "1.00"), "field.missing", "$.declared[1]" },
            { With(r => r["declared"]![4]!.AsObject().Remove("amount")), "field.missing", "$.declared[4]" },
            { With(r => r["declared"]![1]!["count"] = JsonNode.Parse("{\"phrase\": \"10余户次\"}")), "figure.unit-outside-measure", "$.declared[1].count" },
            { With(r => r["cases"]![0]!["issue"] = "no-such-issue"), "reference.dangling", "$.cases[0].issue" },
            { With(r => r["cases"]![0]!["theme"] = "Gossip"), "field.enum", "$.cases[0].theme" },
            { With(r => r["titles"]![0]!["sections"]!["Epilogue"] = "x"), "field.unknown", "$.titles[0].sections.Epilogue" },
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void HostileDocument_YieldsItsProblem_AndImportsNothing(string document, string code, string path)
    {
        var result = DataSetImporter.Import(document);

        Assert.False(result.Success);
        Assert.Null(result.DataSet);
        Assert.Contains(result.Problems, p => p.Code == code && p.Path == path);
    }

    [Fact]
    public void Corpus_HasAtLeastFiftyDocuments() => Assert.True(Corpus().Count >= 50);

    [Fact]
    public void Problems_NeverRepeatPersonalData()
    {
        foreach (var row in Corpus())
        {
            var result = DataSetImporter.Import((string)row[0]);
            Assert.All(result.Problems, p =>
            {
                Assert.DoesNotContain("恩恩", p.Message, StringComparison.Ordinal);
                Assert.DoesNotContain("施惠芳", p.Message, StringComparison.Ordinal);
                Assert.DoesNotContain("830000199001010013", p.Message, StringComparison.Ordinal);
            });
        }
    }

    [Fact]
    public void EveryProblem_IsReported_NotOnlyTheFirst()
    {
        var document = With(r =>
        {
            Enterprise(r)["industry"] = "Shipbuilding";
            r["awards"]![0]!["amount"] = "x";
            r["events"]![0]!["organizers"] = new JsonArray(1);
        });

        var result = DataSetImporter.Import(document);

        Assert.Contains(result.Problems, p => p.Code == "field.enum" && p.Path == "$.enterprises[0].industry");
        Assert.Contains(result.Problems, p => p.Code == "field.format" && p.Path == "$.awards[0].amount");
        Assert.Contains(result.Problems, p => p.Code == "field.enum" && p.Path == "$.events[0].organizers[0]");
    }

    [Fact]
    public void Limits_CanBeSetByTheCaller()
    {
        var valid = Tianjin2021DataSetTests.DataSetJson();

        Assert.Equal("json.too-large", DataSetImporter.Import(valid, new ImportLimits { MaxBytes = 1000 }).Problems.Single().Code);
        Assert.Equal("json.too-deep", DataSetImporter.Import(valid, new ImportLimits { MaxDepth = 3 }).Problems.Single().Code);
        Assert.Contains(DataSetImporter.Import(valid, new ImportLimits { MaxStringLength = 5 }).Problems, p => p.Code == "field.too-long");
        Assert.Contains(DataSetImporter.Import(valid, new ImportLimits { MaxArrayLength = 3 }).Problems, p => p.Code == "array.too-long");
        Assert.Equal(2, DataSetImporter.Import(valid, new ImportLimits { MaxStringLength = 5, MaxProblems = 2 }).Problems.Count);
    }

    [Fact]
    public void AHugeArray_IsRefused_WithoutBuildingIt()
    {
        var items = string.Join(",", Enumerable.Repeat("{}", 50_000));
        var document = $"{{\"formatVersion\": 1, \"year\": 2021, \"departments\": [{items}]}}";

        var result = DataSetImporter.Import(document, new ImportLimits { MaxArrayLength = 10_000 });

        Assert.Equal("array.too-long", result.Problems.Single().Code);
    }

    [Fact]
    public void Streams_AreReadUpToTheLimitOnly()
    {
        using var endless = new RepeatingStream();

        var result = DataSetImporter.ImportStream(endless, new ImportLimits { MaxBytes = 1 << 20 });

        Assert.Equal("json.too-large", result.Problems.Single().Code);
    }

    private sealed class RepeatingStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)' ', offset, count);
            return count;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
