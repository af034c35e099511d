using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Mechanisms;

/// <summary>The result of checking a mechanism against the records of a period.</summary>
/// <remarks>Immutable; equality is by reference.</remarks>
public sealed class MechanismCheck
{
    internal MechanismCheck(ServiceMechanism mechanism, ReportingPeriod period, IReadOnlyList<MechanismFinding> findings)
    {
        Mechanism = mechanism.Id;
        Kind = mechanism.Kind;
        Name = mechanism.Name;
        Terms = mechanism.Terms;
        Period = period;
        Findings = findings;
    }

    /// <summary>Gets the mechanism checked.</summary>
    public Id<ServiceMechanism> Mechanism { get; }

    /// <summary>Gets its kind.</summary>
    public MechanismKind Kind { get; }

    /// <summary>Gets the mechanism's name.</summary>
    public string Name { get; }

    /// <summary>Gets the mechanism's terms (what it promises), which a review states.</summary>
    public MechanismTerms Terms { get; }

    /// <summary>Gets the period checked.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets every requirement judged.</summary>
    public IReadOnlyList<MechanismFinding> Findings { get; }

    /// <summary>Gets whether every requirement was kept.</summary>
    public bool IsKept => Findings.All(f => f.Kept);

    /// <summary>Gets the requirements that were broken.</summary>
    public IEnumerable<MechanismFinding> Broken => Findings.Where(f => !f.Kept);
}
