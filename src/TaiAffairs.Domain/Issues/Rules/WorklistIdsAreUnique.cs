using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Issues.Rules;

/// <summary>Rule <c>worklist.ids-are-unique</c>: A worklist holds each issue once, by id.</summary>
/// <remarks>Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct WorklistIdsAreUnique : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "worklist.ids-are-unique";

    private readonly Id<ServiceIssue> id;
    private readonly bool held;

    internal WorklistIdsAreUnique(Id<ServiceIssue> id, bool held)
    {
        this.id = id;
        this.held = held;
    }

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => $"The worklist already holds an issue {id}; give a new version to Replace.";

    /// <inheritdoc />
    public bool IsBroken() => held;
}
