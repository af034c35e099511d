using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Issues;

namespace TaiAffairs.Domain.LeadingGroups.Rules;

/// <summary>
/// Rule <c>directory.issue-departments-in-the-directory</c>: An issue is of the directory's district, and every department
/// it is assigned to is in that district's directory (an issue of 宝坻 goes to 宝坻's units, not to a department id no
/// group of 宝坻 has).
/// </summary>
/// <remarks>Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct IssueDepartmentsInTheDirectory : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "directory.issue-departments-in-the-directory";

    private readonly DistrictDirectory directory;
    private readonly ServiceIssue issue;
    private readonly Id<Department>? stranger;

    internal IssueDepartmentsInTheDirectory(DistrictDirectory directory, ServiceIssue issue, IEnumerable<Id<Department>> departments)
    {
        this.directory = directory;
        this.issue = issue;
        stranger = null;
        foreach (var department in departments)
        {
            if (!directory.Has(department))
            {
                stranger = department;
                break;
            }
        }
    }

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => issue.District != directory.District
        ? $"The issue {issue.Id} is of {issue.District.ChineseName}, not of {directory.District.ChineseName}."
        : $"The department {stranger} is not in {directory.District.ChineseName}'s directory (its leading group's units and office).";

    /// <inheritdoc />
    public bool IsBroken() => issue.District != directory.District || stranger is not null;
}
