using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Issues.Rules;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Issues;

/// <summary>One issue on a worklist, as it stands on the worklist's date.</summary>
/// <remarks>Immutable; made by <see cref="Worklist"/>'s queries. The issue is the live aggregate; the other values are as of the date.</remarks>
public sealed record WorkItem
{
    internal WorkItem(ServiceIssue issue, IssueStatus status, SlaState sla, LocalDate? dueDate, Id<Department>? lead, IReadOnlyList<Id<Department>> awaitingReportIn)
    {
        Issue = issue;
        Status = status;
        Sla = sla;
        DueDate = dueDate;
        Lead = lead;
        AwaitingReportIn = awaitingReportIn;
    }

    /// <summary>Gets the issue.</summary>
    public ServiceIssue Issue { get; }

    /// <summary>Gets its status at the end of the date.</summary>
    public IssueStatus Status { get; }

    /// <summary>Gets where it stands against its deadline.</summary>
    public SlaState Sla { get; }

    /// <summary>Gets its due date as it stands (time on hold added), or <see langword="null"/> without a deadline.</summary>
    public LocalDate? DueDate { get; }

    /// <summary>Gets the lead department of the assignment in force, or <see langword="null"/> before assignment.</summary>
    public Id<Department>? Lead { get; }

    /// <summary>Gets the departments of the assignment in force that have not reported in, lead first.</summary>
    public IReadOnlyList<Id<Department>> AwaitingReportIn { get; }
}

/// <summary>
/// A district office's open work (待办): its issues, and the questions a clerk asks of them as of a date: overdue by
/// department, due within N working days, waiting for report-ins, on hold. Every list is oldest first (raised date,
/// then id).
/// </summary>
/// <remarks>
/// <para>It keeps the rules that span issues: ids are unique (<see cref="WorklistIdsAreUnique"/>), every issue is of the
/// worklist's district (<see cref="IssueOfTheWorklistsDistrict"/>), and, given a <see cref="DistrictDirectory"/>, every
/// department an issue is assigned to is the district's (<see cref="LeadingGroups.Rules.IssueDepartmentsInTheDirectory"/>).</para>
/// <para>Issues are the live aggregates: after a verb, give the issue to <see cref="Replace"/> so the rules are checked
/// again. Not thread-safe.</para>
/// </remarks>
public sealed class Worklist
{
    private readonly Dictionary<Id<ServiceIssue>, ServiceIssue> issues = [];

    private Worklist(District district, WorkingDayCalendar calendar, DistrictDirectory? directory)
    {
        District = district;
        Calendar = calendar;
        Directory = directory;
    }

    /// <summary>Gets the district.</summary>
    public District District { get; }

    /// <summary>Gets the working-day calendar deadlines are counted with.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>Gets the directory departments are checked against, if one was given.</summary>
    public DistrictDirectory? Directory { get; }

    /// <summary>Gets the number of issues held (open or not).</summary>
    public int Count => issues.Count;

    /// <summary>Creates a worklist of a district's issues, all or none.</summary>
    /// <param name="district">The district.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="issues">The issues (open and closed; queries keep the open ones).</param>
    /// <param name="directory">The district's directory, to check departments against; optional.</param>
    /// <returns>The worklist.</returns>
    /// <exception cref="ArgumentNullException">An argument or an issue is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The directory is another district's.</exception>
    /// <exception cref="BusinessRuleViolationException">A rule of <see cref="Add"/> is broken by an issue; nothing is created.</exception>
    public static Worklist For(District district, WorkingDayCalendar calendar, IEnumerable<ServiceIssue> issues, DistrictDirectory? directory = null)
    {
        ArgumentNullException.ThrowIfNull(district);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(issues);
        if (directory is not null && directory.District != district)
        {
            throw new ArgumentException($"The directory is {directory.District.ChineseName}'s, not {district.ChineseName}'s.", nameof(directory));
        }

        var worklist = new Worklist(district, calendar, directory);
        foreach (var issue in issues)
        {
            worklist.Add(issue);
        }

        return worklist;
    }

    /// <summary>Adds an issue.</summary>
    /// <param name="issue">The issue.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="WorklistIdsAreUnique"/>, <see cref="IssueOfTheWorklistsDistrict"/> or (with a directory)
    /// <see cref="LeadingGroups.Rules.IssueDepartmentsInTheDirectory"/> is broken; the worklist is unchanged.</exception>
    public void Add(ServiceIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        BusinessRule.Check(new WorklistIdsAreUnique(issue.Id, issues.ContainsKey(issue.Id)));
        CheckBelongs(issue);
        issues.Add(issue.Id, issue);
    }

