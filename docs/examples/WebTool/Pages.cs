using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using NodaTime;
using NodaTime.Text;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.Reporting;

namespace WebTool;

/// <summary>
/// The server-rendered pages a district office uses. Forms post to the same handlers as the JSON API; a refused or
/// malformed change gets a page that says what is wrong (with the clerk's input kept), and a success redirects.
/// </summary>
public static partial class Pages
{
    private const string Clerk = "clerk";

    private static readonly Dictionary<string, string> FieldLabels = new(StringComparer.Ordinal)
    {
        ["date"] = "日期", ["reason"] = "原因", ["lead"] = "牵头部门", ["co"] = "协办部门", ["holdReason"] = "暂停原因", ["note"] = "说明",
        ["department"] = "部门", ["by"] = "办结部门", ["outcome"] = "办理结果", ["trips"] = "跑动次数", ["clerk"] = "经办人", ["id"] = "编号",
        ["subject"] = "台企或台胞编号", ["category"] = "类别", ["channel"] = "渠道", ["raisedOn"] = "提出日期", ["summary"] = "概要", ["district"] = "区代码",
    };

    /// <summary>Maps the pages.</summary>
    public static void Map(WebApplication app)
    {
        app.MapGet("/", (Office office) => Html("对台工作办理系统", Home(office)));

        app.MapPost("/import", async (HttpRequest request, Office office) =>
        {
            if (!request.HasFormContentType)
            {
                return Error(400, "导入失败", ["请通过页面上的表单选择数据集文件上传。"]);
            }

            if (!await FromOurPage(request.HttpContext))
            {
                return Forged();
            }

            var form = await request.ReadFormAsync();
            if (form.Files.GetFile("file") is not { Length: > 0 } file)
            {
                return Error(400, "导入失败", ["请选择一个数据集文件（JSON）。"]);
            }

            await using var stream = file.OpenReadStream();
            var outcome = await office.ImportAsync(stream, form["replace"] == "on", ClerkOf(form), request.HttpContext.RequestAborted);
            return outcome switch
            {
                Outcome.Saved saved => Results.Redirect($"/years/{saved.Id}", permanent: false, preserveMethod: false),
                Outcome.Problems p => Html("导入失败", ProblemList("文件未导入（全部或全不）：以下问题须先更正，数据库未作任何改动。", p.List), 422),
                _ => OutcomePage(outcome, "/"),
            };
        });

        app.MapGet("/years/{year:int}", (int year, Office office) =>
            office.With(year, y => Html($"{year}年", YearPage(y))) ?? Error(404, "未找到", [$"{year}年的数据尚未导入。"]));

        app.MapGet("/years/{year:int}/city", (int year, Office office) =>
            office.With(year, y => Html($"天津市{year}年度对台工作巡礼", ReviewPage(y.Builder.BuildCity(), y))) ?? Error(404, "未找到", [$"{year}年的数据尚未导入。"]));

        app.MapGet("/years/{year:int}/districts/{code:int}", (int year, int code, Office office) =>
            !District.TryFromCode(code, out var district) ? Error(404, "未找到", [$"{code} 不是县级行政区代码。"])
            : office.With(year, y => Html(district.ChineseName, DistrictPage(y, district))) ?? Error(404, "未找到", [$"{year}年的数据尚未导入。"]));

        app.MapGet("/years/{year:int}/districts/{code:int}/worklist", (int year, int code, string? department, string? asOf, Office office) =>
        {
            if (!District.TryFromCode(code, out var district))
            {
                return Error(404, "未找到", [$"{code} 不是县级行政区代码。"]);
            }

            if (!office.TryAsOf(asOf, out var date))
            {
                return Error(400, "日期有误", [$"asOf: “{asOf}”不是 yyyy-MM-dd 格式的日期。"]);
            }

            return office.With(year, y => Html($"{district.ChineseName}待办清单", WorklistPage(y, district, department, date))) ?? Error(404, "未找到", [$"{year}年的数据尚未导入。"]);
        });

        app.MapGet("/issues/{id}", (string id, Office office) =>
        {
            foreach (var year in office.Years)
            {
                if (office.With(year, y => y.Issues.TryGetValue(id, out var held) ? Html($"事项 {id}", IssuePage(y, held.Issue, held.Version)) : null) is { } page)
                {
                    return page;
                }
            }

            return Error(404, "未找到", [$"没有编号为 {id} 的事项。"]);
        });

        app.MapPost("/years/{year:int}/issues", async (int year, HttpRequest request, Office office) =>
        {
            var form = await FormOf(request);
            if (form is null)
            {
                return Error(400, "表单有误", ["请通过页面上的表单提交。"]);
            }

            if (!await FromOurPage(request.HttpContext))
            {
                return Forged();
            }

            var outcome = await office.RaiseAsync(year, form, ClerkOf(form), request.HttpContext.RequestAborted);
            return outcome is Outcome.Saved saved ? Results.Redirect($"/issues/{saved.Id}") : OutcomePage(outcome, $"/years/{year}", form);
        });

        app.MapPost("/issues/{id}/{verb}", async (string id, string verb, HttpRequest request, Office office) =>
        {
            var form = await FormOf(request);
            if (form is null)
            {
                return Error(400, "表单有误", ["请通过页面上的表单提交。"]);
            }

            if (!await FromOurPage(request.HttpContext))
            {
                return Forged();
            }

            if (verb == "withdraw")
            {
                var withdrawn = await office.WithdrawAsync(id, form, ClerkOf(form), request.HttpContext.RequestAborted);
                return withdrawn is Outcome.Saved ? Html("已撤回", $"<p id=\"withdrawn\">事项 {E(id)} 的登记已撤回。</p>" + Back("/")) : OutcomePage(withdrawn, $"/issues/{id}", form);
            }

            var outcome = await office.ChangeAsync(id, verb, form, ClerkOf(form), request.HttpContext.RequestAborted);
            return outcome is Outcome.Saved ? Results.Redirect($"/issues/{id}") : OutcomePage(outcome, $"/issues/{id}", form);
        });
    }

