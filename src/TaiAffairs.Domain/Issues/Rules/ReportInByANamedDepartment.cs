using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Issues.Rules;

/// <summary>Rule <c>issue.report-in-by-a-named-department</c>: Only a department named in the current assignment can report in, once, on or after the assignment's date.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct ReportInByANamedDepartment : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "issue.report-in-by-a-named-department";

    private readonly Assignment? assignment;
    private readonly Id<Department> department;
    private readonly LocalDate date;

    internal ReportInByANamedDepartment(Assignment? assignment, Id<Department> department, LocalDate date) => (this.assignment, this.department, this.date) = (assignment, department, date);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "Only a department named in the current assignment can report in, once, on or after the assignment's date.";

    /// <inheritdoc />
    public bool IsBroken() => assignment is null || !assignment.Names(department) || assignment.ReportIns.ContainsKey(department) || date < assignment.AssignedOn;
}
