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

    /// <summary>
    /// Creates the evidence a review builder keeps: the whistled issues whole (their assignments are checked) and, for
    /// every issue, only the facts a green channel checks.
    /// </summary>
    internal MechanismEvidence(IEnumerable<Meeting> meetings, IEnumerable<ServiceIssue> whistledIssues, IReadOnlyList<CaseFacts> cases)
        : this(meetings, whistledIssues) => Cases = cases;

    /// <summary>Gets the green-channel facts of every issue, when the evidence was kept as facts; else <see langword="null"/> (read them from <see cref="Issues"/>).</summary>
    internal IReadOnlyList<CaseFacts>? Cases { get; }

    /// <summary>Gets the meetings.</summary>
    public IReadOnlyList<Meeting> Meetings { get; }

    /// <summary>Gets the service issues.</summary>
    public IReadOnlyList<ServiceIssue> Issues { get; }
}

/// <summary>What a green channel checks of one issue: when it was raised, working days to resolve, the applicant's trips.</summary>
internal readonly record struct CaseFacts(Common.Id<ServiceIssue> Id, NodaTime.LocalDate RaisedOn, int? WorkingDaysToResolve, int? ApplicantTrips);
