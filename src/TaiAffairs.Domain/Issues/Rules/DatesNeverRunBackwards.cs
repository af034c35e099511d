using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Issues.Rules;

/// <summary>Rule <c>issue.dates-never-run-backwards</c>: A step of an issue cannot be dated before the issue's previous step.</summary>
/// <remarks>Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct DatesNeverRunBackwards : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "issue.dates-never-run-backwards";

    private readonly LocalDate previous;
    private readonly LocalDate date;

    internal DatesNeverRunBackwards(LocalDate previous, LocalDate date) => (this.previous, this.date) = (previous, date);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A step of an issue cannot be dated before the issue's previous step.";

    /// <inheritdoc />
    public bool IsBroken() => date < previous;
}
