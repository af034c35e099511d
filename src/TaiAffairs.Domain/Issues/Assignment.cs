using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Issues.Rules;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Issues;

/// <summary>
/// Who works on an issue: a lead department and co-departments (联合), from a date; for a whistle
/// (企业吹哨、部门报到), each named department's report-in date.
/// </summary>
/// <remarks>Equality is by reference. Report-ins are recorded through <see cref="ServiceIssue.RecordReportIn"/>. Changed only through its <see cref="ServiceIssue"/>; as thread-safe as the issue (single writer).</remarks>
public sealed class Assignment
{
    private readonly Dictionary<Id<Department>, LocalDate> reportIns = [];

    internal Assignment(LocalDate assignedOn, Id<Department> lead, IReadOnlyList<Id<Department>> coDepartments)
    {
        AssignedOn = assignedOn;
        Lead = lead;
        CoDepartments = coDepartments;
    }

    /// <summary>Gets the date of the assignment.</summary>
    public LocalDate AssignedOn { get; }

    /// <summary>Gets the lead department (牵头).</summary>
    public Id<Department> Lead { get; }

    /// <summary>Gets the co-departments (配合).</summary>
    public IReadOnlyList<Id<Department>> CoDepartments { get; }

    /// <summary>Gets the lead and the co-departments.</summary>
    public IEnumerable<Id<Department>> Departments => CoDepartments.Prepend(Lead);

    /// <summary>Gets each department's report-in date, for those that reported in.</summary>
    public IReadOnlyDictionary<Id<Department>, LocalDate> ReportIns => reportIns.AsReadOnly();

    /// <summary>Gets whether a department is named in the assignment.</summary>
    /// <param name="department">The department.</param>
    /// <returns>Whether it is the lead or a co-department.</returns>
    public bool Names(Id<Department> department) => Lead == department || CoDepartments.Contains(department);

    /// <summary>Records a department's report-in; the assignment checks its own rule.</summary>
    /// <param name="department">The department, named in this assignment.</param>
    /// <param name="date">The date, on or after the assignment.</param>
    /// <exception cref="BusinessRuleViolationException"><see cref="ReportInByANamedDepartment"/> is broken; the assignment is unchanged.</exception>
    internal void ReportIn(Id<Department> department, LocalDate date)
    {
        BusinessRule.Check(new ReportInByANamedDepartment(this, department, date));
        reportIns[department] = date;
    }
}
