using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups.Rules;

/// <summary>Rule <c>leading-group.membership-intervals-never-overlap</c>: A unit that is already a member on the adjustment's date cannot be added again: a unit's membership intervals never overlap.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct MembershipIntervalsNeverOverlap : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "leading-group.membership-intervals-never-overlap";

    private readonly IReadOnlyList<DateRange> intervals;
    private readonly LocalDate date;

    internal MembershipIntervalsNeverOverlap(IReadOnlyList<DateRange> intervals, LocalDate date) => (this.intervals, this.date) = (intervals, date);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A unit that is already a member on the adjustment's date cannot be added again: a unit's membership intervals never overlap.";

    /// <inheritdoc />
    public bool IsBroken()
    {
        foreach (var interval in intervals)
        {
            if (interval.IsOpen || interval.To >= date)
            {
                return true;
            }
        }

        return false;
    }
}
