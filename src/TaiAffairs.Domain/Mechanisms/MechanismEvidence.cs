using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Mechanisms;

/// <summary>The records a mechanism is checked against: the district's meetings and service issues.</summary>
/// <remarks>Immutable snapshot of the lists given; equality is by reference.</remarks>
public sealed class MechanismEvidence
{
    /// <summary>Creates the evidence.</summary>
    /// <param name="meetings">The meetings (of any district; each check keeps its own district's).</param>
    /// <param name="issues">The service issues (of any district; each check keeps its own district's).</param>
    /// <exception cref="ArgumentNullException">A list is <see langword="null"/>.</exception>
    public MechanismEvidence(IEnumerable<Meeting> meetings, IEnumerable<ServiceIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        ArgumentNullException.ThrowIfNull(issues);
        Meetings = Array.AsReadOnly(meetings.ToArray());
        Issues = Array.AsReadOnly(issues.ToArray());
    }

    /// <summary>Gets the meetings.</summary>
    public IReadOnlyList<Meeting> Meetings { get; }

    /// <summary>Gets the service issues.</summary>
    public IReadOnlyList<ServiceIssue> Issues { get; }
}
