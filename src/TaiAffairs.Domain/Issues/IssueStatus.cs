using Ardalis.SmartEnum;

namespace TaiAffairs.Domain.Issues;

/// <summary>
/// The states of a service issue and the transitions between them:
/// Raised → Accepted → Assigned → Resolved; any open state → ClosedUnresolved (with a reason);
/// Resolved → Reopened (with a reason) → Assigned or Resolved again, or ClosedUnresolved.
/// </summary>
/// <remarks>Equality by identity. <c>List</c> is sorted by name; <see cref="All"/> is in declaration order. Its values are immutable singletons; thread-safe.</remarks>
public sealed class IssueStatus : SmartEnum<IssueStatus>
{
    /// <summary>已提出: raised, not yet accepted.</summary>
    public static readonly IssueStatus Raised = new(nameof(Raised), 1, "已提出", "已提交");

    /// <summary>已受理: accepted by the office.</summary>
    public static readonly IssueStatus Accepted = new(nameof(Accepted), 2, "已受理", "已受理");

    /// <summary>已交办: assigned to a lead department and co-departments.</summary>
    public static readonly IssueStatus Assigned = new(nameof(Assigned), 3, "已交办", "办理中");

    /// <summary>已解决: resolved by a named department.</summary>
    public static readonly IssueStatus Resolved = new(nameof(Resolved), 4, "已解决", "已办结");

    /// <summary>未解决办结: closed without resolution, with a reason. Final.</summary>
    public static readonly IssueStatus ClosedUnresolved = new(nameof(ClosedUnresolved), 5, "未解决办结", "已办结");

    /// <summary>已重开: a resolved issue reopened, with a reason.</summary>
    public static readonly IssueStatus Reopened = new(nameof(Reopened), 6, "已重开", "办理中");

    /// <summary>On hold (已挂起), waiting on the applicant or a third party: the deadline clock pauses (<see cref="ServiceIssue.Hold"/>); <see cref="ServiceIssue.Resume"/> returns it to the status it had.</summary>
    public static readonly IssueStatus OnHold = new(nameof(OnHold), 7, "已挂起", "办理中");

    private static readonly IssueStatus[] Declared = [Raised, Accepted, Assigned, Resolved, ClosedUnresolved, Reopened, OnHold];

    // Resuming from OnHold is not a transition of this table: it returns to the status held, whatever that was.
    private static readonly Dictionary<IssueStatus, IssueStatus[]> Transitions = new()
    {
        [Raised] = [Accepted, ClosedUnresolved],
        [Accepted] = [Assigned, ClosedUnresolved, OnHold],
        [Assigned] = [Resolved, ClosedUnresolved, OnHold],
        [Resolved] = [Reopened],
        [Reopened] = [Assigned, Resolved, ClosedUnresolved, OnHold],
        [ClosedUnresolved] = [],
        [OnHold] = [ClosedUnresolved],
    };

    private IssueStatus(string name, int value, string chineseName, string publicLabel)
        : base(name, value)
    {
        ChineseName = chineseName;
        PublicLabel = publicLabel;
    }

    /// <summary>Gets every status in declaration order.</summary>
    public static IReadOnlyList<IssueStatus> All { get; } = Array.AsReadOnly(Declared);

    /// <summary>Gets the Chinese name, e.g. <c>已交办</c>; the same as <see cref="InternalLabel"/>.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the label for the office's own staff: the exact step (已提出, 已受理, 已交办, 已挂起, 已重开, 已解决, 未解决办结).</summary>
    public string InternalLabel => ChineseName;

    /// <summary>
    /// Gets the label fit for the applicant and the public (已提交, 已受理, 办理中, 已办结): assignment, re-routing, holds and
    /// reopening are all 办理中; a resolution and a closing without one are both 已办结.
    /// </summary>
    public string PublicLabel { get; }

    /// <summary>Gets whether the issue is still being worked on (not resolved, not closed).</summary>
    public bool IsOpen => this != Resolved && this != ClosedUnresolved;

    /// <summary>Gets the statuses this one may move to.</summary>
    public IReadOnlyList<IssueStatus> Next => Array.AsReadOnly(Transitions[this]);

    /// <summary>Gets whether a transition to <paramref name="next"/> is allowed.</summary>
    /// <param name="next">The target status.</param>
    /// <returns>Whether the state machine allows it.</returns>
    public bool CanMoveTo(IssueStatus next) => Array.IndexOf(Transitions[this], next) >= 0;
}
