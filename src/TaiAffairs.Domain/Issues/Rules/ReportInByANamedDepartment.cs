using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Issues.Rules;

/// <summary>Rule <c>issue.report-in-by-a-named-department</c>: Only a department named in the current assignment can report in, once, on or after the assignment's date.</summary>
public sealed class ReportInByANamedDepartment : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "issue.report-in-by-a-named-department";

    private readonly bool valid;

    internal ReportInByANamedDepartment(bool valid) => this.valid = valid;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "Only a department named in the current assignment can report in, once, on or after the assignment's date.";

    /// <inheritdoc />
    public bool IsBroken() => !valid;
}
