using System.Diagnostics;
using Ardalis.GuardClauses;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Issues.Rules;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Issues;

/// <summary>
/// A problem raised by an enterprise or a compatriot (诉求, 难题), tracked to resolution: raised through a
/// channel, accepted, assigned to a lead department and co-departments, then resolved by a named department
/// or closed without resolution; a resolved issue may be reopened and resolved again.
/// </summary>
/// <remarks>
/// <para>Every step is dated and kept in <see cref="History"/>; dates never run backwards; an illegal step
/// throws <see cref="BusinessRuleViolationException"/> (never a silent no-op) and leaves the issue unchanged.
/// "On time", "nearing", "overdue" and working days to resolve are computed from the deadline with a
/// <see cref="WorkingDayCalendar"/>; nothing of it is stored.</para>
/// <para>An aggregate root: equality is by <see cref="Id"/>. Not thread-safe for writes.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class ServiceIssue : IEquatable<ServiceIssue>
{
    private readonly List<IssueTransition> history = [];
    // Made on the first assignment and the first hold: raising an issue allocates only the issue and its history.
    private List<Assignment>? assignments;
    private List<IssueHold>? holds;
    private System.Collections.ObjectModel.ReadOnlyCollection<IssueTransition>? historyView;

    private ServiceIssue(Id<ServiceIssue> id, District district, IssueSubject subject, IssueCategory category, IssueChannel channel, LocalDate raisedOn, string summary)
    {
        Id = id;
        District = district;
        Subject = subject;
        Category = category;
        Channel = channel;
        RaisedOn = raisedOn;
        Summary = summary;
    }

    /// <summary>Gets the issue's id.</summary>
    public Id<ServiceIssue> Id { get; }

    /// <summary>Gets the district whose office handles it.</summary>
    public District District { get; }

    /// <summary>Gets who raised it.</summary>
    public IssueSubject Subject { get; }

    /// <summary>Gets what it is about.</summary>
    public IssueCategory Category { get; }

    /// <summary>Gets how it was raised.</summary>
    public IssueChannel Channel { get; }

    /// <summary>Gets the date it was raised.</summary>
    public LocalDate RaisedOn { get; }

    /// <summary>Gets a short statement of the problem (no personal data).</summary>
    public string Summary { get; }

    /// <summary>Gets the current status: the last step's target.</summary>
    public IssueStatus Status => history[^1].To;

    /// <summary>Gets every step, in order; the first is the raise.</summary>
    public IReadOnlyList<IssueTransition> History => historyView ??= history.AsReadOnly();

    /// <summary>Gets the current assignment (the latest), if it has been assigned.</summary>
    public Assignment? Assignment => assignments is null ? null : assignments[^1];

    /// <summary>
    /// Gets every assignment in order: the first, each re-routing (<see cref="Reroute"/>) and each reassignment after a
    /// reopening, each with its co-departments and report-ins.
    /// </summary>
    public IReadOnlyList<Assignment> Assignments => assignments is null ? [] : assignments.AsReadOnly();

    /// <summary>Gets the assignment in force at the end of a date: the latest made on or before it, or <see langword="null"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The assignment.</returns>
    public Assignment? AssignmentOn(LocalDate date)
    {
        for (var i = (assignments?.Count ?? 0) - 1; i >= 0; i--)
        {
            if (assignments![i].AssignedOn <= date)
            {
                return assignments[i];
            }
        }

        return null;
    }

    /// <summary>Gets every time the issue was on hold, in order; the last has no end while it is on hold.</summary>
    public IReadOnlyList<IssueHold> Holds => holds is null ? [] : holds.AsReadOnly();

    /// <summary>Gets the deadline, if one was set.</summary>
    public Deadline? Deadline { get; private set; }

    /// <summary>Gets how many trips the applicant made, when recorded with the resolution (只跑一次 is 1).</summary>
    public int? ApplicantTrips { get; private set; }

    /// <summary>Gets the date of the latest resolution, while resolved; <see langword="null"/> otherwise.</summary>
    public LocalDate? ResolvedOn => Status == IssueStatus.Resolved ? history[^1].Date : null;

    /// <summary>Gets the department that resolved it, while resolved.</summary>
    public Id<Department>? ResolvedBy => Status == IssueStatus.Resolved ? history[^1].Department : null;

    /// <summary>Gets the date of the last step.</summary>
    public LocalDate LastStepOn => history[^1].Date;

    /// <summary>Records a newly raised issue.</summary>
    /// <param name="id">The issue's id.</param>
    /// <param name="district">The district whose office handles it.</param>
    /// <param name="subject">Who raised it.</param>
    /// <param name="category">What it is about.</param>
    /// <param name="channel">How it was raised.</param>
    /// <param name="raisedOn">The date.</param>
    /// <param name="summary">A short statement of the problem; it must carry no personal data.</param>
    /// <returns>The issue, in status <see cref="IssueStatus.Raised"/>.</returns>
    /// <exception cref="ArgumentException">A required argument is missing, default or blank.</exception>
    public static ServiceIssue Raise(Id<ServiceIssue> id, District district, IssueSubject subject, IssueCategory category, IssueChannel channel, LocalDate raisedOn, string summary)
    {
        Guard.Against.Expression(i => i.IsDefault, id, "An issue needs an id.");
        Guard.Against.Null(district, message: "An issue is handled by a district.");
        Guard.Against.Expression(s => s.IsDefault, subject, "An issue has a subject: an enterprise or a compatriot.");
        Guard.Against.Null(category, message: "An issue needs a category.");
        Guard.Against.Null(channel, message: "An issue needs a channel.");
        Guard.Against.NullOrWhiteSpace(summary, message: "An issue needs a summary.");
        var issue = new ServiceIssue(id, district, subject, category, channel, raisedOn, summary.Trim());
        issue.history.Add(new IssueTransition(IssueStatus.Raised, IssueStatus.Raised, raisedOn, null, null));
        return issue;
    }

    /// <summary>Accepts the issue (受理).</summary>
    /// <param name="date">The date.</param>
    /// <exception cref="BusinessRuleViolationException"><see cref="TransitionIsAllowed"/> or <see cref="DatesNeverRunBackwards"/> is broken.</exception>
    public void Accept(LocalDate date) => Step(IssueStatus.Accepted, date, null, null);

    /// <summary>Assigns the issue to a lead department and co-departments (交办); a reopened issue may be reassigned.</summary>
    /// <param name="date">The date.</param>
    /// <param name="lead">The lead department.</param>
    /// <param name="coDepartments">The co-departments, distinct and not the lead.</param>
    /// <returns>The assignment.</returns>
    /// <exception cref="ArgumentException">The lead is default or the list null.</exception>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="TransitionIsAllowed"/>, <see cref="DatesNeverRunBackwards"/> or <see cref="AssignmentNamesDistinctDepartments"/> is broken.</exception>
    public Assignment Assign(LocalDate date, Id<Department> lead, IEnumerable<Id<Department>> coDepartments)
    {
        Guard.Against.Expression(l => l.IsDefault, lead, "An assignment needs a lead department.");
        Guard.Against.Null(coDepartments, message: "Co-departments are required (they may be empty).");
        var co = coDepartments.ToArray();
        CheckStep(IssueStatus.Assigned, date);
        BusinessRule.Check(new AssignmentNamesDistinctDepartments(lead, co));
        var assignment = new Assignment(date, lead, Array.AsReadOnly(co.Order().ToArray()));
        (assignments ??= []).Add(assignment);
        history.Add(new IssueTransition(Status, IssueStatus.Assigned, date, null, lead));
        return assignment;
    }

    /// <summary>
    /// Re-routes an assigned issue to another lead or other co-departments (改派), with a reason. The earlier assignment
    /// stays in <see cref="Assignments"/> with its co-departments and report-ins; the issue stays assigned.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <param name="lead">The new lead department.</param>
    /// <param name="coDepartments">The new co-departments, distinct and not the lead.</param>
    /// <param name="reason">Why it is re-routed.</param>
    /// <returns>The new assignment.</returns>
    /// <exception cref="ArgumentException">The lead is default or the list null.</exception>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="RerouteOnlyWhenAssigned"/>, <see cref="DatesNeverRunBackwards"/>, <see cref="ReasonIsGiven"/>,
    /// <see cref="AssignmentNamesDistinctDepartments"/> or <see cref="RerouteChangesTheAssignment"/> is broken; the issue is unchanged.</exception>
    public Assignment Reroute(LocalDate date, Id<Department> lead, IEnumerable<Id<Department>> coDepartments, string reason)
    {
        Guard.Against.Expression(l => l.IsDefault, lead, "A re-routing needs a lead department.");
        Guard.Against.Null(coDepartments, message: "Co-departments are required (they may be empty).");
        var co = coDepartments.ToArray();
        BusinessRule.Check(new RerouteOnlyWhenAssigned(Status));
        BusinessRule.Check(new DatesNeverRunBackwards(LastStepOn, date));
        BusinessRule.Check(new ReasonIsGiven(reason));
        BusinessRule.Check(new AssignmentNamesDistinctDepartments(lead, co));
        var ordered = Array.AsReadOnly(co.Order().ToArray());
        BusinessRule.Check(new RerouteChangesTheAssignment(Assignment!, lead, ordered));
        var assignment = new Assignment(date, lead, ordered);
        assignments!.Add(assignment);
        history.Add(new IssueTransition(IssueStatus.Assigned, IssueStatus.Assigned, date, reason.Trim(), lead));
        return assignment;
    }

    /// <summary>
    /// Puts the issue on hold (挂起) while it waits on the applicant or a third party: the deadline clock pauses until
    /// <see cref="Resume"/> (or a closing). Allowed from accepted, assigned or reopened.
    /// </summary>
    /// <param name="date">The date; the working days after it are not counted towards the deadline.</param>
    /// <param name="reason">Why it waits.</param>
    /// <param name="note">What it waits for, in the office's words (no personal data); optional.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a defined reason.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="TransitionIsAllowed"/> or <see cref="DatesNeverRunBackwards"/> is broken; the issue is unchanged.</exception>
    public void Hold(LocalDate date, HoldReason reason, string? note = null)
    {
        if (reason is not (HoldReason.WaitingOnApplicant or HoldReason.WaitingOnThirdParty))
        {
            throw new ArgumentOutOfRangeException(nameof(reason), reason, "A hold waits on the applicant or on a third party.");
        }

        CheckStep(IssueStatus.OnHold, date);
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        (holds ??= []).Add(new IssueHold(reason, date, null, text));
        history.Add(new IssueTransition(Status, IssueStatus.OnHold, date, text, null));
    }

    /// <summary>Resumes an issue on hold: it returns to the status it had before (accepted, assigned or reopened), and the deadline clock runs again.</summary>
    /// <param name="date">The date; the working days up to it were not counted.</param>
    /// <exception cref="BusinessRuleViolationException"><see cref="ResumeOnlyFromHold"/> or <see cref="DatesNeverRunBackwards"/> is broken; the issue is unchanged.</exception>
    public void Resume(LocalDate date)
    {
        BusinessRule.Check(new ResumeOnlyFromHold(Status));
        BusinessRule.Check(new DatesNeverRunBackwards(LastStepOn, date));
        var held = history[^1].From;
        holds![^1] = holds[^1] with { Until = date };
        history.Add(new IssueTransition(IssueStatus.OnHold, held, date, null, null));
    }

    /// <summary>Records that a department named in the assignment reported in (部门报到).</summary>
    /// <param name="department">The department.</param>
    /// <param name="date">The date it reported in; on or after the assignment.</param>
    /// <exception cref="BusinessRuleViolationException"><see cref="ReportInByANamedDepartment"/> is broken.</exception>
    public void RecordReportIn(Id<Department> department, LocalDate date)
    {
        BusinessRule.Check(new ReportInByANamedDepartment(Assignment, department, date));
        Assignment!.ReportIn(department, date);
    }

    /// <summary>Sets (or resets) the deadline: a number of working days counted from a date.</summary>
    /// <param name="workingDays">The working days allowed.</param>
    /// <param name="countedFrom">The date they are counted from; not before the issue was raised.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is out of range.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="DeadlineCountedFromRaiseOrLater"/> is broken.</exception>
    public void SetDeadline(int workingDays, LocalDate countedFrom)
    {
        var deadline = Issues.Deadline.Create(workingDays, countedFrom);
        BusinessRule.Check(new DeadlineCountedFromRaiseOrLater(RaisedOn, countedFrom));
        Deadline = deadline;
    }

    /// <summary>Resolves the issue (解决), naming the department that resolved it.</summary>
    /// <param name="date">The date.</param>
    /// <param name="resolvedBy">The department: the lead or a co-department of the assignment.</param>
    /// <param name="outcome">What was done (修建环形公路, 完成6千伏电网接送电).</param>
    /// <param name="applicantTrips">How many trips the applicant made, if known (只跑一次 is 1).</param>
    /// <exception cref="ArgumentException">The outcome is blank.</exception>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="TransitionIsAllowed"/>, <see cref="DatesNeverRunBackwards"/>, <see cref="ResolvedByAnAssignedDepartment"/>
    /// or <see cref="ApplicantTripsArePositive"/> is broken.</exception>
    public void Resolve(LocalDate date, Id<Department> resolvedBy, string outcome, int? applicantTrips = null)
    {
        Guard.Against.NullOrWhiteSpace(outcome, message: "A resolution states its outcome.");
        CheckStep(IssueStatus.Resolved, date);
        BusinessRule.Check(new ResolvedByAnAssignedDepartment(Assignment, resolvedBy));
        if (applicantTrips is { } trips)
        {
            BusinessRule.Check(new ApplicantTripsArePositive(trips));
        }

        ApplicantTrips = applicantTrips;
        history.Add(new IssueTransition(Status, IssueStatus.Resolved, date, outcome.Trim(), resolvedBy));
    }

    /// <summary>Closes the issue without resolution (未解决办结), with a reason.</summary>
    /// <param name="date">The date.</param>
    /// <param name="reason">Why it could not be resolved.</param>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="TransitionIsAllowed"/>, <see cref="DatesNeverRunBackwards"/> or <see cref="ReasonIsGiven"/> is broken.</exception>
    public void CloseUnresolved(LocalDate date, string reason)
    {
        var wasOnHold = Status == IssueStatus.OnHold;
        Step(IssueStatus.ClosedUnresolved, date, reason, null, reasonRequired: true);
        if (wasOnHold)
        {
            holds![^1] = holds[^1] with { Until = date };
        }
    }

    /// <summary>Reopens a resolved issue, with a reason.</summary>
    /// <param name="date">The date.</param>
    /// <param name="reason">Why it is reopened.</param>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="TransitionIsAllowed"/>, <see cref="DatesNeverRunBackwards"/> or <see cref="ReasonIsGiven"/> is broken.</exception>
    public void Reopen(LocalDate date, string reason) => Step(IssueStatus.Reopened, date, reason, null, reasonRequired: true);

    /// <summary>Computes the due date, when a deadline is set.</summary>
    /// <param name="calendar">The working-day calendar.</param>
    /// <returns>The due date, or <see langword="null"/> without a deadline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <remarks>Time on hold that has ended (or, for a hold still running, up to its last step) extends the due date; see <see cref="DueDateOn"/>.</remarks>
    public LocalDate? DueDate(WorkingDayCalendar calendar) => DueDateOn(LastStepOn, calendar);

    /// <summary>
    /// Computes the due date as it stands at the end of a date: the deadline's working days counted from its start, with
    /// every working day the issue spent on hold up to that date added (the clock pauses). A hold that begins after the
    /// due date has passed does not move it: a missed deadline stays missed.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <returns>The due date, or <see langword="null"/> without a deadline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    public LocalDate? DueDateOn(LocalDate date, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (Deadline is not { } deadline)
        {
            return null;
        }

        var due = deadline.DueDate(calendar);
        if (holds is null)
        {
            return due;
        }

        foreach (var hold in holds)
        {
            if (hold.From > date || hold.From > due)
            {
                break;
            }

            var end = hold.Until is { } until && until <= date ? until : date;
            due = calendar.AddWorkingDays(due, calendar.WorkingDaysBetween(hold.From, end));
        }

        return due;
    }

    /// <summary>Gets the working days the issue spent on hold up to the end of a date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <returns>The working days paused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    public int WorkingDaysOnHold(LocalDate date, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var days = 0;
        if (holds is null)
        {
            return days;
        }

        foreach (var hold in holds)
        {
            if (hold.From > date)
            {
                break;
            }

            days += calendar.WorkingDaysBetween(hold.From, hold.Until is { } until && until <= date ? until : date);
        }

        return days;
    }

    /// <summary>Gets where the issue stands against its deadline at the end of a date (时限状态).</summary>
    /// <param name="date">The date; on or after the raise.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="nearingWithinWorkingDays">How many working days before the due date count as nearing (临期); 2 by default.</param>
    /// <returns>The state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the raise, or the threshold is negative.</exception>
    public SlaState SlaStateOn(LocalDate date, WorkingDayCalendar calendar, int nearingWithinWorkingDays = 2)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegative(nearingWithinWorkingDays);
        var step = LastStepOnOrBefore(date) ?? throw new ArgumentOutOfRangeException(nameof(date), date, "The issue was not raised yet on that date.");
        if (step.To == IssueStatus.OnHold)
        {
            return SlaState.OnHold;
        }

        if (step.To == IssueStatus.ClosedUnresolved)
        {
            return Deadline is null ? SlaState.NoDeadline : SlaState.ClosedUnresolved;
        }

        if (DueDateOn(step.To == IssueStatus.Resolved ? step.Date : date, calendar) is not { } due)
        {
            return SlaState.NoDeadline;
        }

        if (step.To == IssueStatus.Resolved)
        {
            return step.Date <= due ? SlaState.MetOnTime : SlaState.MetLate;
        }

        return date > due ? SlaState.Overdue
            : calendar.WorkingDaysBetween(date, due) <= nearingWithinWorkingDays ? SlaState.Nearing
            : SlaState.OnTrack;
    }

    /// <summary>Gets whether the issue was resolved by its due date.</summary>
    /// <param name="calendar">The working-day calendar.</param>
    /// <returns>Whether it is resolved on or before the due date; <see langword="null"/> without a deadline or while unresolved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    public bool? IsResolvedOnTime(WorkingDayCalendar calendar) =>
        ResolvedOn is { } resolved && DueDateOn(resolved, calendar) is { } due ? resolved <= due : null;

    /// <summary>Gets whether the issue was past its due date and still open at the end of a date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <returns>Whether it is overdue on <paramref name="date"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <remarks>An issue on hold is not overdue while it waits (<see cref="SlaStateOn"/> says <see cref="SlaState.OnHold"/>).</remarks>
    public bool IsOverdueOn(LocalDate date, WorkingDayCalendar calendar) =>
        DueDateOn(date, calendar) is { } due && date > due && IsOpenOn(date) && StatusOn(date) != IssueStatus.OnHold;

    /// <summary>Gets whether an open issue's due date is at most a number of working days ahead on a date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="withinWorkingDays">How near counts as nearing (default 2).</param>
    /// <returns>Whether it is open, not yet overdue, and due within that many working days.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="withinWorkingDays"/> is negative.</exception>
    public bool IsNearingDeadlineOn(LocalDate date, WorkingDayCalendar calendar, int withinWorkingDays = 2)
    {
        Guard.Against.NegativeNumber(withinWorkingDays, "The nearing window cannot be negative.");
        return DueDateOn(date, calendar) is { } due && IsOpenOn(date) && StatusOn(date) != IssueStatus.OnHold && date <= due
            && calendar.WorkingDaysBetween(date, due) <= withinWorkingDays;
    }

    /// <summary>Gets whether the issue was open (raised, not resolved or closed) at the end of a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether it was open then.</returns>
    public bool IsOpenOn(LocalDate date) => date >= RaisedOn && StatusOn(date)!.IsOpen;

    /// <summary>Gets the status the issue had at the end of a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The status, or <see langword="null"/> before the issue was raised.</returns>
    public IssueStatus? StatusOn(LocalDate date) => LastStepOnOrBefore(date)?.To;

    /// <summary>Gets the date of the resolution in force at the end of a date (resolved then, and not since reopened).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The resolution date, or <see langword="null"/> when the issue was not resolved at the end of <paramref name="date"/>.</returns>
    public LocalDate? ResolvedOnAsOf(LocalDate date) => LastStepOnOrBefore(date) is { } step && step.To == IssueStatus.Resolved ? step.Date : null;

    /// <summary>Gets the department of the resolution in force at the end of a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The department, or <see langword="null"/> when not resolved then.</returns>
    public Id<Department>? ResolvedByAsOf(LocalDate date) => LastStepOnOrBefore(date) is { } step && step.To == IssueStatus.Resolved ? step.Department : null;

    /// <summary>Gets the working days from raising to the latest resolution (raised Monday, resolved Wednesday: 2).</summary>
    /// <param name="calendar">The working-day calendar.</param>
    /// <returns>The working days, or <see langword="null"/> while unresolved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    public int? WorkingDaysToResolve(WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return ResolvedOn is { } resolved ? calendar.WorkingDaysBetween(RaisedOn, resolved) : null;
    }

    /// <summary>Gets the calendar days from raising to the latest resolution.</summary>
    /// <returns>The days, or <see langword="null"/> while unresolved.</returns>
    public int? DaysToResolve() => ResolvedOn is { } resolved ? Period.DaysBetween(RaisedOn, resolved) : null;

    /// <inheritdoc />
    public bool Equals(ServiceIssue? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ServiceIssue);

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Returns the category, status and id.</summary>
    /// <returns>E.g. <c>证件办理 已解决 (beichen-i-07)</c>.</returns>
    public override string ToString() => $"{Category.ChineseName} {Status.ChineseName} ({Id})";

    /// <summary>Gets the date of the closing (without resolution) in force at the end of a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The closing date, or <see langword="null"/> when the issue was not closed then.</returns>
    public LocalDate? LastClosedOn(LocalDate date) => LastStepOnOrBefore(date) is { } step && step.To == IssueStatus.ClosedUnresolved ? step.Date : null;

    internal IssueTransition? LastStepOnOrBefore(LocalDate date)
    {
        IssueTransition? last = null;
        foreach (var step in history)
        {
            if (step.Date > date)
            {
                break;
            }

            last = step;
        }

        return last;
    }

    private void CheckStep(IssueStatus to, LocalDate date)
    {
        BusinessRule.Check(new TransitionIsAllowed(Status, to));
        BusinessRule.Check(new DatesNeverRunBackwards(LastStepOn, date));
    }

    private void Step(IssueStatus to, LocalDate date, string? reason, Id<Department>? department, bool reasonRequired = false)
    {
        CheckStep(to, date);
        if (reasonRequired)
        {
            BusinessRule.Check(new ReasonIsGiven(reason));
        }

        history.Add(new IssueTransition(Status, to, date, reason?.Trim(), department));
    }
}
