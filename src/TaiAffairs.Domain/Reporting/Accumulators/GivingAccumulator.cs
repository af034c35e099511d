using System.Text.Json;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Enterprises;

namespace TaiAffairs.Domain.Reporting;

/// <summary>What one donation or investment contributes.</summary>
/// <param name="Kind">Donation or investment.</param>
/// <param name="Amount">The amount.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct GivingContribution(MoneyRecordKind Kind, Money Amount);

/// <summary>Enterprises' donations (捐款) and investments (投资) in a period, exact.</summary>
/// <remarks>A builder: see <see cref="Accumulator{TSelf, TContribution}"/> for the laws it keeps. Not thread-safe: one writer at a time. Aggregate partitions on separate instances (one per thread) and <c>Merge</c> them; see docs/hardening.md.</remarks>
public sealed class GivingAccumulator : Accumulator<GivingAccumulator, GivingContribution>
{
    private GivingAccumulator(ReportingPeriod period, DeliveryMode mode, RecordKeySpace? keySpace)
        : base(mode, keySpace) => Period = period;

    /// <summary>Gets the period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the donations' total.</summary>
    public Money Donations { get; private set; }

    /// <summary>Gets the investments' total.</summary>
    public Money Investments { get; private set; }

    /// <summary>Gets the number of donations.</summary>
    public int DonationCount { get; private set; }

    /// <summary>Gets the number of investments.</summary>
    public int InvestmentCount { get; private set; }

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="period">The period.</param>
    /// <param name="mode">How records are delivered: <see cref="DeliveryMode.AtLeastOnce"/> (the default) or <see cref="DeliveryMode.ExactlyOnce"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined mode.</exception>
    /// <returns>The accumulator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
#pragma warning disable RS0027 // The overload taking a key space is unambiguous: a mode, or a space (which is at-least-once).
    public static GivingAccumulator Empty(ReportingPeriod period, DeliveryMode mode = DeliveryMode.AtLeastOnce)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new GivingAccumulator(period, mode, null);
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
    public static GivingAccumulator Empty(ReportingPeriod period, RecordKeySpace keySpace)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(keySpace);
        return new GivingAccumulator(period, DeliveryMode.AtLeastOnce, keySpace);
    }

    /// <summary>Adds a donation or investment, once; outside the period it is ignored.</summary>
    /// <param name="record">The record.</param>
    /// <returns>Whether it was new and in the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public bool Add(EnterpriseMoneyRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return TryContribution(record, out var contribution) && AddContribution(RecordKey.Of(record), contribution);
    }

    /// <summary>Puts a new version of a donation or investment in place of the old one (retracting the old contribution), or adds it when absent; a version outside the period removes it.</summary>
    /// <param name="record">The new version.</param>
    /// <returns>Whether the figures changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public bool Replace(EnterpriseMoneyRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return TryContribution(record, out var contribution) ? ReplaceContribution(RecordKey.Of(record), contribution) : Remove(RecordKey.Of(record));
    }

    /// <summary>Removes a donation or investment, as if it had never been added.</summary>
    /// <param name="record">The record.</param>
    /// <returns>Whether it was present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public bool Remove(EnterpriseMoneyRecord record) => Remove(RecordKey.Of(record));

    private bool TryContribution(EnterpriseMoneyRecord record, out GivingContribution contribution)
    {
        contribution = new GivingContribution(record.Kind, record.Amount);
        return Period.Contains(record.Date);
    }

    /// <inheritdoc />
    public override void WriteFigures(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumber("donationCount", DonationCount);
        writer.WriteString("donations", Donations.ToString("N", null));
        writer.WriteNumber("investmentCount", InvestmentCount);
        writer.WriteString("investments", Investments.ToString("N", null));
    }

    private protected override void Apply(GivingContribution contribution, int sign)
    {
        var amount = sign > 0 ? contribution.Amount : -contribution.Amount;
        if (contribution.Kind == MoneyRecordKind.Donation)
        {
            Donations += amount;
            DonationCount += sign;
        }
        else
        {
            Investments += amount;
            InvestmentCount += sign;
        }
    }

    /// <summary>Gets the keys of the records of a kind.</summary>
    internal IEnumerable<RecordKey> KeysOf(MoneyRecordKind kind) => Entries.Where(e => e.Value.Kind == kind).Select(e => e.Key);

    private protected override void AddState(GivingAccumulator other)
    {
        Donations += other.Donations;
        Investments += other.Investments;
        DonationCount += other.DonationCount;
        InvestmentCount += other.InvestmentCount;
    }

    /// <inheritdoc/>
    private protected override bool Counts(RecordKind kind) => kind is RecordKind.EnterpriseMoneyRecord;

    private protected override GivingAccumulator CreateEmpty() => new(Period, Mode, KeySpace);

    private protected override bool SameContext(GivingAccumulator other) => Period == other.Period;
}
