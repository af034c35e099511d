using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Issues.Rules;

/// <summary>Rule <c>issue.assignment-names-distinct-departments</c>: An assignment names one lead department and distinct co-departments, none of them the lead.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct AssignmentNamesDistinctDepartments : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "issue.assignment-names-distinct-departments";

    private readonly Id<Department> lead;
    private readonly IReadOnlyCollection<Id<Department>> coDepartments;

    internal AssignmentNamesDistinctDepartments(Id<Department> lead, IReadOnlyCollection<Id<Department>> coDepartments) => (this.lead, this.coDepartments) = (lead, coDepartments);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "An assignment names one lead department and distinct co-departments, none of them the lead.";

    /// <inheritdoc />
    public bool IsBroken() => coDepartments.Distinct().Count() != coDepartments.Count || coDepartments.Contains(lead) || coDepartments.Any(c => c.IsDefault);
}
