using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Issues.Rules;

/// <summary>Rule <c>issue.resume-only-from-hold</c>: Only an issue on hold can be resumed.</summary>
/// <remarks>Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct ResumeOnlyFromHold : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "issue.resume-only-from-hold";

    private readonly IssueStatus status;

    internal ResumeOnlyFromHold(IssueStatus status) => this.status = status;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => $"Only an issue on hold can be resumed; this one is {status.Name}.";

    /// <inheritdoc />
    public bool IsBroken() => status != IssueStatus.OnHold;
}
