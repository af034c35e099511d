using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Issues;

/// <summary>One dated step of an issue's history.</summary>
/// <remarks>Equality is structural. Immutable. Created by <see cref="ServiceIssue"/>'s verbs.</remarks>
public sealed record IssueTransition
{
    internal IssueTransition(IssueStatus from, IssueStatus to, LocalDate date, string? reason, Id<Department>? department)
    {
        From = from;
        To = to;
        Date = date;
        Reason = reason;
        Department = department;
    }

    /// <summary>Gets the status before the step (for the first step, <see cref="IssueStatus.Raised"/> itself).</summary>
    public IssueStatus From { get; }

    /// <summary>Gets the status after the step.</summary>
    public IssueStatus To { get; }

    /// <summary>Gets the date of the step.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the reason (required for closing and reopening) or the outcome of a resolution.</summary>
    public string? Reason { get; }

    /// <summary>Gets the department that resolved the issue, for a resolution; the lead, for an assignment.</summary>
    public Id<Department>? Department { get; }
}
