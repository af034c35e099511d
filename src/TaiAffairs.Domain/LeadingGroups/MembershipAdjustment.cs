using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups;

/// <summary>
/// One dated act that changes a leading group's member units: "调整对台工作领导小组成员单位，新增9个成员单位" is one
/// adjustment with nine <see cref="Additions"/>. The group's founding members are its first adjustment.
/// </summary>
/// <remarks>
/// Created only by <see cref="LeadingGroup.Adjust"/>, which checks its rules. Equality is by reference of the lists
/// (a record of what happened, not a value to compare). Immutable.
/// </remarks>
public sealed record MembershipAdjustment
{
    internal MembershipAdjustment(LocalDate date, IReadOnlyList<Id<Department>> additions, IReadOnlyList<Id<Department>> removals) =>
        (Date, Additions, Removals) = (date, additions, removals);

    /// <summary>Gets the date the change takes effect: added units are members from it, removed units no longer are.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the units added.</summary>
    public IReadOnlyList<Id<Department>> Additions { get; }

    /// <summary>Gets the units removed.</summary>
    public IReadOnlyList<Id<Department>> Removals { get; }
}
