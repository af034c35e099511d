using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Interchange;

/// <summary>
/// The records an aggregate's snapshot may refer to but does not hold: the departments an issue is assigned to, the
/// enterprise or compatriot it concerns, an award's recipient, a mechanism's cases. <see cref="AggregateSnapshot"/> resolves every reference
/// against them, as the importer resolves a data set's references against the records defined earlier in it.
/// </summary>
/// <remarks>Immutable and thread-safe once created; holds the records given, not copies.</remarks>
public sealed class SnapshotReferences
{
    private SnapshotReferences(IReadOnlyCollection<Department> departments, IReadOnlyCollection<Enterprise> enterprises, IReadOnlyCollection<Compatriot> compatriots, IReadOnlyCollection<ServiceIssue> issues)
    {
        Issues = issues;
        Departments = departments;
        Enterprises = enterprises;
        Compatriots = compatriots;
    }

    /// <summary>Gets no references: for a snapshot that refers to nothing (a department, an enterprise without visits by a department).</summary>
    public static SnapshotReferences None { get; } = new([], [], [], []);

    /// <summary>Gets the departments references may name.</summary>
    public IReadOnlyCollection<Department> Departments { get; }

    /// <summary>Gets the enterprises references may name.</summary>
    public IReadOnlyCollection<Enterprise> Enterprises { get; }

    /// <summary>Gets the compatriots references may name.</summary>
    public IReadOnlyCollection<Compatriot> Compatriots { get; }

    /// <summary>Gets the issues references may name (a mechanism's cases).</summary>
    public IReadOnlyCollection<ServiceIssue> Issues { get; }

    /// <summary>Creates references from the records a host has already read (from its store, or a data set).</summary>
    /// <param name="departments">The departments, or <see langword="null"/> for none.</param>
    /// <param name="enterprises">The enterprises, or <see langword="null"/> for none.</param>
    /// <param name="compatriots">The compatriots, or <see langword="null"/> for none.</param>
    /// <param name="issues">The issues, or <see langword="null"/> for none.</param>
    /// <returns>The references.</returns>
    /// <exception cref="ArgumentException">A list holds a <see langword="null"/> record.</exception>
    public static SnapshotReferences Create(IEnumerable<Department>? departments = null, IEnumerable<Enterprise>? enterprises = null, IEnumerable<Compatriot>? compatriots = null, IEnumerable<ServiceIssue>? issues = null) =>
        new(NoNulls(departments, nameof(departments)), NoNulls(enterprises, nameof(enterprises)), NoNulls(compatriots, nameof(compatriots)), NoNulls(issues, nameof(issues)));

    /// <summary>Creates references to every department, enterprise, compatriot and issue of a data set.</summary>
    /// <param name="dataSet">The data set.</param>
    /// <returns>The references.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataSet"/> is <see langword="null"/>.</exception>
    public static SnapshotReferences Of(DataSet dataSet)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        return new(dataSet.Departments, dataSet.Enterprises, dataSet.Compatriots, dataSet.Issues);
    }

    private static T[] NoNulls<T>(IEnumerable<T>? items, string name)
        where T : class
    {
        var array = items?.ToArray() ?? [];
        return Array.IndexOf(array, null) >= 0 ? throw new ArgumentException("A reference list holds a null record.", name) : array;
    }
}
