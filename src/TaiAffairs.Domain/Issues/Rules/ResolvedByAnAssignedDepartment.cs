using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Issues.Rules;

/// <summary>Rule <c>issue.resolved-by-an-assigned-department</c>: A resolution must name the department that resolved the issue, and it must be the lead or a co-department of the assignment.</summary>
public sealed class ResolvedByAnAssignedDepartment : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "issue.resolved-by-an-assigned-department";

    private readonly bool named;

    internal ResolvedByAnAssignedDepartment(bool named) => this.named = named;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A resolution must name the department that resolved the issue, and it must be the lead or a co-department of the assignment.";

    /// <inheritdoc />
    public bool IsBroken() => !named;
}
