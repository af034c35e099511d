using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Issues.Rules;

/// <summary>Rule <c>issue.transition-is-allowed</c>: an issue moves only along its state machine (see <see cref="IssueStatus"/>).</summary>
/// <remarks>Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct TransitionIsAllowed : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "issue.transition-is-allowed";

    private readonly IssueStatus from;
    private readonly IssueStatus to;

    internal TransitionIsAllowed(IssueStatus from, IssueStatus to) => (this.from, this.to) = (from, to);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => $"An issue cannot move from {from.ChineseName} to {to.ChineseName}: the step is not in its state machine.";

    /// <inheritdoc />
    public bool IsBroken() => !from.CanMoveTo(to);
}
