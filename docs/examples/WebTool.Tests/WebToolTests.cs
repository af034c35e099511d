using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.Reporting;

namespace WebTool.Tests;

/// <summary>The web tool over HTTP against a real PostgreSQL: import, verbs, reviews, conflicts, bad input.</summary>
[Collection(PostgresGroup.Name)]
public sealed partial class WebToolTests(PostgresServer server)
{
    private const string Ninghe = "/years/2021/districts/120117";

    [Fact]
    public async Task AnImportedYear_ReviewsExactlyAsThePackageReviewsTheFile_AndSurvivesARestart()
    {
        var database = await server.NewDatabaseAsync();
        var expected = ExpectedCityReview();
        await using (var tool = await RunningTool.StartAsync(database))
        {
            await Import(tool);
            Assert.Equal(expected, await tool.Http.GetStringAsync("/api/years/2021/city/review"));
            Assert.Equal(3, Figure(await tool.Http.GetStringAsync(Ninghe), "IssuesResolved"));
        }

        // A new process reads every aggregate back from its row: the same review.
        await using var again = await RunningTool.StartAsync(database);
        Assert.Equal(expected, await again.Http.GetStringAsync("/api/years/2021/city/review"));
        Assert.Equal(await Count(database, "SELECT count(*) FROM aggregates WHERE kind = 'issue'"), ExpectedIssueCount());
    }

