using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups.Rules;

/// <summary>Rule <c>leading-group.adjustments-in-date-order</c>: A membership adjustment cannot be dated before the group was established or before the group's latest adjustment.</summary>
/// <remarks>Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct AdjustmentsInDateOrder : IBusinessRule
{
    private readonly LocalDate earliestAllowed;
    private readonly LocalDate date;

    internal AdjustmentsInDateOrder(LocalDate earliestAllowed, LocalDate date) => (this.earliestAllowed, this.date) = (earliestAllowed, date);

    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "leading-group.adjustments-in-date-order";

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A membership adjustment cannot be dated before the group was established or before the group's latest adjustment.";

    /// <inheritdoc />
    public bool IsBroken() => date < earliestAllowed;
}
