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
    public static readonly IssueStatus Raised = new(nameof(Raised), 1, "已提出");

    /// <summary>已受理: accepted by the office.</summary>
    public static readonly IssueStatus Accepted = new(nameof(Accepted), 2, "已受理");

    /// <summary>已交办: assigned to a lead department and co-departments.</summary>
    public static readonly IssueStatus Assigned = new(nameof(Assigned), 3, "已交办");

    /// <summary>已解决: resolved by a named department.</summary>
    public static readonly IssueStatus Resolved = new(nameof(Resolved), 4, "已解决");

    /// <summary>未解决办结: closed without resolution, with a reason. Final.</summary>
    public static readonly IssueStatus ClosedUnresolved = new(nameof(ClosedUnresolved), 5, "未解决办结");

    /// <summary>已重开: a resolved issue reopened, with a reason.</summary>
    public static readonly IssueStatus Reopened = new(nameof(Reopened), 6, "已重开");

    private static readonly IssueStatus[] Declared = [Raised, Accepted, Assigned, Resolved, ClosedUnresolved, Reopened];

    private static readonly Dictionary<IssueStatus, IssueStatus[]> Transitions = new()
    {
        [Raised] = [Accepted, ClosedUnresolved],
        [Accepted] = [Assigned, ClosedUnresolved],
        [Assigned] = [Resolved, ClosedUnresolved],
        [Resolved] = [Reopened],
        [Reopened] = [Assigned, Resolved, ClosedUnresolved],
        [ClosedUnresolved] = [],
    };

    private IssueStatus(string name, int value, string chineseName)
        : base(name, value) => ChineseName = chineseName;

    /// <summary>Gets every status in declaration order.</summary>
    public static IReadOnlyList<IssueStatus> All { get; } = Array.AsReadOnly(Declared);

    /// <summary>Gets the Chinese name, e.g. <c>已交办</c>.</summary>
    public string ChineseName { get; }

    /// <summary>Gets whether the issue is still being worked on (not resolved, not closed).</summary>
    public bool IsOpen => this != Resolved && this != ClosedUnresolved;

    /// <summary>Gets the statuses this one may move to.</summary>
    public IReadOnlyList<IssueStatus> Next => Array.AsReadOnly(Transitions[this]);

    /// <summary>Gets whether a transition to <paramref name="next"/> is allowed.</summary>
    /// <param name="next">The target status.</param>
    /// <returns>Whether the state machine allows it.</returns>
    public bool CanMoveTo(IssueStatus next) => Array.IndexOf(Transitions[this], next) >= 0;
}
