using System.Diagnostics;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Enterprises.Rules;

namespace TaiAffairs.Domain.Enterprises;

/// <summary>
/// A safety hazard found in an enterprise inspection (安全隐患), open until rectified (整改) on or after the
/// date found. Recorded and rectified through <see cref="Enterprise"/>.
/// </summary>
/// <remarks>A record: equality is by <see cref="Id"/> within its enterprise (the id is unique per enterprise). Changed only by its enterprise; not thread-safe for writes.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class SafetyFinding : IEquatable<SafetyFinding>
{
    internal SafetyFinding(Id<SafetyFinding> id, Id<Enterprise> enterprise, District district, LocalDate foundOn, string description)
    {
        Id = id;
        Enterprise = enterprise;
        District = district;
        FoundOn = foundOn;
        Description = description;
    }

    /// <summary>Gets the finding's id.</summary>
    public Id<SafetyFinding> Id { get; }

    /// <summary>Gets the enterprise it was found in.</summary>
    public Id<Enterprise> Enterprise { get; }

    /// <summary>Gets the enterprise's district on the date found.</summary>
    public District District { get; }

    /// <summary>Gets the date it was found.</summary>
    public LocalDate FoundOn { get; }

    /// <summary>Gets what was found.</summary>
    public string Description { get; }

    /// <summary>Gets the date it was rectified, or <see langword="null"/> while open.</summary>
    public LocalDate? RectifiedOn { get; private set; }

    /// <summary>Gets whether it is still open.</summary>
    public bool IsOpen => RectifiedOn is null;

    /// <summary>Gets whether it was open at the end of a date: found by then and not yet rectified.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether it was open on <paramref name="date"/>.</returns>
    public bool IsOpenOn(LocalDate date) => FoundOn <= date && (RectifiedOn is not { } fixedOn || fixedOn > date);

    /// <inheritdoc />
    public bool Equals(SafetyFinding? other) => other is not null && Id == other.Id && Enterprise == other.Enterprise;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SafetyFinding);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Enterprise);

    /// <summary>Returns the date found, the state and the id.</summary>
    /// <returns>E.g. <c>安全隐患 2021-05-06 已整改 (wuqing-sf-01)</c>.</returns>
    public override string ToString() => $"安全隐患 {FoundOn:uuuu-MM-dd} {(IsOpen ? "未整改" : "已整改")} ({Id})";

    /// <summary>Marks the finding rectified; the finding checks its own rules.</summary>
    /// <param name="on">The date it was rectified.</param>
    /// <exception cref="BusinessRuleViolationException"><see cref="FindingIsOpen"/> or <see cref="RectifiedOnOrAfterFound"/> is broken; the finding is unchanged.</exception>
    internal void Rectify(LocalDate on)
    {
        BusinessRule.Check(new FindingIsOpen(this));
        BusinessRule.Check(new RectifiedOnOrAfterFound(FoundOn, on));
        RectifiedOn = on;
    }
}
