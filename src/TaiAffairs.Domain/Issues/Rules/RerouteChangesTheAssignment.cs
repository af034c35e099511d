using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Issues.Rules;

/// <summary>Rule <c>issue.reroute-changes-the-assignment</c>: A re-routing names another lead or other co-departments than the assignment in force.</summary>
/// <remarks>Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct RerouteChangesTheAssignment : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "issue.reroute-changes-the-assignment";

    private readonly Assignment current;
    private readonly Id<Department> lead;
    private readonly IReadOnlyList<Id<Department>> coDepartments;

    internal RerouteChangesTheAssignment(Assignment current, Id<Department> lead, IReadOnlyList<Id<Department>> coDepartments)
    {
        this.current = current;
        this.lead = lead;
        this.coDepartments = coDepartments;
    }

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A re-routing names another lead or other co-departments than the assignment in force.";

    /// <inheritdoc />
    public bool IsBroken() => current.Lead == lead && current.CoDepartments.SequenceEqual(coDepartments);
}
