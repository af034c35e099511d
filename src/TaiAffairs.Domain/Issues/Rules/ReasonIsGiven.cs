using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Issues.Rules;

/// <summary>Rule <c>issue.reason-is-given</c>: Closing an issue without resolution, reopening it or re-routing it requires a reason.</summary>
/// <remarks>Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct ReasonIsGiven : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "issue.reason-is-given";

    private readonly string? reason;

    internal ReasonIsGiven(string? reason) => this.reason = reason;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "Closing an issue without resolution, reopening it or re-routing it requires a reason.";

    /// <inheritdoc />
    public bool IsBroken() => string.IsNullOrWhiteSpace(reason);
}
