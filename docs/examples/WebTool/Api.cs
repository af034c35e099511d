using System.Globalization;
using System.Text.Json;
using NodaTime.Text;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.Reporting;

namespace WebTool;

/// <summary>
/// The JSON API: the same handlers as the pages. Changes take a JSON object of strings (the form's fields) and answer
/// 200 with the new version, or an RFC 9457 problem: 400 malformed, 404 unknown, 409 conflict, 422 refused (with the
/// rule's code, or every problem with its path).
/// </summary>
public static class Api
{
    /// <summary>Maps the API under <c>/api</c>.</summary>
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/years", (Office office) => Results.Ok(office.Years));

        api.MapPost("/import", async (HttpRequest request, bool? replace, Office office) =>
            Answer(await office.ImportAsync(request.Body, replace ?? false, request.Headers["X-Clerk"].ToString() is { Length: > 0 } c ? c : "api", request.HttpContext.RequestAborted)));

        api.MapGet("/years/{year:int}/city/review", (int year, Office office) =>
            office.With(year, y => Results.Text(JsonReviewRenderer.Render(y.Builder.BuildCity()), "application/json; charset=utf-8")) ?? NoYear(year));

        api.MapGet("/years/{year:int}/districts/{code:int}/review", (int year, int code, Office office) =>
            !District.TryFromCode(code, out var district) ? Problem(404, "district.unknown", $"{code} is not a county-level district's code.")
            : office.With(year, y => Results.Text(JsonReviewRenderer.Render(y.Builder.BuildDistrict(district)), "application/json; charset=utf-8")) ?? NoYear(year));

        // Every running figure of the district's accumulators (raised, carried over, by category ...), not only the review's.
        api.MapGet("/years/{year:int}/districts/{code:int}/figures", (int year, int code, Office office) =>
            !District.TryFromCode(code, out var district) ? Problem(404, "district.unknown", $"{code} is not a county-level district's code.")
            : office.With(year, y => Results.Text(y.Builder.BuildDistrict(district).Figures.ToJson(), "application/json; charset=utf-8")) ?? NoYear(year));

        api.MapGet("/years/{year:int}/districts/{code:int}/worklist", (int year, int code, string? department, string? asOf, Office office) =>
        {
            if (!District.TryFromCode(code, out var district))
            {
                return Problem(404, "district.unknown", $"{code} is not a county-level district's code.");
            }

            if (!office.TryAsOf(asOf, out var date))
            {
                return Problem(400, "field.date", "asOf is not a yyyy-MM-dd date.");
            }

            return office.With(year, y =>
            {
                var items = y.OpenWork(district, department, date);
                return Results.Ok(new
                {
                    district = district.Code,
                    asOf = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    items = items.Select(i => new
                    {
                        id = i.Issue.Id.Value,
                        status = i.Status.Name,
                        sla = i.Sla.ToString(),
                        due = i.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        datesIllustrative = y.DatesIllustrative(i.Issue.Id.Value),
                        lead = i.Lead?.Value,
                        awaitingReportIn = i.AwaitingReportIn.Select(d => d.Value),
                        version = y.Issues[i.Issue.Id.Value].Version,
                    }),
                });
            }) ?? NoYear(year);
        });

        api.MapGet("/issues/{id}", async (string id, Store store) =>
            await store.FindAsync("issue", id) is { } row
                ? Results.Ok(new { id = row.Id, year = row.Year, district = row.District, version = row.Version, snapshot = JsonDocument.Parse(row.Snapshot).RootElement })
                : Problem(404, "issue.unknown", $"No issue '{id}'."));

        api.MapPost("/years/{year:int}/issues", async (int year, HttpRequest request, Office office) =>
            await Fields(request) is { } fields
                ? Answer(await office.RaiseAsync(year, fields, Clerk(fields), request.HttpContext.RequestAborted))
                : Problem(400, "json.malformed", "The body is a JSON object of strings."));

        api.MapPost("/issues/{id}/{verb}", async (string id, string verb, HttpRequest request, Office office) =>
            await Fields(request) is not { } fields ? Problem(400, "json.malformed", "The body is a JSON object of strings.")
            : verb == "withdraw" ? Answer(await office.WithdrawAsync(id, fields, Clerk(fields), request.HttpContext.RequestAborted))
            : Answer(await office.ChangeAsync(id, verb, fields, Clerk(fields), request.HttpContext.RequestAborted)));
    }

    private static string Clerk(Dictionary<string, string?> fields) => fields.TryGetValue("clerk", out var c) && !string.IsNullOrWhiteSpace(c) ? c : "api";

    private static async Task<Dictionary<string, string?>?> Fields(HttpRequest request)
    {
        try
        {
            var body = await JsonSerializer.DeserializeAsync<Dictionary<string, JsonElement>>(request.Body);
            return body?.ToDictionary(
                p => p.Key,
                p => p.Value.ValueKind switch
                {
                    JsonValueKind.String => p.Value.GetString(),
                    JsonValueKind.Number => p.Value.GetRawText(),
                    JsonValueKind.Null => null,
                    _ => throw new JsonException(),
                },
                StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult Answer(Outcome outcome) => outcome switch
    {
        Outcome.Saved x => Results.Ok(new { id = x.Id, version = x.Version, status = x.Status }),
        Outcome.Invalid x => Problem(400, "form.invalid", "The request is malformed.", new() { ["errors"] = x.Errors }),
        Outcome.NotFound x => Problem(404, "not-found", x.What),
        Outcome.Conflict x => Problem(409, "concurrency.conflict", x.Message, new() { ["expected"] = x.Expected, ["current"] = x.Current }),
        Outcome.Refused x => Problem(422, x.Code, x.Message),
        Outcome.Problems x => Problem(422, "document.problems", "The document has problems; nothing was saved.", new() { ["problems"] = x.List.Select(p => new { path = p.Path, code = p.Code, message = p.Message }) }),
        _ => Problem(500, "unexpected", "Unexpected outcome."),
    };

    private static IResult NoYear(int year) => Problem(404, "year.unknown", $"The year {year} is not imported.");

    private static IResult Problem(int status, string code, string detail, Dictionary<string, object?>? extensions = null)
    {
        extensions ??= [];
        extensions["code"] = code;
        return Results.Problem(statusCode: status, title: code, detail: detail, extensions: extensions);
    }
}
