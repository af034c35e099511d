using System.Diagnostics.CodeAnalysis;

namespace TaiAffairs.Domain.Interchange;

/// <summary>
/// The outcome of reading an aggregate's snapshot: the record (with what the data set marks of it) when the snapshot
/// had no problem, otherwise every problem found, each at its JSON path, and no record.
/// </summary>
/// <typeparam name="T">The kind of record.</typeparam>
/// <remarks>Immutable; equality is by reference.</remarks>
public sealed class SnapshotResult<T>
    where T : class
{
    internal SnapshotResult(T? value, int year, RecordAnnotation? annotation, IReadOnlyList<ImportProblem> problems)
    {
        Value = value;
        Year = year;
        Annotation = annotation;
        Problems = problems;
    }

    /// <summary>Gets whether the snapshot was read without any problem.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Success => Value is not null;

    /// <summary>Gets the record, or <see langword="null"/> when there was any problem.</summary>
    public T? Value { get; }

    /// <summary>Gets the year of the data set the record belongs to (0 when the snapshot could not be read).</summary>
    public int Year { get; }

    /// <summary>
    /// Gets what the snapshot marks of the record: the fields whose values a data set had to make up (never to be
    /// printed as fact) and an editor's note; <see langword="null"/> when nothing is marked.
    /// </summary>
    public RecordAnnotation? Annotation { get; }

    /// <summary>Gets every problem found, in document order, each with its path, code and message.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }
}
