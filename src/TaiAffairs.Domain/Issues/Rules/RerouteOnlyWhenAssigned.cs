using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Issues.Rules;

/// <summary>Rule <c>issue.reroute-only-when-assigned</c>: Only an assigned issue can be re-routed; assign it first, or resume it from hold.</summary>
/// <remarks>Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct RerouteOnlyWhenAssigned : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "issue.reroute-only-when-assigned";

    private readonly IssueStatus status;

    internal RerouteOnlyWhenAssigned(IssueStatus status) => this.status = status;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => $"Only an assigned issue can be re-routed; this one is {status.Name}.";

    /// <inheritdoc />
    public bool IsBroken() => status != IssueStatus.Assigned;
}
