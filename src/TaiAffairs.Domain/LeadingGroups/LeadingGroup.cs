using System.Diagnostics;
using Ardalis.GuardClauses;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Common.Rules;
using TaiAffairs.Domain.LeadingGroups.Rules;

namespace TaiAffairs.Domain.LeadingGroups;

/// <summary>
/// A district's leading group for Taiwan work (区委对台工作领导小组): a leader (组长) at every date since it was
/// established, deputies, an office (办公室, the 区委台办) that runs it, member units with dated membership,
/// and the meetings and instructions of its work.
/// </summary>
/// <remarks>
/// <para>Invariants: exactly one leader on any date from <see cref="EstablishedOn"/> on (leadership is a
/// sequence of dated changes); a unit's membership intervals never overlap; adjustments, leader changes,
/// meetings and instructions are never dated before the group was established; leading-group meetings are
/// hosted by the leadership and attended by members on their date. Every verb checks its rules first and
/// throws <see cref="BusinessRuleViolationException"/> without changing anything when one is broken.</para>
/// <para>An aggregate root: equality is by <see cref="Id"/>. Not thread-safe for writes.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed partial class LeadingGroup : IEquatable<LeadingGroup>
{
    private readonly List<DatedValue<Official>> leaders = [];
    private readonly Dictionary<Official, List<DateRange>> deputies = [];
    private readonly Dictionary<Id<Department>, List<DateRange>> membership = [];
    private readonly Dictionary<Id<Department>, Department> units = [];
    private readonly List<MembershipAdjustment> adjustments = [];
    private readonly List<Meeting> meetings = [];
    private readonly List<Instruction> instructions = [];
    private readonly HashSet<string> recordIds = new(StringComparer.Ordinal);

    private LeadingGroup(Id<LeadingGroup> id, District district, Department office, LocalDate establishedOn)
    {
        Id = id;
        District = district;
        Office = office;
        EstablishedOn = establishedOn;
    }

    /// <summary>Gets the group's id.</summary>
    public Id<LeadingGroup> Id { get; }

    /// <summary>Gets the district whose leading group this is.</summary>
    public District District { get; }

    /// <summary>Gets the office that runs the group (办公室, the 区委台办).</summary>
    public Department Office { get; }

    /// <summary>Gets the date from which the group is on record.</summary>
    public LocalDate EstablishedOn { get; }

    /// <summary>Gets the leadership, a dated sequence: each leader serves from their date until the next one's.</summary>
    public IReadOnlyList<DatedValue<Official>> Leaders => leaders.AsReadOnly();

    /// <summary>Gets the current leader (组长).</summary>
    public Official CurrentLeader => leaders[^1].Value;

    /// <summary>Gets the membership adjustments in date order; the first holds the founding members.</summary>
    public IReadOnlyList<MembershipAdjustment> Adjustments => adjustments.AsReadOnly();

    /// <summary>Gets the meetings in the order they were recorded.</summary>
    public IReadOnlyList<Meeting> Meetings => meetings.AsReadOnly();

    /// <summary>Gets the instructions (批示) in the order they were recorded.</summary>
    public IReadOnlyList<Instruction> Instructions => instructions.AsReadOnly();

    /// <summary>Gets every deputy's terms: the official and the dated range served, in appointment order per official.</summary>
    public IReadOnlyList<(Official Deputy, DateRange Term)> DeputyTerms =>
        deputies.SelectMany(d => d.Value.Select(r => (d.Key, r))).OrderBy(t => t.r.From).ThenBy(t => t.Key.Post, StringComparer.Ordinal).ThenBy(t => t.Key.Name, StringComparer.Ordinal).ToArray();

    /// <summary>Gets every unit that has ever been a member, with its details.</summary>
    public IReadOnlyCollection<Department> KnownUnits => units.Values;

    /// <summary>Establishes a leading group with its leader and founding members.</summary>
    /// <param name="id">The group's id.</param>
    /// <param name="district">The district.</param>
    /// <param name="office">The office that runs it: an 办 of <paramref name="district"/>.</param>
    /// <param name="establishedOn">The first date the group is on record.</param>
    /// <param name="leader">The leader (组长) from that date.</param>
    /// <param name="foundingMembers">The member units from that date (may be empty).</param>
    /// <returns>The group.</returns>
    /// <exception cref="ArgumentException">A required argument is missing or default.</exception>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="OfficeIsTheDistrictsOffice"/>, <see cref="MemberIsGovernmentUnitOfTheDistrict"/> or
    /// <see cref="AdjustmentListsEachUnitOnce"/> is broken.</exception>
    public static LeadingGroup Establish(
        Id<LeadingGroup> id,
        District district,
        Department office,
        LocalDate establishedOn,
        Official leader,
        IEnumerable<Department> foundingMembers)
    {
        Guard.Against.Expression(i => i.IsDefault, id, "A leading group needs an id.");
        Guard.Against.Null(district, message: "A leading group belongs to a district.");
        Guard.Against.Null(office, message: "A leading group needs an office.");
        Guard.Against.Null(leader, message: "A leading group needs a leader from the day it is established.");
        Guard.Against.Null(foundingMembers, message: "Founding members are required (they may be empty).");

        BusinessRule.Check(new OfficeIsTheDistrictsOffice(office, district));
        var group = new LeadingGroup(id, district, office, establishedOn);
        group.leaders.Add(new DatedValue<Official>(establishedOn, leader));
        var founders = foundingMembers.ToArray();
        if (founders.Length > 0)
        {
            group.Adjust(establishedOn, founders, []);
        }

        return group;
    }

    /// <summary>Gets the leader (组长) on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The leader, or <see langword="null"/> before <see cref="EstablishedOn"/>.</returns>
    public Official? LeaderOn(LocalDate date)
    {
        for (var i = leaders.Count - 1; i >= 0; i--)
        {
            if (leaders[i].From <= date)
            {
                return leaders[i].Value;
            }
        }

        return null;
    }

    /// <summary>Gets the deputies (副组长) serving on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The deputies.</returns>
    public IReadOnlyList<Official> DeputiesOn(LocalDate date) =>
        deputies.Where(d => d.Value.Exists(r => r.Contains(date))).Select(d => d.Key).ToArray();

    /// <summary>Gets the member units on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The ids of the units that are members on <paramref name="date"/>, ordinal order.</returns>
    public IReadOnlyList<Id<Department>> MembersOn(LocalDate date) =>
        membership.Where(m => m.Value.Exists(r => r.Contains(date))).Select(m => m.Key).Order().ToArray();

    /// <summary>Gets whether a unit is a member on a date.</summary>
    /// <param name="unit">The unit's id.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether it is a member then.</returns>
    public bool IsMemberOn(Id<Department> unit, LocalDate date) =>
        membership.TryGetValue(unit, out var ranges) && ranges.Exists(r => r.Contains(date));

    /// <summary>Gets a unit's membership intervals, in date order (empty for a unit never a member).</summary>
    /// <param name="unit">The unit's id.</param>
    /// <returns>The intervals; they never overlap.</returns>
    public IReadOnlyList<DateRange> MembershipOf(Id<Department> unit) =>
        membership.TryGetValue(unit, out var ranges) ? ranges.AsReadOnly() : [];

    /// <summary>Changes the leader (组长) from a date on.</summary>
    /// <param name="newLeader">The new leader.</param>
    /// <param name="from">The first day of the new leader's term, after the current term began.</param>
    /// <exception cref="ArgumentNullException"><paramref name="newLeader"/> is <see langword="null"/>.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="LeaderChangesInDateOrder"/> is broken.</exception>
    public void ChangeLeader(Official newLeader, LocalDate from)
    {
        Guard.Against.Null(newLeader, message: "A new leader is required.");
        BusinessRule.Check(new LeaderChangesInDateOrder(leaders[^1].From, from));
        leaders.Add(new DatedValue<Official>(from, newLeader));
    }

    /// <summary>Appoints a deputy (副组长) from a date on.</summary>
    /// <param name="deputy">The official.</param>
    /// <param name="from">The first day of the appointment.</param>
    /// <exception cref="ArgumentNullException"><paramref name="deputy"/> is <see langword="null"/>.</exception>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="DatedAfterEstablishment"/> or <see cref="DeputyAppointmentsNeverOverlap"/> is broken.</exception>
    public void AppointDeputy(Official deputy, LocalDate from)
    {
        Guard.Against.Null(deputy, message: "A deputy is required.");
        BusinessRule.Check(new DatedAfterEstablishment(EstablishedOn, from));
        var ranges = deputies.GetValueOrDefault(deputy);
        BusinessRule.Check(new DeputyAppointmentsNeverOverlap(ranges ?? [], from, appointing: true));
        if (ranges is null)
        {
            deputies[deputy] = ranges = [];
        }

        ranges.Add(DateRange.Create(from));
    }

    /// <summary>Relieves a serving deputy from a date on (the last day served is the day before).</summary>
    /// <param name="deputy">The official.</param>
    /// <param name="from">The first day no longer served; after the appointment began.</param>
    /// <exception cref="ArgumentNullException"><paramref name="deputy"/> is <see langword="null"/>.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="DeputyAppointmentsNeverOverlap"/> is broken.</exception>
    public void RelieveDeputy(Official deputy, LocalDate from)
    {
        Guard.Against.Null(deputy, message: "A deputy is required.");
        var ranges = deputies.GetValueOrDefault(deputy);
        BusinessRule.Check(new DeputyAppointmentsNeverOverlap(ranges ?? [], from, appointing: false));
        var open = ranges!.FindIndex(r => r.IsOpen);
        ranges[open] = ranges[open].EndingOn(from.PlusDays(-1));
    }

    /// <summary>
    /// Adjusts the member units on a date, as one act: "新增9个成员单位" is one call with nine additions.
    /// </summary>
    /// <param name="date">The date the change takes effect; not before the latest adjustment.</param>
    /// <param name="additions">Units that become members from <paramref name="date"/>.</param>
    /// <param name="removals">Units that are members no longer from <paramref name="date"/>.</param>
    /// <returns>The adjustment recorded.</returns>
    /// <exception cref="ArgumentNullException">A list is <see langword="null"/>.</exception>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="AdjustmentsInDateOrder"/>, <see cref="AdjustmentChangesSomething"/>,
    /// <see cref="AdjustmentListsEachUnitOnce"/>, <see cref="MemberIsGovernmentUnitOfTheDistrict"/>,
    /// <see cref="MembershipIntervalsNeverOverlap"/> or <see cref="RemovedUnitIsMember"/> is broken; the group is
    /// unchanged.</exception>
    public MembershipAdjustment Adjust(LocalDate date, IEnumerable<Department> additions, IEnumerable<Id<Department>> removals)
    {
        Guard.Against.Null(additions, message: "Additions are required (they may be empty).");
        Guard.Against.Null(removals, message: "Removals are required (they may be empty).");
        var added = additions.ToArray();
        var removed = removals.ToArray();
        foreach (var unit in added)
        {
            Guard.Against.Null(unit, message: "An added unit cannot be null.");
        }

        var latest = adjustments.Count == 0 ? EstablishedOn : adjustments[^1].Date;
        BusinessRule.Check(new AdjustmentsInDateOrder(latest, date));
        BusinessRule.Check(new AdjustmentChangesSomething(added, removed));
        var named = added.Select(u => u.Id).Concat(removed).ToArray();
        BusinessRule.Check(new AdjustmentListsEachUnitOnce(named));
        foreach (var unit in added)
        {
            BusinessRule.Check(new MemberIsGovernmentUnitOfTheDistrict(unit, District));
            BusinessRule.Check(new MembershipIntervalsNeverOverlap(membership.GetValueOrDefault(unit.Id) ?? [], date));
        }

        foreach (var unit in removed)
        {
            BusinessRule.Check(new RemovedUnitIsMember(membership.GetValueOrDefault(unit) ?? [], date));
        }

        // Every rule holds: apply.
        foreach (var unit in added)
        {
            units[unit.Id] = unit;
            if (!membership.TryGetValue(unit.Id, out var ranges))
            {
                membership[unit.Id] = ranges = [];
            }

            ranges.Add(DateRange.Create(date));
        }

        foreach (var unit in removed)
        {
            var ranges = membership[unit];
            var open = ranges.FindIndex(r => r.IsOpen);
            ranges[open] = ranges[open].EndingOn(date.PlusDays(-1));
        }

        var adjustment = new MembershipAdjustment(date, Array.AsReadOnly(added.Select(u => u.Id).Order().ToArray()), Array.AsReadOnly(removed.Order().ToArray()));
        adjustments.Add(adjustment);
        return adjustment;
    }

    /// <inheritdoc />
    public bool Equals(LeadingGroup? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LeadingGroup);

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Returns the district and id.</summary>
    /// <returns>E.g. <c>北辰区对台工作领导小组 (beichen-lg)</c>.</returns>
    public override string ToString() => $"{District.ChineseName}对台工作领导小组 ({Id})";
}
