using Microsoft.Playwright;

namespace WebTool.Tests;

/// <summary>
/// The web tool in a real browser: the system Chromium driven by Playwright (no browser is downloaded; the path is
/// TAIAFFAIRS_CHROMIUM or /usr/bin/chromium). A screenshot of the district's review page is kept under
/// TAIAFFAIRS_ARTIFACTS (default: artifacts/ at the repository's root) as webtool-review-120117.png.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class BrowserTests(PostgresServer server) : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("TAIAFFAIRS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"The browser tests drive the system Chromium, and {chromium} does not exist: install Debian's chromium package (and fonts-wqy-microhei for Chinese glyphs), or set TAIAFFAIRS_CHROMIUM.");
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }

    [Fact]
    public async Task AClerkImportsTheYear_ResolvesAnIssue_AndSeesTheDistrictsFiguresChange()
    {
        await using var tool = await RunningTool.StartAsync(await server.NewDatabaseAsync());
        var page = await browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });
        await page.GotoAsync(tool.Address + "/");

        // Import the 2021 data set through the page's form.
        await page.SetInputFilesAsync("#import input[name=file]", Repository.DataSet);
        await page.ClickAsync("#import button[type=submit]");
        await page.WaitForURLAsync("**/years/2021");
        await page.ClickAsync("text=宁河区");
        await page.WaitForURLAsync("**/years/2021/districts/120117");
        Assert.Equal("3", await Computed(page));

        // Reopen 宁河's employment issue, then resolve it again: the figure goes 3 -> 2 -> 3 on the page.
        await page.ClickAsync("a[href='/issues/ninghe-job']");
        await page.FillAsync("#reopen input[name=date]", "2021-08-01");
        await page.FillAsync("#reopen input[name=reason]", "招聘未到岗");
        await page.ClickAsync("#reopen button[type=submit]");
        await page.WaitForURLAsync("**/issues/ninghe-job");
        Assert.Equal("已重开", await page.InnerTextAsync("#status"));
        await page.ClickAsync("header a");
        await page.GotoAsync(tool.Address + "/years/2021/districts/120117");
        Assert.Equal("2", await Computed(page));

        await page.GotoAsync(tool.Address + "/issues/ninghe-job");
        await page.FillAsync("#resolve input[name=date]", "2021-08-10");
        await page.FillAsync("#resolve input[name=by]", "ninghe-rsj");
        await page.FillAsync("#resolve input[name=outcome]", "专场招聘会补足岗位");
        await page.ClickAsync("#resolve button[type=submit]");
        await page.WaitForURLAsync("**/issues/ninghe-job");
        Assert.Equal("已解决", await page.InnerTextAsync("#status"));
        await page.GotoAsync(tool.Address + "/years/2021/districts/120117");
        Assert.Equal("3", await Computed(page));
        Assert.Contains("宁河", await page.InnerTextAsync("section.review"), StringComparison.Ordinal);

        var shot = Path.Combine(Artifacts(), "webtool-review-120117.png");
        await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
        Assert.True(new FileInfo(shot).Length > 10_000, "the screenshot is (nearly) empty");
    }

    [Fact]
    public async Task TwoClerksInTwoBrowsers_TheSecondSeesAConflictPage_WithTheirInputKept()
    {
        await using var tool = await RunningTool.StartAsync(await server.NewDatabaseAsync());
        await WebToolTests.Import(tool);
        await using var first = await browser!.NewContextAsync();
        await using var second = await browser.NewContextAsync();
        var a = await first.NewPageAsync();
        var b = await second.NewPageAsync();
        await a.GotoAsync(tool.Address + "/issues/ninghe-job");
        await b.GotoAsync(tool.Address + "/issues/ninghe-job");

        await a.FillAsync("#reopen input[name=date]", "2021-08-01");
        await a.FillAsync("#reopen input[name=reason]", "招聘未到岗");
        await a.ClickAsync("#reopen button[type=submit]");
        await a.WaitForURLAsync("**/issues/ninghe-job");
        Assert.Equal("2", await a.InnerTextAsync("#version"));

        await b.FillAsync("#close input[name=date]", "2021-08-02");
        await b.FillAsync("#close input[name=reason]", "申请人已离津");
        var response = await b.RunAndWaitForResponseAsync(() => b.ClickAsync("#close button[type=submit]"), r => r.Url.EndsWith("/issues/ninghe-job/close", StringComparison.Ordinal));
        Assert.Equal(409, response.Status);
        Assert.Equal("保存冲突", await b.InnerTextAsync("h1"));
        Assert.Contains("第1版，现在是第2版", await b.InnerTextAsync("p.conflict"), StringComparison.Ordinal);
        Assert.Contains("申请人已离津", await b.InnerTextAsync("dl.kept"), StringComparison.Ordinal);
        await b.ScreenshotAsync(new() { Path = Path.Combine(Artifacts(), "webtool-conflict.png"), FullPage = true });

        await b.ClickAsync("a:has-text('查看最新状态')");
        await b.WaitForURLAsync("**/issues/ninghe-job");
        Assert.Equal("已重开", await b.InnerTextAsync("#status"));
    }

    private static string Artifacts()
    {
        var folder = Environment.GetEnvironmentVariable("TAIAFFAIRS_ARTIFACTS") is { Length: > 0 } a ? a : Path.Combine(Repository.Root, "artifacts");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static Task<string?> Computed(IPage page) => page.GetAttributeAsync("tr[data-figure=IssuesResolved] td.computed", "data-computed");
}
