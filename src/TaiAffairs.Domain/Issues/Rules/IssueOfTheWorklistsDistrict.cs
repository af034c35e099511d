using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Issues.Rules;

/// <summary>Rule <c>worklist.issue-of-the-district</c>: A district's worklist holds that district's issues only.</summary>
/// <remarks>Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct IssueOfTheWorklistsDistrict : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "worklist.issue-of-the-district";

    private readonly District district;
    private readonly ServiceIssue issue;

    internal IssueOfTheWorklistsDistrict(District district, ServiceIssue issue)
    {
        this.district = district;
        this.issue = issue;
    }

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => $"The issue {issue.Id} is of {issue.District.ChineseName}, not of {district.ChineseName}.";

    /// <inheritdoc />
    public bool IsBroken() => issue.District != district;
}
