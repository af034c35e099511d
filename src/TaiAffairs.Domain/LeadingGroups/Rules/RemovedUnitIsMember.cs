using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups.Rules;

/// <summary>Rule <c>leading-group.removed-unit-is-member</c>: Only a unit that has been a member since before the adjustment's date can be removed.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct RemovedUnitIsMember : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "leading-group.removed-unit-is-member";

    private readonly IReadOnlyList<DateRange> intervals;
    private readonly LocalDate date;

    internal RemovedUnitIsMember(IReadOnlyList<DateRange> intervals, LocalDate date) => (this.intervals, this.date) = (intervals, date);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "Only a unit that has been a member since before the adjustment's date can be removed.";

    /// <inheritdoc />
    public bool IsBroken()
    {
        foreach (var interval in intervals)
        {
            if (interval.IsOpen && interval.From < date)
            {
                return false;
            }
        }

        return true;
    }
}
