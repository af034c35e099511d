namespace TaiAffairs.Domain.Mechanisms;

/// <summary>One requirement of a mechanism judged against the records: kept or broken, and by which record.</summary>
/// <remarks>
/// Equality is structural. Immutable. Created only by <see cref="ServiceMechanism.Check"/>; there is no public
/// constructor, so a finding is always one the package judged.
/// </remarks>
public sealed record MechanismFinding
{
    internal MechanismFinding(string code, string requirement, bool kept, string? record, string detail) =>
        (Code, Requirement, Kept, Record, Detail) = (code, requirement, kept, record, detail);

    /// <summary>Gets the requirement's stable code, one of <see cref="MechanismRequirementCodes"/>.</summary>
    public string Code { get; }

    /// <summary>Gets the requirement as the review states it, e.g. <c>每季度至少召开一次台胞台企恳谈会</c>.</summary>
    public string Requirement { get; }

    /// <summary>Gets whether it was kept.</summary>
    public bool Kept { get; }

    /// <summary>Gets the record or span judged (an issue id, a quarter, a unit); <see langword="null"/> for the terms themselves.</summary>
    public string? Record { get; }

    /// <summary>Gets what was found, without personal data.</summary>
    public string Detail { get; }
}
