using NodaTime.Text;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Reporting;

namespace Guides;

// <snippet web-office>
/// <summary>
/// A city's year held in memory for a web back end: the issues by id and one review builder. The builder is not
/// thread-safe, so requests take turns; a change puts the new version of the record into the builder (Replace), and
/// the next review reads it without rebuilding the year.
/// </summary>
public sealed class ReviewOffice
{
    private readonly Lock gate = new();
    private readonly AnnualReviewBuilder builder;
    private readonly Dictionary<Id<ServiceIssue>, ServiceIssue> issues;

    public ReviewOffice(DataSet data)
    {
        builder = data.ToReviewBuilder(WorkingDayCalendar.ChinaMainland);
        issues = data.Issues.ToDictionary(i => i.Id);
    }

    /// <summary>Applies a verb to an issue; a refused verb changes nothing and becomes a 422 naming the rule.</summary>
    public IResult Change(string issueId, Action<ServiceIssue> verb)
    {
        if (!Id<ServiceIssue>.TryParse(issueId, out var id))
        {
            return Results.Problem(statusCode: 400, title: "Not an issue id.");
        }

        lock (gate)
        {
            if (!issues.TryGetValue(id, out var issue))
            {
                return Results.Problem(statusCode: 404, title: "No such issue.");
            }

            try
            {
                verb(issue);
            }
            catch (BusinessRuleViolationException ex)
            {
                return Results.Problem(statusCode: 422, title: ex.RuleCode, detail: ex.Message, extensions: new Dictionary<string, object?> { ["code"] = ex.RuleCode });
            }
            catch (ArgumentException ex)
            {
                return Results.Problem(statusCode: 400, title: "Bad request.", detail: ex.Message);
            }

            builder.Replace(issue);
            return Results.Ok(new { issue = issue.Id.Value, status = issue.Status.Name });
        }
    }

    public string DistrictReview(District district)
    {
        lock (gate)
        {
            return JsonReviewRenderer.Render(builder.BuildDistrict(district));
        }
    }

    public string CityReview()
    {
        lock (gate)
        {
            return JsonReviewRenderer.Render(builder.BuildCity());
        }
    }
}

// </snippet>

/// <summary>The web back end: one <see cref="ReviewOffice"/> as a singleton and a few endpoints.</summary>
public static class WebBackEnd
{
    public static int Run(string[] args, DataSet data)
    {
        var app = Build(args, data);
        app.Run();
        return 0;
    }

    // <snippet web-endpoints>
    public static WebApplication Build(string[] args, DataSet data)
    {
        var web = WebApplication.CreateSlimBuilder(args);
        web.Services.AddSingleton(new ReviewOffice(data));
        var app = web.Build();

        app.MapGet("/districts/{code:int}/review", (int code, ReviewOffice office) =>
            District.TryFromCode(code, out var district)
                ? Results.Text(office.DistrictReview(district), "application/json; charset=utf-8")
                : Results.Problem(statusCode: 404, title: "Not a Tianjin district code."));

        app.MapGet("/city/review", (ReviewOffice office) => Results.Text(office.CityReview(), "application/json; charset=utf-8"));

        app.MapPost("/issues/{id}/resolve", (string id, ResolveForm form, ReviewOffice office) =>
            LocalDatePattern.Iso.Parse(form.Date ?? string.Empty) is { Success: true } date && Id<Department>.TryParse(form.By, out var by)
                ? office.Change(id, issue => issue.Resolve(date.Value, by, form.Outcome ?? string.Empty))
                : Results.Problem(statusCode: 400, title: "date (yyyy-MM-dd) and by (a department id) are required."));

        app.MapPost("/issues/{id}/reopen", (string id, ReopenForm form, ReviewOffice office) =>
            LocalDatePattern.Iso.Parse(form.Date ?? string.Empty) is { Success: true } date
                ? office.Change(id, issue => issue.Reopen(date.Value, form.Reason ?? string.Empty))
                : Results.Problem(statusCode: 400, title: "date (yyyy-MM-dd) is required."));

        return app;
    }

    // </snippet>
}

/// <summary>The body of a resolve request.</summary>
public sealed record ResolveForm(string? Date, string? By, string? Outcome);

/// <summary>The body of a reopen request.</summary>
public sealed record ReopenForm(string? Date, string? Reason);
