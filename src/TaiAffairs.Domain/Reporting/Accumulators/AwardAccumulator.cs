using System.Text.Json;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Subsidies;

namespace TaiAffairs.Domain.Reporting;

/// <summary>What one award contributes: its amount, programme combination, level, split and recipient.</summary>
/// <param name="Amount">The amount.</param>
/// <param name="Programmes">The programme names joined with <c>+</c> in the award's order.</param>
/// <param name="Level">The funding level's name.</param>
/// <param name="CityPart">The city's part, for a split award; otherwise zero.</param>
/// <param name="DistrictPart">The district's part, for a split award; otherwise zero.</param>
/// <param name="IsSplit">Whether the award carries a split.</param>
/// <param name="Recipient">The recipient's id value.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct AwardContribution(Money Amount, ProgrammeCombination Programmes, FundingLevel Level, Money CityPart, Money DistrictPart, bool IsSplit, Id<Enterprise> Recipient)
{
    /// <summary>Gets the payments of the award made in the period (zero when none is recorded); never above <see cref="Amount"/>.</summary>
    public Money Disbursed { get; init; }
}

/// <summary>
/// Subsidy money in a period, exact (law 6): the total, by programme combination (an award under two
/// programmes is not split between them), by funding level (the levels sum to the total), the known city and
/// district parts of split awards, and by enterprise.
/// </summary>
/// <remarks>A builder: see <see cref="Accumulator{TSelf, TContribution}"/> for the laws it keeps. Not thread-safe: one writer at a time. Aggregate partitions on separate instances (one per thread) and <c>Merge</c> them; see docs/hardening.md.</remarks>
public sealed class AwardAccumulator : Accumulator<AwardAccumulator, AwardContribution>
{
    private readonly Dictionary<ProgrammeCombination, Money> byProgrammes = [];
    private readonly Dictionary<FundingLevel, Money> byLevel = [];
    private readonly Dictionary<Id<Enterprise>, Money> byRecipient = [];

    private AwardAccumulator(ReportingPeriod period, DeliveryMode mode, RecordKeySpace? keySpace)
        : base(mode, keySpace) => Period = period;

    /// <summary>Gets the period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the total awarded.</summary>
    public Money Total { get; private set; }

    /// <summary>Gets the city parts of split awards.</summary>
    public Money SplitCityPart { get; private set; }

    /// <summary>Gets the district parts of split awards.</summary>
    public Money SplitDistrictPart { get; private set; }

    /// <summary>Gets the total of split awards (the sum of their two parts).</summary>
    public Money SplitTotal { get; private set; }

    /// <summary>Gets the money by programme combination (e.g. <c>SmartManufacturing+HighTechRecognitionReward</c>).</summary>
    public IReadOnlyDictionary<ProgrammeCombination, Money> ByProgrammes => byProgrammes.AsReadOnly();

    /// <summary>Gets the money by funding level name; the values sum to <see cref="Total"/>.</summary>
    public IReadOnlyDictionary<FundingLevel, Money> ByLevel => byLevel.AsReadOnly();

