using System.Diagnostics;
using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups;

/// <summary>
/// A written instruction (批示) by the district's principal leader, the leading group's leader on that date
/// (区委主要负责同志作出4次批示). Recorded through <see cref="LeadingGroup.RecordInstruction"/>.
/// </summary>
/// <remarks>An entity: equality is by <see cref="Id"/>. Immutable and thread-safe.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class Instruction : IEquatable<Instruction>
{
    internal Instruction(Id<Instruction> id, LocalDate date, Official leader, string summary)
    {
        Id = id;
        Date = date;
        Leader = leader;
        Summary = summary;
    }

    /// <summary>Gets the instruction's id.</summary>
    public Id<Instruction> Id { get; }

    /// <summary>Gets the date of the instruction.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the leader who gave it (the group's leader on <see cref="Date"/>).</summary>
    public Official Leader { get; }

    /// <summary>Gets what it required, in short.</summary>
    public string Summary { get; }

    /// <inheritdoc />
    public bool Equals(Instruction? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Instruction);

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Returns the date and id.</summary>
    /// <returns>E.g. <c>批示 2021-03-02 (jinnan-ins-01)</c>.</returns>
    public override string ToString() => $"批示 {Date:uuuu-MM-dd} ({Id})";
}
