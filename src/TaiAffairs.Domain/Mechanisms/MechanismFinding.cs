namespace TaiAffairs.Domain.Mechanisms;

/// <summary>
/// One requirement of a mechanism judged against the records, as typed facts: which requirement (its code), kept or
/// broken, the record judged, and the numbers involved. The renderers own the wording (一个窗口受理, 5个工作日内办结).
/// </summary>
/// <remarks>
/// Equality is structural. Immutable and thread-safe. Created only by <see cref="ServiceMechanism.Check"/>; there is no
/// public constructor, so a finding is always one the package judged.
/// </remarks>
public sealed record MechanismFinding
{
    internal MechanismFinding(string code, bool kept, string? record) => (Code, Kept, Record) = (code, kept, record);

    /// <summary>Gets the requirement's stable code, one of <see cref="MechanismRequirementCodes"/>.</summary>
    public string Code { get; }

    /// <summary>Gets whether it was kept.</summary>
    public bool Kept { get; }

    /// <summary>Gets the record or span judged (an issue id, a quarter, a unit); <see langword="null"/> for the terms themselves.</summary>
    public string? Record { get; }

    /// <summary>Gets the requirement's limit where it has one: working days, declared tasks.</summary>
    public int? Limit { get; internal init; }

    /// <summary>Gets what was found where it is a number: working days taken, trips, meetings held, tasks listed; <see langword="null"/> when nothing was found.</summary>
    public int? Actual { get; internal init; }

    /// <summary>Gets what the requirement is about within the record: a responsibility role or contact channel (by name), a department's id.</summary>
    public string? Subject { get; internal init; }
}
