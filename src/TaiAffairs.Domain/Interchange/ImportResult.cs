using System.Diagnostics.CodeAnalysis;

namespace TaiAffairs.Domain.Interchange;

/// <summary>
/// The outcome of an import: the data set when the document had no problem, otherwise every problem found and
/// no data set at all (all or nothing).
/// </summary>
/// <remarks>Immutable; equality is by reference.</remarks>
public sealed class ImportResult
{
    internal ImportResult(DataSet? dataSet, IReadOnlyList<ImportProblem> problems)
    {
        DataSet = dataSet;
        Problems = problems;
    }

    private IReadOnlyList<DataQualityWarning>? warnings;

    /// <summary>Gets whether the document imported without any problem.</summary>
    [MemberNotNullWhen(true, nameof(DataSet))]
    public bool Success => DataSet is not null;

    /// <summary>Gets the data set, or <see langword="null"/> when there was any problem.</summary>
    public DataSet? DataSet { get; }

    /// <summary>Gets every problem found, in document order (at most <see cref="ImportLimits.MaxProblems"/>).</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }

    /// <summary>
    /// Gets the data-quality warnings of the imported data set (<see cref="DataQuality.Check"/> without an 'as of' date):
    /// odd but valid data that a clerk should look at. They never block; empty when the import failed.
    /// </summary>
    /// <remarks>Computed on first read (a host that does not ask pays nothing at import), once; thread-safe.</remarks>
    public IReadOnlyList<DataQualityWarning> Warnings =>
        LazyInitializer.EnsureInitialized(ref warnings, () => DataSet is null ? [] : DataQuality.Check(DataSet));
}
