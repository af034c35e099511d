using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Issues.Rules;

/// <summary>Rule <c>issue.deadline-counted-from-raise-or-later</c>: A deadline cannot be counted from a date before the issue was raised.</summary>
/// <remarks>Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct DeadlineCountedFromRaiseOrLater : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "issue.deadline-counted-from-raise-or-later";

    private readonly LocalDate raisedOn;
    private readonly LocalDate countedFrom;

    internal DeadlineCountedFromRaiseOrLater(LocalDate raisedOn, LocalDate countedFrom) => (this.raisedOn, this.countedFrom) = (raisedOn, countedFrom);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A deadline cannot be counted from a date before the issue was raised.";

    /// <inheritdoc />
    public bool IsBroken() => countedFrom < raisedOn;
}