    /// <summary>Puts an issue's current version in place of the one held (after a verb), checking the rules again.</summary>
    /// <param name="issue">The issue.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The worklist holds no issue with its id.</exception>
    /// <exception cref="BusinessRuleViolationException">A rule of <see cref="Add"/> is broken; the worklist is unchanged.</exception>
    public void Replace(ServiceIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        if (!issues.ContainsKey(issue.Id))
        {
            throw new KeyNotFoundException($"The worklist holds no issue {issue.Id}.");
        }

        CheckBelongs(issue);
        issues[issue.Id] = issue;
    }

    /// <summary>Removes an issue.</summary>
    /// <param name="id">The issue's id.</param>
    /// <returns>Whether it was held.</returns>
    public bool Remove(Id<ServiceIssue> id) => issues.Remove(id);

    /// <summary>Gets the issues open at the end of a date (raised by then, not resolved or closed), oldest first.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="nearingWithinWorkingDays">The nearing threshold for <see cref="WorkItem.Sla"/>; 2 by default.</param>
    /// <returns>The work items.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is negative.</exception>
    public IReadOnlyList<WorkItem> Open(LocalDate asOf, int nearingWithinWorkingDays = 2)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nearingWithinWorkingDays);
        var items = new List<WorkItem>();
        foreach (var issue in issues.Values)
        {
            if (issue.IsOpenOn(asOf))
            {
                items.Add(ItemOf(issue, asOf, nearingWithinWorkingDays));
            }
        }

        items.Sort(static (a, b) => a.Issue.RaisedOn != b.Issue.RaisedOn
            ? a.Issue.RaisedOn.CompareTo(b.Issue.RaisedOn)
            : string.CompareOrdinal(a.Issue.Id.Value, b.Issue.Id.Value));
        return items.AsReadOnly();
    }

    /// <summary>Gets the open issues past their due date (not on hold) at the end of a date, oldest first.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The work items.</returns>
    public IReadOnlyList<WorkItem> Overdue(LocalDate asOf) => [.. Open(asOf).Where(i => i.Sla == SlaState.Overdue)];

    /// <summary>
    /// Gets the overdue issues by the lead department of the assignment in force (an issue not yet assigned is under
    /// the office's own key, <see langword="null"/>: look it up with <see cref="Overdue"/>), oldest first within each.
    /// </summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The departments with their overdue work, in department id order.</returns>
    public IReadOnlyList<(Id<Department> Department, IReadOnlyList<WorkItem> Items)> OverdueByDepartment(LocalDate asOf) =>
        [.. Overdue(asOf).Where(i => i.Lead is not null).GroupBy(i => i.Lead!.Value).OrderBy(g => g.Key)
            .Select(g => (g.Key, (IReadOnlyList<WorkItem>)g.ToArray()))];

    /// <summary>
    /// Gets the open issues not on hold and not overdue whose due date is at most a number of working days after a date,
    /// oldest first (what falls due this week).
    /// </summary>
    /// <param name="asOf">The date.</param>
    /// <param name="workingDays">The window in working days.</param>
    /// <returns>The work items.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is negative.</exception>
    public IReadOnlyList<WorkItem> DueWithin(LocalDate asOf, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        return [.. Open(asOf, workingDays).Where(i => i.Sla == SlaState.Nearing)];
    }

    /// <summary>Gets the open issues whose assignment in force has departments that have not reported in by a date, oldest first.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The work items, each with the departments awaited.</returns>
    public IReadOnlyList<WorkItem> AwaitingReportIns(LocalDate asOf) => [.. Open(asOf).Where(i => i.AwaitingReportIn.Count > 0)];

    /// <summary>Gets the issues on hold at the end of a date, oldest first.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The work items.</returns>
    public IReadOnlyList<WorkItem> OnHold(LocalDate asOf) => [.. Open(asOf).Where(i => i.Status == IssueStatus.OnHold)];

    private WorkItem ItemOf(ServiceIssue issue, LocalDate asOf, int nearing)
    {
        var status = issue.StatusOn(asOf)!;
        var assignment = issue.AssignmentOn(asOf);
        var awaiting = new List<Id<Department>>();
        if (assignment is not null)
        {
            foreach (var department in assignment.Departments)
            {
                if (!assignment.ReportIns.TryGetValue(department, out var on) || on > asOf)
                {
                    awaiting.Add(department);
                }
            }
        }

        return new WorkItem(issue, status, issue.SlaStateOn(asOf, Calendar, nearing), issue.DueDateOn(asOf, Calendar), assignment?.Lead, awaiting.AsReadOnly());
    }

    private void CheckBelongs(ServiceIssue issue)
    {
        BusinessRule.Check(new IssueOfTheWorklistsDistrict(District, issue));
        Directory?.Check(issue);
    }
}
