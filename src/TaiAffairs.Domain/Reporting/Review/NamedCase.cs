using Ardalis.GuardClauses;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Reporting;

/// <summary>
/// A short story of an issue and its resolution for a review: who (an enterprise's name, or a person's name
/// masked as 许某某 unless their publicity consent is recorded), what, which departments, how long in working
/// days, and the outcome.
/// </summary>
/// <remarks>Immutable; equality is structural. It holds the published name only, never the record of the person.</remarks>
public sealed record NamedCase
{
    private NamedCase(Id<ServiceIssue> issue, District district, string title, string subject, string category, IReadOnlyList<string> departments, LocalDate raisedOn, LocalDate? resolvedOn, int? workingDays, string? outcome)
    {
        Issue = issue;
        District = district;
        Title = title;
        Subject = subject;
        Category = category;
        Departments = departments;
        RaisedOn = raisedOn;
        ResolvedOn = resolvedOn;
        WorkingDays = workingDays;
        Raised = ReportedDate.OnDay(raisedOn);
        Resolved = resolvedOn is { } on ? ReportedDate.OnDay(on) : null;
        Outcome = outcome;
    }

    /// <summary>Gets the issue told.</summary>
    public Id<ServiceIssue> Issue { get; }

    /// <summary>Gets the district.</summary>
    public District District { get; }

    /// <summary>Gets the case's title (许某某台胞证绿色通道).</summary>
    public string Title { get; }

    /// <summary>Gets who raised it, as published.</summary>
    public string Subject { get; }

    /// <summary>Gets what it was about (the category's Chinese name).</summary>
    public string Category { get; }

    /// <summary>Gets the departments that worked on it, lead first.</summary>
    public IReadOnlyList<string> Departments { get; }

    /// <summary>Gets the date raised.</summary>
    public LocalDate RaisedOn { get; }

    /// <summary>Gets the date resolved, if resolved.</summary>
    public LocalDate? ResolvedOn { get; }

    /// <summary>Gets the working days taken, if resolved.</summary>
    public int? WorkingDays { get; private init; }

    /// <summary>Gets the outcome, if resolved.</summary>
    public string? Outcome { get; }

    /// <summary>Gets when the issue was raised, as a review may print it: stated by the source, or the record's own day.</summary>
    /// <remarks><see langword="null"/> when the record's day is illustrative and the source states none.</remarks>
    public ReportedDate? Raised { get; private init; }

    /// <summary>Gets when the issue was resolved, as a review may print it: stated by the source, or the record's own day.</summary>
    /// <remarks><see langword="null"/> when unresolved, or when the record's day is illustrative and the source states none.</remarks>
    public ReportedDate? Resolved { get; private init; }

    /// <summary>
    /// Returns the case with the dates a review may print: those the source states, else the record's own days unless
    /// they are illustrative. The working days to resolve are kept only when both printed dates are exact days of
    /// record, never computed from a made-up day.
    /// </summary>
    /// <param name="raised">When the issue was raised, as the source states it, if it does.</param>
    /// <param name="resolved">When it was resolved, as the source states it, if it does.</param>
    /// <param name="recordDatesIllustrative">Whether the issue's own dates were made up by the data set.</param>
    /// <returns>The case with its printable dates.</returns>
    public NamedCase WithStatedDates(ReportedDate? raised, ReportedDate? resolved, bool recordDatesIllustrative)
    {
        var raisedOn = raised ?? (recordDatesIllustrative ? null : Raised);
        var resolvedOn = resolved ?? (recordDatesIllustrative ? null : Resolved);
        var workingDays = !recordDatesIllustrative && raised is null && resolved is null ? WorkingDays : null;
        return this with { Raised = raisedOn, Resolved = resolvedOn, WorkingDays = workingDays };
    }

    /// <summary>Tells a compatriot's issue; the name is masked unless the person consented to publicity on <paramref name="publishedOn"/>.</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="person">The person who raised it.</param>
    /// <param name="title">The case's title; it must not carry the person's name (use <c>{name}</c> to place the published name).</param>
    /// <param name="departmentNames">Names of the departments by id.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="publishedOn">The publication date, for the consent check.</param>
    /// <returns>The case.</returns>
    /// <exception cref="ArgumentException">An argument is missing, or the person is not the issue's subject.</exception>
    public static NamedCase Of(ServiceIssue issue, Compatriot person, string title, IReadOnlyDictionary<Id<Department>, string> departmentNames, WorkingDayCalendar calendar, LocalDate publishedOn)
    {
        Guard.Against.Null(person, message: "The person is required.");
        Guard.Against.Null(issue, message: "An issue is required.");
        if (issue.Subject.IsEnterprise || issue.Subject.Key != person.Id.Value)
        {
            throw new ArgumentException("The person must be the issue's subject.", nameof(person));
        }

        if (!person.MayBeNamedOn(publishedOn) && title is not null && title.Contains(person.Name.Reveal(), StringComparison.Ordinal))
        {
            throw new ArgumentException("The title carries the person's name, and no publicity consent is recorded; use {name}.", nameof(title));
        }

        return Create(issue, person.PublishedNameOn(publishedOn), title!, departmentNames, calendar);
    }

    /// <summary>Tells an enterprise's issue.</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="enterprise">The enterprise that raised it.</param>
    /// <param name="title">The case's title (<c>{name}</c> places the enterprise's name).</param>
    /// <param name="departmentNames">Names of the departments by id.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <returns>The case.</returns>
    /// <exception cref="ArgumentException">An argument is missing, or the enterprise is not the issue's subject.</exception>
    public static NamedCase Of(ServiceIssue issue, Enterprise enterprise, string title, IReadOnlyDictionary<Id<Department>, string> departmentNames, WorkingDayCalendar calendar)
    {
        Guard.Against.Null(enterprise, message: "The enterprise is required.");
        Guard.Against.Null(issue, message: "An issue is required.");
        if (!issue.Subject.IsEnterprise || issue.Subject.Key != enterprise.Id.Value)
        {
            throw new ArgumentException("The enterprise must be the issue's subject.", nameof(enterprise));
        }

        return Create(issue, enterprise.Name, title, departmentNames, calendar);
    }

    private static NamedCase Create(ServiceIssue issue, string subject, string title, IReadOnlyDictionary<Id<Department>, string> departmentNames, WorkingDayCalendar calendar)
    {
        Guard.Against.NullOrWhiteSpace(title, message: "A case needs a title.");
        Guard.Against.Null(departmentNames, message: "Department names are required.");
        Guard.Against.Null(calendar, message: "A calendar is required.");
        var departments = issue.Assignment?.Departments.Select(d => departmentNames.TryGetValue(d, out var name) ? name : d.Value).ToArray() ?? [];
        return new NamedCase(
            issue.Id, issue.District, title.Replace("{name}", subject, StringComparison.Ordinal).Trim(), subject, issue.Category.ChineseName, Array.AsReadOnly(departments),
            issue.RaisedOn, issue.ResolvedOn, issue.WorkingDaysToResolve(calendar), issue.History[^1].To == IssueStatus.Resolved ? issue.History[^1].Reason : null);
    }
}
