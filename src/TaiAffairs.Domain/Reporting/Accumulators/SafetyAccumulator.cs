using System.Text.Json;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Enterprises;

namespace TaiAffairs.Domain.Reporting;

/// <summary>What one safety finding contributes: whether it was rectified by the period's end.</summary>
/// <param name="RectifiedByEnd">Whether it was rectified on or before the period's last day.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct SafetyContribution(bool RectifiedByEnd);

/// <summary>Safety findings found in a period (排查安全隐患), how many were rectified by its end (整改), how many stay open.</summary>
/// <remarks>
/// The contribution is taken when the finding is added: add findings after their rectification is recorded.
/// A builder: see <see cref="Accumulator{TSelf, TContribution}"/> for the laws it keeps.
///  Not thread-safe: one writer at a time. Aggregate partitions on separate instances (one per thread) and <c>Merge</c> them; see docs/hardening.md.</remarks>
public sealed class SafetyAccumulator : Accumulator<SafetyAccumulator, SafetyContribution>
{
    private SafetyAccumulator(ReportingPeriod period, DeliveryMode mode, RecordKeySpace? keySpace)
        : base(mode, keySpace) => Period = period;

    /// <summary>Gets the period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the findings found in the period.</summary>
    public int Found => Count;

    /// <summary>Gets those rectified by the period's end.</summary>
    public int Rectified { get; private set; }

    /// <summary>Gets those still open at the period's end.</summary>
    public int Open => Found - Rectified;

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="period">The period.</param>
    /// <param name="mode">How records are delivered: <see cref="DeliveryMode.AtLeastOnce"/> (the default) or <see cref="DeliveryMode.ExactlyOnce"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined mode.</exception>
    /// <returns>The accumulator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
#pragma warning disable RS0027 // The overload taking a key space is unambiguous: a mode, or a space (which is at-least-once).
    public static SafetyAccumulator Empty(ReportingPeriod period, DeliveryMode mode = DeliveryMode.AtLeastOnce)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new SafetyAccumulator(period, mode, null);
    }
#pragma warning restore RS0027

    /// <summary>
    /// Creates an empty at-least-once accumulator whose record keys are numbered in a shared space, so that it merges
    /// with the other accumulators of that space by number (see <see cref="RecordKeySpace"/>).
    /// </summary>
    /// <param name="period">The period.</param>
    /// <param name="keySpace">The shared key space.</param>
    /// <returns>The accumulator.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static SafetyAccumulator Empty(ReportingPeriod period, RecordKeySpace keySpace)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(keySpace);
        return new SafetyAccumulator(period, DeliveryMode.AtLeastOnce, keySpace);
    }

    /// <summary>Adds a finding, once; one found outside the period is ignored.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>Whether it was new and found in the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is <see langword="null"/>.</exception>
    public bool Add(SafetyFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return TryContribution(finding, out var contribution) && AddContribution(RecordKey.Of(finding), contribution);
    }

    /// <summary>Puts a new version of a safety finding in place of the old one (retracting the old contribution), or adds it when absent; a version outside the period removes it.</summary>
    /// <param name="finding">The new version.</param>
    /// <returns>Whether the figures changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is <see langword="null"/>.</exception>
    public bool Replace(SafetyFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return TryContribution(finding, out var contribution) ? ReplaceContribution(RecordKey.Of(finding), contribution) : Remove(RecordKey.Of(finding));
    }

    /// <summary>Removes a safety finding, as if it had never been added.</summary>
    /// <param name="finding">The record.</param>
    /// <returns>Whether it was present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is <see langword="null"/>.</exception>
    public bool Remove(SafetyFinding finding) => Remove(RecordKey.Of(finding));

    private bool TryContribution(SafetyFinding finding, out SafetyContribution contribution)
    {
        contribution = new SafetyContribution(finding.RectifiedOn is { } on && on <= Period.End);
        return Period.Contains(finding.FoundOn);
    }

    /// <inheritdoc />
    public override void WriteFigures(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumber("found", Found);
        writer.WriteNumber("rectified", Rectified);
    }

    private protected override void Apply(SafetyContribution contribution, int sign) => Rectified += contribution.RectifiedByEnd ? sign : 0;

    /// <summary>Gets the keys of the findings rectified by the period's end.</summary>
    internal IEnumerable<RecordKey> RectifiedKeys() => Entries.Where(e => e.Value.RectifiedByEnd).Select(e => e.Key);

    private protected override void AddState(SafetyAccumulator other) => Rectified += other.Rectified;

    /// <inheritdoc/>
    private protected override bool Counts(RecordKind kind) => kind is RecordKind.SafetyFinding;

    private protected override SafetyAccumulator CreateEmpty() => new(Period, Mode, KeySpace);

    private protected override bool SameContext(SafetyAccumulator other) => Period == other.Period;
}
