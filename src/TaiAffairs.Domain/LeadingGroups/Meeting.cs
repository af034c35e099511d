using System.Diagnostics;
using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups;

/// <summary>
/// A dated meeting of a district's Taiwan work: a leading-group meeting, a round-table (恳谈会), a
/// coordination meeting. Recorded through <see cref="LeadingGroup.HoldMeeting"/>, which checks its rules.
/// </summary>
/// <remarks>An entity: equality is by <see cref="Id"/> within its district (the id is unique per leading group). Immutable and thread-safe.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class Meeting : IEquatable<Meeting>
{
    internal Meeting(Id<Meeting> id, District district, MeetingKind kind, LocalDate date, Official host, IReadOnlyList<Id<Department>> attendingUnits, IReadOnlyList<string> topics)
    {
        Id = id;
        District = district;
        Kind = kind;
        Date = date;
        Host = host;
        AttendingUnits = attendingUnits;
        Topics = topics;
    }

    /// <summary>Gets the meeting's id.</summary>
    public Id<Meeting> Id { get; }

    /// <summary>Gets the district whose work the meeting belongs to.</summary>
    public District District { get; }

    /// <summary>Gets the kind of meeting.</summary>
    public MeetingKind Kind { get; }

    /// <summary>Gets the date it was held.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the official who hosted it (主持).</summary>
    public Official Host { get; }

    /// <summary>Gets the units that attended.</summary>
    public IReadOnlyList<Id<Department>> AttendingUnits { get; }

    /// <summary>Gets its topics (政策宣讲, 稳岗补贴 ...).</summary>
    public IReadOnlyList<string> Topics { get; }

    /// <inheritdoc />
    public bool Equals(Meeting? other) => other is not null && Id == other.Id && District == other.District;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Meeting);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, District);

    /// <summary>Returns the kind, date and id.</summary>
    /// <returns>E.g. <c>季度恳谈会 2021-03-18 (beichen-m-01)</c>.</returns>
    public override string ToString() => $"{Kind.ChineseName} {Date:uuuu-MM-dd} ({Id})";
}
