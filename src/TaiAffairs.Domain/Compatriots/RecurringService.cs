using System.Diagnostics;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots.Rules;

namespace TaiAffairs.Domain.Compatriots;

/// <summary>
/// A service promised at a cadence from a start date (坚持每季度帮助代缴水费), with each occurrence dated. Whether
/// the promise was kept in a period is derived: <see cref="MissedQuarters"/>.
/// </summary>
/// <remarks>A record: equality is by <see cref="Id"/>. Changed only by its compatriot; not thread-safe for writes.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class RecurringService : IEquatable<RecurringService>
{
    private readonly List<LocalDate> occurrences = [];

    internal RecurringService(Id<RecurringService> id, ServiceKind kind, LocalDate startedOn)
    {
        Id = id;
        Kind = kind;
        StartedOn = startedOn;
    }

    /// <summary>Gets the service's id.</summary>
    public Id<RecurringService> Id { get; }

    /// <summary>Gets the kind of service.</summary>
    public ServiceKind Kind { get; }

    /// <summary>Gets the date the promise started.</summary>
    public LocalDate StartedOn { get; }

    /// <summary>Gets the dates it was done, in order.</summary>
    public IReadOnlyList<LocalDate> Occurrences => occurrences.AsReadOnly();

    /// <summary>Gets the quarters of a period, from the start on, with no occurrence: where the quarterly promise was broken.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The missed quarters, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<ReportingPeriod> MissedQuarters(ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Quarters()
            .Where(q => q.End >= StartedOn && !occurrences.Exists(q.Contains))
            .ToArray();
    }

    /// <inheritdoc />
    public bool Equals(RecurringService? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RecurringService);

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Returns the kind, start and id.</summary>
    /// <returns>E.g. <c>代缴水费 自2021-01-15 (ninghe-rs-01)</c>.</returns>
    public override string ToString() => $"{Kind.ChineseName} 自{StartedOn:uuuu-MM-dd} ({Id})";

    /// <summary>Records an occurrence; the service checks its own rule.</summary>
    /// <param name="date">The date, on or after the service started.</param>
    /// <exception cref="BusinessRuleViolationException"><see cref="OccurrenceOfAKnownService"/> is broken; the service is unchanged.</exception>
    internal void Record(LocalDate date)
    {
        BusinessRule.Check(new OccurrenceOfAKnownService(this, date));
        var index = occurrences.BinarySearch(date);
        occurrences.Insert(index < 0 ? ~index : index, date);
    }
}
