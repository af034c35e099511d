using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups.Rules;

/// <summary>Rule <c>leading-group.leader-changes-in-date-order</c>: A change of leader must take effect after the current leader's term began; leadership dates never run backwards.</summary>
/// <remarks>Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct LeaderChangesInDateOrder : IBusinessRule
{
    private readonly LocalDate currentTermStart;
    private readonly LocalDate changeDate;

    internal LeaderChangesInDateOrder(LocalDate currentTermStart, LocalDate changeDate) => (this.currentTermStart, this.changeDate) = (currentTermStart, changeDate);

    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "leading-group.leader-changes-in-date-order";

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A change of leader must take effect after the current leader's term began; leadership dates never run backwards.";

    /// <inheritdoc />
    public bool IsBroken() => changeDate <= currentTermStart;
}