    internal static async Task<Dictionary<string, string?>?> FormOf(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return null;
        }

        var form = await request.ReadFormAsync();
        return form.ToDictionary(f => f.Key, f => (string?)f.Value.ToString(), StringComparer.Ordinal);
    }

    private static string ClerkOf(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> form) =>
        form.FirstOrDefault(f => f.Key == Clerk).Value.ToString() is { Length: > 0 } clerk ? clerk : "clerk";

    private static string ClerkOf(Dictionary<string, string?> form) => form.TryGetValue(Clerk, out var c) && !string.IsNullOrWhiteSpace(c) ? c : "clerk";

    private static IResult OutcomePage(Outcome outcome, string back, Dictionary<string, string?>? input = null)
    {
        var kept = input is null ? string.Empty : Kept(input);
        return outcome switch
        {
            Outcome.Invalid x => Html("表单有误", List("以下内容需要更正，未作任何保存：", x.Errors) + kept + Back(back), 400),
            Outcome.NotFound x => Html("未找到", $"<p class=\"error\">{E(x.What)}</p>" + Back(back), 404),
            Outcome.Refused x => Html("未能办理", $"<p class=\"error\" data-code=\"{E(x.Code)}\">{E(x.Message)}</p><p class=\"code\">规则：{E(x.Code)}</p>" + kept + Back(back), 422),
            Outcome.Conflict x => Html("保存冲突", $"<p class=\"error conflict\" data-expected=\"{x.Expected}\" data-current=\"{x.Current}\">{E(x.Message)}</p>" + kept + Back(back, "查看最新状态"), 409),
            Outcome.Problems x => Html("未能保存", ProblemList("记录未通过检查，未作任何保存：", x.List) + kept + Back(back), 422),
            _ => Results.Redirect(back),
        };
    }

    private static string Kept(Dictionary<string, string?> input)
    {
        var sb = new StringBuilder("<h2>您填写的内容（未保存，可据此重新办理）</h2><dl class=\"kept\">");
        foreach (var (key, value) in input.Where(i => i.Key is not ("version" or "__RequestVerificationToken") && !string.IsNullOrWhiteSpace(i.Value)))
        {
            sb.Append(CultureInfo.InvariantCulture, $"<dt>{E(FieldLabels.GetValueOrDefault(key, key))}</dt><dd>{E(value!)}</dd>");
        }

        return sb.Append("</dl>").ToString();
    }

    private static string Back(string href, string text = "返回") => $"<p><a href=\"{E(href)}\">{E(text)}</a></p>";

    private static string Home(Office office)
    {
        var sb = new StringBuilder();
        var years = office.Years;
        sb.Append("<h2>已导入的年度</h2>");
        if (years.Count == 0)
        {
            sb.Append("<p>尚未导入数据。</p>");
        }

        sb.Append("<ul>");
        foreach (var year in years)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/years/{year}\">{year}年</a></li>");
        }

        sb.Append("</ul>");
        sb.Append("""
            <h2>导入数据集</h2>
            <form method="post" action="/import" enctype="multipart/form-data" id="import">
              <p><input type="file" name="file" accept=".json,application/json" required></p>
              <p><label><input type="checkbox" name="replace"> 替换已导入的年度（该年度的全部记录以文件为准）</label></p>
              <p><button type="submit">导入</button></p>
            </form>
            """);
        return sb.ToString();
    }

    private static string YearPage(OfficeYear y)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<p><a href=\"/years/{y.Year}/city\">天津市{y.Year}年度对台工作巡礼</a></p><h2>各区</h2><ul>");
        foreach (var district in y.Issues.Values.Select(i => i.Issue.District).Concat(y.Data.Departments.Select(d => d.District).OfType<District>()).Distinct().OrderBy(d => d.Code))
        {
            sb.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/years/{y.Year}/districts/{district.Code}\">{E(district.ChineseName)}</a>（<a href=\"/years/{y.Year}/districts/{district.Code}/worklist\">待办清单</a>）</li>");
        }

        sb.Append("</ul>");
        return sb.ToString();
    }

    private static string DistrictPage(OfficeYear y, District district)
    {
        var review = y.Builder.BuildDistrict(district);
        var sb = new StringBuilder(ReviewPage(review, y));
        sb.Append("<h2>事项</h2><table class=\"issues\"><tr><th>编号</th><th>类别</th><th>状态</th><th>提出日期</th></tr>");
        foreach (var (issue, version) in y.Issues.Values.Where(i => i.Issue.District == district).OrderBy(i => i.Issue.Id.Value, StringComparer.Ordinal))
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tr data-issue=\"{E(issue.Id.Value)}\"><td><a href=\"/issues/{E(issue.Id.Value)}\">{E(issue.Id.Value)}</a></td><td>{E(issue.Category.ChineseName)}</td><td class=\"status\">{E(issue.Status.InternalLabel)}</td><td>{DateText(y, issue.Id.Value, issue.RaisedOn)}</td></tr>");
        }

        sb.Append("</table>");
        sb.Append(CultureInfo.InvariantCulture, $"""
            <h2>登记新事项</h2>
            <form method="post" action="/years/{y.Year}/issues" id="raise">
              <input type="hidden" name="district" value="{district.Code}">
              <p><label>编号 <input name="id" required></label> <label>台企或台胞编号 <input name="subject" required></label></p>
              <p><label>类别 <select name="category">{Options(IssueCategory.List.Select(c => (c.Name, c.ChineseName)))}</select></label>
                 <label>渠道 <select name="channel">{Options(IssueChannel.List.Select(c => (c.Name, c.Name)))}</select></label>
                 <label>提出日期 <input name="raisedOn" type="date" required></label></p>
              <p><label>概要 <input name="summary" size="60" required></label></p>
              <p><button type="submit">登记</button></p>
            </form>
            """);
        return sb.ToString();
    }

    private static string ReviewPage(object review, OfficeYear y)
    {
        var (text, figures) = review switch
        {
            DistrictAnnualReview d => (ChineseTextRenderer.Render(d), d.Headline.Concat(d.Sections.SelectMany(s => s.Figures))),
            CityAnnualReview c => (ChineseTextRenderer.Render(c), c.Headline.AsEnumerable()),
            _ => throw new ArgumentException("Not a review.", nameof(review)),
        };
        var sb = new StringBuilder("<section class=\"review\">");
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            sb.Append(CultureInfo.InvariantCulture, $"<p>{E(line)}</p>");
        }

        sb.Append("</section><h2>数字</h2><table class=\"figures\"><tr><th>项目</th><th>发布数值</th><th>据记录计算</th><th>来源</th></tr>");
        foreach (var figure in figures.DistinctBy(f => (f.Key, f.Qualifier)))
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tr data-figure=\"{E(figure.Key.Name)}\"><td>{E(figure.Label)}</td><td class=\"value\" data-lower=\"{figure.Published.Lower}\">{E(figure.Published.ToString())}</td><td class=\"computed\" data-computed=\"{figure.Computed?.Lower}\">{E(figure.Computed?.ToString() ?? "—")}</td><td>{E(SourceText(figure.Provenance))}</td></tr>");
        }

        sb.Append(CultureInfo.InvariantCulture, $"</table><p class=\"note\">数字随每次办理即时更新（第{y.Year}年度）。</p>");
        return sb.ToString();
    }

    private static string WorklistPage(OfficeYear y, District district, string? department, LocalDate asOf)
    {
        var items = y.OpenWork(district, department, asOf);
        var sb = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"<p>截至{asOf:yyyy-MM-dd}，{E(district.ChineseName)}{(string.IsNullOrEmpty(department) ? string.Empty : $"（部门 {E(department)}）")}在办 <span id=\"open-count\">{items.Count}</span> 件。</p>"));
        sb.Append("<form method=\"get\"><label>部门编号 <input name=\"department\"></label> <label>截至 <input name=\"asOf\" type=\"date\"></label> <button>查看</button></form>");
        sb.Append("<table class=\"worklist\"><tr><th>编号</th><th>状态</th><th>时限</th><th>到期日</th><th>牵头部门</th><th>待报到</th></tr>");
        foreach (var item in items)
        {
            var id = item.Issue.Id.Value;
            sb.Append(CultureInfo.InvariantCulture, $"<tr data-issue=\"{E(id)}\"><td><a href=\"/issues/{E(id)}\">{E(id)}</a></td><td>{E(item.Status.InternalLabel)}</td><td>{E(item.Sla.ChineseName())}</td><td>{(item.DueDate is { } due ? DateText(y, id, due) : "—")}</td><td>{E(item.Lead?.Value ?? "—")}</td><td>{E(string.Join("、", item.AwaitingReportIn.Select(d => d.Value)))}</td></tr>");
        }

        sb.Append("</table>");
        if (items.Any(i => y.DatesIllustrative(i.Issue.Id.Value)))
        {
            sb.Append("<p class=\"note\">标“示例日期”的日期是数据集为演示而设，并非实际发生日期。</p>");
        }

        return sb.ToString();
    }

    private static string IssuePage(OfficeYear y, ServiceIssue issue, int version)
    {
        var id = issue.Id.Value;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<p><a href=\"/years/{y.Year}/districts/{issue.District.Code}\">{E(issue.District.ChineseName)}</a> · {E(issue.Category.ChineseName)} · 状态 <strong id=\"status\">{E(issue.Status.InternalLabel)}</strong> · 第<span id=\"version\">{version}</span>版</p>");
        sb.Append(CultureInfo.InvariantCulture, $"<p>{E(issue.Summary)}</p><h2>经过</h2><ol class=\"history\">");
        foreach (var step in issue.History)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<li>{DateText(y, id, step.Date)} {E(step.To.InternalLabel)}{(step.Department is { } d ? "（" + E(d.Value) + "）" : string.Empty)}{(step.Reason is { } n ? "：" + E(n) : string.Empty)}</li>");
        }

        sb.Append("</ol><h2>办理</h2>");
        string Form(string verb, string label, string fields) =>
            $"<form method=\"post\" action=\"/issues/{E(id)}/{verb}\" class=\"verb\" id=\"{verb}\"><input type=\"hidden\" name=\"version\" value=\"{version}\"><label>日期 <input name=\"date\" type=\"date\" required></label> {fields} <label>经办人 <input name=\"clerk\" size=\"8\"></label> <button type=\"submit\">{label}</button></form>";
        sb.Append(Form("accept", "受理", string.Empty));
        sb.Append(Form("assign", "交办", "<label>牵头部门 <input name=\"lead\"></label> <label>协办部门 <input name=\"co\"></label>"));
        sb.Append(Form("reroute", "改派", "<label>牵头部门 <input name=\"lead\"></label> <label>协办部门 <input name=\"co\"></label> <label>原因 <input name=\"reason\"></label>"));
        sb.Append(Form("hold", "暂停", $"<label>原因 <select name=\"holdReason\">{Options(Enum.GetValues<HoldReason>().Select(r => (r.ToString(), r.ChineseName())))}</select></label> <label>说明 <input name=\"note\"></label>"));
        sb.Append(Form("resume", "恢复办理", string.Empty));
        sb.Append(Form("report-in", "部门报到", "<label>部门 <input name=\"department\"></label>"));
        sb.Append(Form("resolve", "办结", "<label>办结部门 <input name=\"by\"></label> <label>结果 <input name=\"outcome\"></label> <label>跑动次数 <input name=\"trips\" size=\"3\"></label>"));
        sb.Append(Form("close", "未解决结案", "<label>原因 <input name=\"reason\"></label>"));
        sb.Append(Form("reopen", "重新办理", "<label>原因 <input name=\"reason\"></label>"));
        if (issue.Status == IssueStatus.Raised)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"/issues/{E(id)}/withdraw\" class=\"verb\" id=\"withdraw\"><input type=\"hidden\" name=\"version\" value=\"{version}\"><button type=\"submit\">撤回登记（登记有误）</button></form>");
        }
        return sb.ToString();
    }

    private static string SourceText(Provenance provenance) => provenance switch
    {
        Provenance.Computed => "据记录计算",
        Provenance.Declared => "区申报",
        Provenance.DeclaredAndComputed => "区申报（与记录核对）",
        Provenance.CombinedFromDistricts => "各区合计",
        _ => provenance.ToString(),
    };

    private static string DateText(OfficeYear y, string issueId, LocalDate date) =>
        E(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) + (y.DatesIllustrative(issueId) ? "（示例日期）" : string.Empty);

    private static string Options(IEnumerable<(string Value, string Text)> options) =>
        string.Concat(options.Select(o => $"<option value=\"{E(o.Value)}\">{E(o.Text)}</option>"));

    private static string ProblemList(string lead, IEnumerable<TaiAffairs.Domain.Interchange.ImportProblem> problems)
    {
        var sb = new StringBuilder($"<p class=\"error\">{E(lead)}</p><table class=\"problems\"><tr><th>位置</th><th>规则</th><th>说明</th></tr>");
        foreach (var p in problems)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td><code>{E(p.Path)}</code></td><td><code>{E(p.Code)}</code></td><td>{E(p.Message)}</td></tr>");
        }

        return sb.Append("</table>").ToString();
    }

    private static string List(string lead, IEnumerable<string> items) =>
        $"<p class=\"error\">{E(lead)}</p><ul class=\"errors\">" + string.Concat(items.Select(i => $"<li>{E(i)}</li>")) + "</ul>";

    private static HtmlPage Error(int status, string title, IEnumerable<string> messages) => Html(title, List(title, messages), status);

    private static HtmlPage Html(string title, string body, int status = 200) => new(
        $$"""
        <!doctype html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>{{E(title)}}</title>
        <style>body{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC",sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}
        table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem}.error{color:#a00}form.verb{margin:.3rem 0}</style>
        </head><body><header><a href="/">对台工作办理系统</a></header><h1>{{E(title)}}</h1>
        {{body}}
        </body></html>
        """,
        status);

    /// <summary>Whether a posted form carries the antiforgery token its page was given (a cross-site post does not).</summary>
    private static Task<bool> FromOurPage(HttpContext context) =>
        context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context);

    private static HtmlPage Forged() =>
        Error(400, "表单已失效", ["这次提交没有带上本系统页面给出的校验码（可能是页面已过期，或来自别的网站），未作任何保存。请刷新页面后重新提交。"]);

    /// <summary>A page: every form that posts gets the antiforgery token (and the cookie that pairs with it).</summary>
    private sealed partial class HtmlPage(string html, int status) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var tokens = httpContext.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(httpContext);
            var hidden = $"<input type=\"hidden\" name=\"{E(tokens.FormFieldName)}\" value=\"{E(tokens.RequestToken!)}\">";
            var page = PostForm().Replace(html, m => m.Value + hidden);
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = "text/html; charset=utf-8";
            await httpContext.Response.WriteAsync(page, Encoding.UTF8);
        }

        [System.Text.RegularExpressions.GeneratedRegex("<form method=\"post\"[^>]*>")]
        private static partial System.Text.RegularExpressions.Regex PostForm();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
