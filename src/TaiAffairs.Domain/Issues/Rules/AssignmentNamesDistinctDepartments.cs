using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Issues.Rules;

/// <summary>Rule <c>issue.assignment-names-distinct-departments</c>: An assignment names one lead department and distinct co-departments, none of them the lead.</summary>
public sealed class AssignmentNamesDistinctDepartments : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "issue.assignment-names-distinct-departments";

    private readonly bool distinct;

    internal AssignmentNamesDistinctDepartments(bool distinct) => this.distinct = distinct;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "An assignment names one lead department and distinct co-departments, none of them the lead.";

    /// <inheritdoc />
    public bool IsBroken() => !distinct;
}
