using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups;

/// <summary>
/// One dated act that changes a leading group's member units: "调整对台工作领导小组成员单位，新增9个成员单位" is one
/// adjustment with nine <see cref="Additions"/>. The group's founding members are its first adjustment.
/// </summary>
/// <param name="Date">The date the change takes effect: added units are members from it, removed units no longer are.</param>
/// <param name="Additions">The units added.</param>
/// <param name="Removals">The units removed.</param>
/// <remarks>Equality is by reference of the lists (a record of what happened, not a value to compare). Immutable.</remarks>
public sealed record MembershipAdjustment(LocalDate Date, IReadOnlyList<Id<Department>> Additions, IReadOnlyList<Id<Department>> Removals);