    /// <summary>Gets the money by recipient enterprise id.</summary>
    public IReadOnlyDictionary<Id<Enterprise>, Money> ByRecipient => byRecipient.AsReadOnly();

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="period">The period.</param>
    /// <param name="mode">How records are delivered: <see cref="DeliveryMode.AtLeastOnce"/> (the default) or <see cref="DeliveryMode.ExactlyOnce"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined mode.</exception>
    /// <returns>The accumulator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
#pragma warning disable RS0027 // The overload taking a key space is unambiguous: a mode, or a space (which is at-least-once).
    public static AwardAccumulator Empty(ReportingPeriod period, DeliveryMode mode = DeliveryMode.AtLeastOnce)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new AwardAccumulator(period, mode, null);
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
    public static AwardAccumulator Empty(ReportingPeriod period, RecordKeySpace keySpace)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(keySpace);
        return new AwardAccumulator(period, DeliveryMode.AtLeastOnce, keySpace);
    }

    /// <summary>Adds an award, once; outside the period it is ignored.</summary>
    /// <param name="award">The award.</param>
    /// <returns>Whether it was new and in the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="award"/> is <see langword="null"/>.</exception>
    public bool Add(SubsidyAward award)
    {
        ArgumentNullException.ThrowIfNull(award);
        return TryContribution(award, out var contribution) && AddContribution(RecordKey.Of(award), contribution);
    }

    /// <summary>Puts a new version of an award in place of the old one (retracting the old contribution), or adds it when absent; a version outside the period removes it.</summary>
    /// <param name="award">The new version.</param>
    /// <returns>Whether the figures changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="award"/> is <see langword="null"/>.</exception>
    public bool Replace(SubsidyAward award)
    {
        ArgumentNullException.ThrowIfNull(award);
        return TryContribution(award, out var contribution) ? ReplaceContribution(RecordKey.Of(award), contribution) : Remove(RecordKey.Of(award));
    }

    /// <summary>Removes an award, as if it had never been added.</summary>
    /// <param name="award">The record.</param>
    /// <returns>Whether it was present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="award"/> is <see langword="null"/>.</exception>
    public bool Remove(SubsidyAward award) => Remove(RecordKey.Of(award));


    /// <inheritdoc />
    public override void WriteFigures(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumber("awards", Count);
        writer.WriteString("total", Total.ToString("N", null));
        if (Disbursed > Money.Zero)
        {
            writer.WriteString("disbursed", Disbursed.ToString("N", null));
        }

        writer.WriteString("splitCityPart", SplitCityPart.ToString("N", null));
        writer.WriteString("splitDistrictPart", SplitDistrictPart.ToString("N", null));
        WriteMap(writer, "byProgrammes", byProgrammes, p => p.ToString());
        WriteMap(writer, "byLevel", byLevel, l => l.Name);
        WriteMap(writer, "byRecipient", byRecipient, r => r.Value);
    }

    private protected override void Apply(AwardContribution contribution, int sign)
    {
        var amount = sign > 0 ? contribution.Amount : -contribution.Amount;
        Total += amount;
        Disbursed += sign > 0 ? contribution.Disbursed : -contribution.Disbursed;
        Add(byProgrammes, contribution.Programmes, amount, sign);
        Add(byLevel, contribution.Level, amount, sign);
        Add(byRecipient, contribution.Recipient, amount, sign);
        if (contribution.IsSplit)
        {
            SplitCityPart += sign > 0 ? contribution.CityPart : -contribution.CityPart;
            SplitDistrictPart += sign > 0 ? contribution.DistrictPart : -contribution.DistrictPart;
            SplitTotal += amount;
        }
    }

    /// <summary>Gets the payments made in the period of the awards counted (已拨付): at most <see cref="Total"/>.</summary>
    public Money Disbursed { get; private set; }

    /// <summary>Gets the keys of the awards with a payment in the period.</summary>
    internal IEnumerable<RecordKey> DisbursedKeys() => Entries.Where(e => e.Value.Disbursed > Money.Zero).Select(e => e.Key);

    /// <summary>Gets the keys of the awards counted.</summary>
    internal IEnumerable<RecordKey> AwardKeys() => Keys();

    private bool TryContribution(SubsidyAward award, out AwardContribution contribution)
    {
        contribution = default;
        if (!Period.Contains(award.AwardedOn))
        {
            return false;
        }

        contribution = new AwardContribution(
            award.Amount, award.Combination, award.Level, award.Split?.City ?? Money.Zero, award.Split?.District ?? Money.Zero, award.Split is not null, award.Recipient)
        {
            Disbursed = award.DisbursedBy(Period.End),
        };
        return true;
    }

    private protected override void AddState(AwardAccumulator other)
    {
        Total += other.Total;
        Disbursed += other.Disbursed;
        SplitCityPart += other.SplitCityPart;
        SplitDistrictPart += other.SplitDistrictPart;
        SplitTotal += other.SplitTotal;
        foreach (var (key, amount) in other.byProgrammes)
        {
            Add(byProgrammes, key, amount, 1);
        }

        foreach (var (key, amount) in other.byLevel)
        {
            Add(byLevel, key, amount, 1);
        }

        foreach (var (key, amount) in other.byRecipient)
        {
            Add(byRecipient, key, amount, 1);
        }
    }

    /// <inheritdoc/>
    private protected override bool Counts(RecordKind kind) => kind is RecordKind.SubsidyAward;

    private protected override AwardAccumulator CreateEmpty() => new(Period, Mode, KeySpace);

    private protected override bool SameContext(AwardAccumulator other) => Period == other.Period;

    private static void Add<TKey>(Dictionary<TKey, Money> map, TKey key, Money amount, int sign)
        where TKey : notnull
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(map, key, out _);
        slot += amount;
        if (sign < 0 && slot == Money.Zero)
        {
            map.Remove(key);
        }
    }

    private static void WriteMap<TKey>(Utf8JsonWriter writer, string name, Dictionary<TKey, Money> map, Func<TKey, string> keyName)
        where TKey : notnull
    {
        writer.WriteStartObject(name);
        foreach (var (key, value) in map.Select(m => (keyName(m.Key), m.Value)).OrderBy(m => m.Item1, StringComparer.Ordinal))
        {
            writer.WriteString(key, value.ToString("N", null));
        }

        writer.WriteEndObject();
    }
}
