using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Issues.Rules;

/// <summary>Rule <c>issue.resolved-by-an-assigned-department</c>: A resolution must name the department that resolved the issue, and it must be the lead or a co-department of the assignment.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct ResolvedByAnAssignedDepartment : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "issue.resolved-by-an-assigned-department";

    private readonly Assignment? assignment;
    private readonly Id<Department> resolvedBy;

    internal ResolvedByAnAssignedDepartment(Assignment? assignment, Id<Department> resolvedBy) => (this.assignment, this.resolvedBy) = (assignment, resolvedBy);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A resolution must name the department that resolved the issue, and it must be the lead or a co-department of the assignment.";

    /// <inheritdoc />
    public bool IsBroken() => resolvedBy.IsDefault || assignment is null || !assignment.Names(resolvedBy);
}