    [Fact]
    public async Task MigrationsApplyOnce_AndAStartOnAMigratedDatabaseAppliesNone()
    {
        var database = await server.NewDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(database);
        Assert.Equal(["0001_aggregates.sql"], await Migrations.ApplyAsync(dataSource));
        Assert.Empty(await Migrations.ApplyAsync(dataSource));
        await using var tool = await RunningTool.StartAsync(database);
        Assert.Equal(1, await Count(database, "SELECT count(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task ABadFile_IsListedProblemByProblem_AndNothingIsSaved()
    {
        var database = await server.NewDatabaseAsync();
        await using var tool = await RunningTool.StartAsync(database);
        var bad = """{"formatVersion": 2, "year": 2021, "departments": [{"id": "d-1", "name": "区台办", "kind": "TaiwanAffairsOffice", "district": 120117}], "enterprises": [{"id": "x"}]}""";

        var response = await PostFile(tool, bad);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Contains("$.enterprises[0]", page, StringComparison.Ordinal);
        Assert.Contains("field.missing", page, StringComparison.Ordinal);
        Assert.Contains("数据库未作任何改动", page, StringComparison.Ordinal);
        Assert.Equal(0, await Count(database, "SELECT count(*) FROM aggregates"));
        Assert.Equal(0, await Count(database, "SELECT count(*) FROM data_sets"));
        Assert.Equal("[]", await tool.Http.GetStringAsync("/api/years"));

        var notJson = await PostFile(tool, "{ not json");
        Assert.Equal((HttpStatusCode)422, notJson.StatusCode);
        Assert.Contains("json.malformed", await notJson.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var noFile = await tool.Http.PostAsync("/import", new MultipartFormDataContent { { new StringContent("on"), "replace" }, { new StringContent(await Token(tool)), TokenField } });
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        Assert.Contains("请选择一个数据集文件", await noFile.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportingAYearAgain_IsRefusedUnlessReplaced_AndReplacingKeepsVersionsRising()
    {
        var database = await server.NewDatabaseAsync();
        await using var tool = await RunningTool.StartAsync(database);
        await Import(tool);
        Assert.Equal(HttpStatusCode.Redirect, (await Post(tool, "/issues/ninghe-job/reopen", ("version", "1"), ("date", "2021-08-01"), ("reason", "招聘未到岗"))).StatusCode);

        var again = await PostFile(tool, File.ReadAllText(Repository.DataSet));
        Assert.Equal((HttpStatusCode)422, again.StatusCode);
        Assert.Contains("import.year-exists", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await Version(tool, "ninghe-job"));

        // Replacing: the file's records are the year's again (the reopening is gone), at a new version, so a page still
        // showing version 2 gets a conflict instead of saving over the replaced record.
        var replaced = await PostFile(tool, File.ReadAllText(Repository.DataSet), replace: true);
        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        Assert.Equal(3, await Version(tool, "ninghe-job"));
        Assert.Equal(2, await Version(tool, "ninghe-land"));
        Assert.Equal(3, Figure(await tool.Http.GetStringAsync(Ninghe), "IssuesResolved"));
        Assert.Equal(HttpStatusCode.Conflict, (await Post(tool, "/issues/ninghe-job/resolve", ("version", "2"), ("date", "2021-08-10"), ("by", "ninghe-rsj"), ("outcome", "x"))).StatusCode);
        Assert.Equal(["import", "reopen", "import"], await Verbs(database, "ninghe-job"));
    }

    [Fact]
    public async Task TwoYears_KeepTheirOwnRows_AndAChangeTouchesOnlyItsYear()
    {
        var database = await server.NewDatabaseAsync();
        await using var tool = await RunningTool.StartAsync(database);
        await Import(tool);
        var next = File.ReadAllText(Repository.DataSet).Replace("\"year\": 2021", "\"year\": 2022", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFile(tool, next)).StatusCode);

        Assert.Equal("[2022,2021]", await tool.Http.GetStringAsync("/api/years"));
        var perYear = await Count(database, "SELECT count(*) FROM aggregates WHERE year = 2021");
        Assert.Equal(perYear, await Count(database, "SELECT count(*) FROM aggregates WHERE year = 2022"));

        // An issue in both years: the pages and the API work on the newest year's row; 2021's stays as it was.
        Assert.Equal(HttpStatusCode.Redirect, (await Post(tool, "/issues/ninghe-job/reopen", ("version", "1"), ("date", "2021-08-01"), ("reason", "招聘未到岗"))).StatusCode);
        Assert.Equal(1, await Count(database, "SELECT count(*) FROM aggregates WHERE year = 2022 AND kind = 'issue' AND id = 'ninghe-job' AND version = 2"));
        Assert.Equal(1, await Count(database, "SELECT count(*) FROM aggregates WHERE year = 2021 AND kind = 'issue' AND id = 'ninghe-job' AND version = 1"));
        Assert.Equal(3, Figure(await tool.Http.GetStringAsync(Ninghe), "IssuesResolved"));
    }

    [Fact]
    public async Task AVerbThroughAForm_UpdatesTheDistrictsReview_AndIsStoredAndLogged()
    {
        var database = await server.NewDatabaseAsync();
        await using var tool = await RunningTool.StartAsync(database);
        await Import(tool);

        var reopen = await Post(tool, "/issues/ninghe-job/reopen", ("version", "1"), ("date", "2021-08-01"), ("reason", "招聘未到岗"), ("clerk", "王"));
        Assert.Equal(HttpStatusCode.Redirect, reopen.StatusCode);
        Assert.Equal("/issues/ninghe-job", reopen.Headers.Location!.OriginalString);
        Assert.Equal(2, Figure(await tool.Http.GetStringAsync(Ninghe), "IssuesResolved"));

        var resolve = await Post(tool, "/issues/ninghe-job/resolve", ("version", "2"), ("date", "2021-08-10"), ("by", "ninghe-rsj"), ("outcome", "专场招聘会补足岗位"), ("trips", "1"));
        Assert.Equal(HttpStatusCode.Redirect, resolve.StatusCode);
        Assert.Equal(3, Figure(await tool.Http.GetStringAsync(Ninghe), "IssuesResolved"));
        Assert.Equal(3, await Version(tool, "ninghe-job"));
        Assert.Equal(["import", "reopen", "resolve"], await Verbs(database, "ninghe-job"));

        var issuePage = await tool.Http.GetStringAsync("/issues/ninghe-job");
        Assert.Contains("专场招聘会补足岗位", issuePage, StringComparison.Ordinal);
        Assert.Contains("（示例日期）", issuePage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoClerksSavingOneIssue_TheSecondGetsAClearConflict_AndNothingIsLost()
    {
        var database = await server.NewDatabaseAsync();
        await using var tool = await RunningTool.StartAsync(database);
        await Import(tool);

        // Both opened the issue at version 1. The first reopens it; the second, still at version 1, tries to close it.
        var first = await Post(tool, "/issues/ninghe-job/reopen", ("version", "1"), ("date", "2021-08-01"), ("reason", "招聘未到岗"), ("clerk", "王"));
        var second = await Post(tool, "/issues/ninghe-job/reopen", ("version", "1"), ("date", "2021-08-02"), ("reason", "家属就业"), ("clerk", "李"));
        var page = await second.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("已由他人保存", page, StringComparison.Ordinal);
        Assert.Contains("第1版，现在是第2版", page, StringComparison.Ordinal);
        Assert.Contains("家属就业", page, StringComparison.Ordinal); // the second clerk's input is on the page, not lost
        Assert.Equal(2, await Version(tool, "ninghe-job"));
        Assert.Equal(["import", "reopen"], await Verbs(database, "ninghe-job"));
        Assert.Equal(2, Figure(await tool.Http.GetStringAsync(Ninghe), "IssuesResolved"));

        // Saves racing each other: exactly one of them lands.
        var racing = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            tool.Http.PostAsJsonAsync("/api/issues/ninghe-job/resolve", new Dictionary<string, string> { ["version"] = "2", ["date"] = "2021-08-10", ["by"] = "ninghe-rsj", ["outcome"] = $"第{i}种办法" })));
        Assert.Single(racing, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(5, racing.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(3, await Version(tool, "ninghe-job"));
        Assert.Equal(3, Figure(await tool.Http.GetStringAsync(Ninghe), "IssuesResolved"));
    }

    [Fact]
    public async Task BadInput_GetsAPageSayingWhatIsWrong_AndNothingIsSaved()
    {
        var database = await server.NewDatabaseAsync();
        await using var tool = await RunningTool.StartAsync(database);
        await Import(tool);

        var noDate = await Post(tool, "/issues/ninghe-job/reopen", ("version", "1"), ("reason", "x"));
        Assert.Equal(HttpStatusCode.BadRequest, noDate.StatusCode);
        Assert.Contains("date: 请填写日期", await noDate.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var badDate = await Post(tool, "/issues/ninghe-job/reopen", ("version", "1"), ("date", "2021-02-30"), ("reason", "x"));
        Assert.Contains("“2021-02-30”不是有效的日期", await badDate.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var unknownDepartment = await Post(tool, "/issues/ninghe-job/reopen", ("version", "1"), ("date", "2021-08-01"), ("reason", "x"));
        Assert.Equal(HttpStatusCode.Redirect, unknownDepartment.StatusCode);
        var assign = await Post(tool, "/issues/ninghe-job/assign", ("version", "2"), ("date", "2021-08-02"), ("lead", "no-such-unit"));
        Assert.Equal(HttpStatusCode.BadRequest, assign.StatusCode);
        Assert.Contains("没有编号为 no-such-unit 的部门", await assign.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var refused = await Post(tool, "/issues/ninghe-land/accept", ("version", "1"), ("date", "2021-08-01"));
        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        Assert.Contains("data-code=\"issue.transition-is-allowed\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await Post(tool, "/issues/no-such-issue/accept", ("version", "1"), ("date", "2021-08-01"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Post(tool, "/issues/ninghe-job/delete", ("version", "1"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await tool.Http.PostAsync("/issues/ninghe-job/accept", new StringContent("{}"))).StatusCode);
        var api = await tool.Http.PostAsync("/api/issues/ninghe-job/accept", new StringContent("[1, 2"));
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);

        Assert.Equal(2, await Version(tool, "ninghe-job"));
        Assert.Equal(1, await Version(tool, "ninghe-land"));
        Assert.Equal(["import", "reopen"], await Verbs(database, "ninghe-job"));
    }

    [Fact]
    public async Task AFormPostedFromAnotherSite_WithoutThePagesToken_IsRefused_AndNothingIsSaved()
    {
        var database = await server.NewDatabaseAsync();
        await using var tool = await RunningTool.StartAsync(database);
        await Import(tool);
        using var elsewhere = new HttpClient { BaseAddress = new Uri(tool.Address) };

        var forged = await elsewhere.PostAsync("/issues/ninghe-job/reopen", new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = "1", ["date"] = "2021-08-01", ["reason"] = "x" }));
        var withAnotherToken = await elsewhere.PostAsync("/issues/ninghe-job/reopen", new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = "1", ["date"] = "2021-08-01", ["reason"] = "x", [TokenField] = await Token(tool) }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("表单已失效", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, withAnotherToken.StatusCode); // a token without its cookie
        Assert.Equal(1, await Version(tool, "ninghe-job"));
        Assert.Equal(["import"], await Verbs(database, "ninghe-job"));
    }

    [Fact]
    public async Task AnIssuesWholeWorkflow_ThroughTheApi_MovesTheWorklistAndTheReview()
    {
        var database = await server.NewDatabaseAsync();
        await using var tool = await RunningTool.StartAsync(database);
        await Import(tool);
        var data = DataSetImporter.Import(File.ReadAllText(Repository.DataSet)).DataSet!;
        var enterprise = data.Enterprises.First(e => e.District == District.FromCode(120115)).Id.Value;
        var units = data.Departments.Where(d => d.District == District.FromCode(120115)).Select(d => d.Id.Value).Take(3).ToArray();
        var openBefore = await OpenCount(tool, 120115);
        var resolvedBefore = Figure(await tool.Http.GetStringAsync("/years/2021/districts/120115"), "IssuesResolved");

        await Api(tool, "/api/years/2021/issues", new() { ["id"] = "baodi-new-1", ["district"] = "120115", ["subject"] = enterprise, ["category"] = "Financing", ["channel"] = "Visit", ["raisedOn"] = "2021-09-01", ["summary"] = "申请贷款贴息" }, HttpStatusCode.OK);
        Assert.Equal(openBefore + 1, await OpenCount(tool, 120115));
        var version = 1;
        foreach (var (verb, fields) in new (string, Dictionary<string, string>)[]
                 {
                     ("accept", new() { ["date"] = "2021-09-01" }),
                     ("assign", new() { ["date"] = "2021-09-02", ["lead"] = units[0], ["co"] = units[1] }),
                     ("reroute", new() { ["date"] = "2021-09-03", ["lead"] = units[2], ["reason"] = "职责调整" }),
                     ("hold", new() { ["date"] = "2021-09-06", ["holdReason"] = "WaitingOnApplicant", ["note"] = "补交材料" }),
                     ("resume", new() { ["date"] = "2021-09-08" }),
                     ("report-in", new() { ["date"] = "2021-09-09", ["department"] = units[2] }),
                     ("resolve", new() { ["date"] = "2021-09-10", ["by"] = units[2], ["outcome"] = "完成贴息" }),
                 })
        {
            fields["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var answer = await Api(tool, $"/api/issues/baodi-new-1/{verb}", fields, HttpStatusCode.OK);
            Assert.Equal(++version, answer.GetProperty("version").GetInt32());
        }

        Assert.Equal(openBefore, await OpenCount(tool, 120115));

        // An issue registered in error is withdrawn before acceptance: its row, worklist entry and review contribution go.
        var reviewBefore = await tool.Http.GetStringAsync("/api/years/2021/districts/120115/review");
        var raisedBefore = await Raised(tool, 120115);
        await Api(tool, "/api/years/2021/issues", new() { ["id"] = "baodi-typo", ["district"] = "120115", ["subject"] = enterprise, ["category"] = "Other", ["channel"] = "Letter", ["raisedOn"] = "2021-09-20", ["summary"] = "重复登记" }, HttpStatusCode.OK);
        Assert.Equal(openBefore + 1, await OpenCount(tool, 120115));
        Assert.Equal(raisedBefore + 1, await Raised(tool, 120115));
        Assert.Equal("concurrency.conflict", (await Api(tool, "/api/issues/baodi-typo/withdraw", new() { ["version"] = "2" }, HttpStatusCode.Conflict)).GetProperty("code").GetString());
        await Api(tool, "/api/issues/baodi-typo/withdraw", new() { ["version"] = "1" }, HttpStatusCode.OK);
        Assert.Equal(reviewBefore, await tool.Http.GetStringAsync("/api/years/2021/districts/120115/review"));
        Assert.Equal(raisedBefore, await Raised(tool, 120115));
        Assert.Equal(openBefore, await OpenCount(tool, 120115));
        Assert.Equal(0, await Count(database, "SELECT count(*) FROM aggregates WHERE kind = 'issue' AND id = 'baodi-typo'"));
        var notRaised = await Api(tool, "/api/issues/baodi-new-1/withdraw", new() { ["version"] = "8" }, (HttpStatusCode)422);
        Assert.Equal("webtool.withdraw-only-before-acceptance", notRaised.GetProperty("code").GetString());

        Assert.Equal(resolvedBefore + 1, Figure(await tool.Http.GetStringAsync("/years/2021/districts/120115"), "IssuesResolved"));
        var duplicate = await Api(tool, "/api/years/2021/issues", new() { ["id"] = "baodi-new-1", ["district"] = "120115", ["subject"] = enterprise, ["category"] = "Financing", ["channel"] = "Visit", ["raisedOn"] = "2021-09-01", ["summary"] = "再次" }, (HttpStatusCode)422);
        Assert.Equal("issue.id-is-unique", duplicate.GetProperty("code").GetString());
        var refused = await Api(tool, "/api/issues/baodi-new-1/resolve", new() { ["version"] = "8", ["date"] = "2021-09-11", ["by"] = units[2], ["outcome"] = "再次" }, (HttpStatusCode)422);
        Assert.Equal("issue.transition-is-allowed", refused.GetProperty("code").GetString());
    }

    [Fact]
    public async Task ADepartmentsWorklist_AsOfADate_MarksTheDataSetsMadeUpDates()
    {
        var database = await server.NewDatabaseAsync();
        await using var tool = await RunningTool.StartAsync(database);
        await Import(tool);

        var page = await tool.Http.GetStringAsync("/years/2021/districts/120117/worklist?asOf=2021-06-30");
        Assert.Matches("在办 <span id=\"open-count\">2</span> 件", page);
        Assert.Contains("示例日期", page, StringComparison.Ordinal);
        var today = await tool.Http.GetFromJsonAsync<JsonElement>("/api/years/2021/districts/120117/worklist");
        Assert.Equal("2021-09-30", today.GetProperty("asOf").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await tool.Http.GetAsync("/years/2021/districts/120117/worklist?asOf=30.6.2021")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tool.Http.GetAsync("/years/2021/districts/999999")).StatusCode);
    }

    internal static async Task Import(RunningTool tool)
    {
        var response = await PostFile(tool, File.ReadAllText(Repository.DataSet));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The figure as computed from the records (the published value may be a district's own declaration).</summary>
    internal static int Figure(string page, string key) =>
        int.Parse(Regex.Match(page, $"data-figure=\"{key}\">.*?data-computed=\"(\\d+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private const string TokenField = "__RequestVerificationToken";

    /// <summary>The antiforgery token a page gives its forms (the client keeps the cookie that pairs with it).</summary>
    private static async Task<string> Token(RunningTool tool) =>
        System.Net.WebUtility.HtmlDecode(Regex.Match(await tool.Http.GetStringAsync("/"), $"name=\"{TokenField}\" value=\"([^\"]+)\"").Groups[1].Value);

    private static async Task<HttpResponseMessage> PostFile(RunningTool tool, string json, bool replace = false)
    {
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(json)), "file", "data.json" },
            { new StringContent(await Token(tool)), TokenField },
        };
        if (replace)
        {
            form.Add(new StringContent("on"), "replace");
        }

        return await tool.Http.PostAsync("/import", form);
    }

    private static async Task<HttpResponseMessage> Post(RunningTool tool, string path, params (string Key, string Value)[] fields) =>
        await tool.Http.PostAsync(path, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)).Append(KeyValuePair.Create(TokenField, await Token(tool)))));

    private static async Task<JsonElement> Api(RunningTool tool, string path, Dictionary<string, string> body, HttpStatusCode expected)
    {
        var response = await tool.Http.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private static async Task<int> OpenCount(RunningTool tool, int district) =>
        (await tool.Http.GetFromJsonAsync<JsonElement>($"/api/years/2021/districts/{district}/worklist")).GetProperty("items").GetArrayLength();

    private static async Task<int> Raised(RunningTool tool, int district) =>
        (await tool.Http.GetFromJsonAsync<JsonElement>($"/api/years/2021/districts/{district}/figures")).GetProperty("issues").GetProperty("raised").GetInt32();

    private static async Task<int> Version(RunningTool tool, string issue) =>
        (await tool.Http.GetFromJsonAsync<JsonElement>($"/api/issues/{issue}")).GetProperty("version").GetInt32();

    private static async Task<long> Count(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<string[]> Verbs(string database, string issue)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT verb FROM changes WHERE kind = 'issue' AND id = @id ORDER BY seq", connection);
        command.Parameters.AddWithValue("id", issue);
        var verbs = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            verbs.Add(reader.GetString(0));
        }

        return [.. verbs];
    }

    private static string ExpectedCityReview() =>
        JsonReviewRenderer.Render(DataSetImporter.Import(File.ReadAllText(Repository.DataSet)).DataSet!.ToReviewBuilder(WorkingDayCalendar.ChinaMainland).BuildCity());

    private static long ExpectedIssueCount() => DataSetImporter.Import(File.ReadAllText(Repository.DataSet)).DataSet!.Issues.Count;
}
