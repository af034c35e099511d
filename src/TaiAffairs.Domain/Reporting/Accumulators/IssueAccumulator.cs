using System.Text.Json;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Issues;

namespace TaiAffairs.Domain.Reporting;

/// <summary>Where a counted issue stands at the period's end.</summary>
public enum IssueOutcome
{
    /// <summary>Still open at the end of the period.</summary>
    OpenAtEnd = 0,

    /// <summary>Resolved within the period.</summary>
    Resolved = 1,

    /// <summary>Closed unresolved within the period.</summary>
    ClosedUnresolved = 2,

    /// <summary>Closed before the period began (counted only as carried over).</summary>
    ClosedBefore = 3,
}

/// <summary>Whether an issue resolved in the period met its deadline.</summary>
public enum Timeliness
{
    /// <summary>Not resolved in the period, or resolved without a deadline.</summary>
    NotJudged = 0,

    /// <summary>Resolved after its deadline.</summary>
    Late = 1,

    /// <summary>Resolved on or before its deadline.</summary>
    OnTime = 2,
}

/// <summary>What one service issue contributes to an <see cref="IssueAccumulator"/>, judged as of the period's end.</summary>
/// <remarks>
/// Immutable and thread-safe. Kept per record by an at-least-once accumulator, so it is packed into 16 bytes: the
/// enterprise's key, the working days, and the category, channel and flags as small numbers.
/// </remarks>
public readonly record struct IssueContribution
{
    private static readonly IssueCategory?[] Categories = ByValue(IssueCategory.List);
    private static readonly IssueChannel?[] Channels = ByValue(IssueChannel.List);

    private readonly string? enterprise;
    private readonly int workingDays;
    private readonly byte category;
    private readonly byte channel;

    // Bit 0: raised in the period; bits 1-2: the outcome; bits 3-4: the timeliness.
    private readonly byte flags;

    /// <summary>Creates a contribution.</summary>
    /// <param name="Category">The category.</param>
    /// <param name="Channel">The channel.</param>
    /// <param name="RaisedInPeriod">Whether it was raised in the period (otherwise carried over, open at the start).</param>
    /// <param name="Outcome">Where it stands at the period's end.</param>
    /// <param name="WorkingDaysToResolve">Working days from raise to resolution, for one resolved in the period; else <see langword="null"/>.</param>
    /// <param name="Timeliness">Whether a resolution in the period met its deadline.</param>
    /// <param name="Enterprise">The enterprise helped, for an enterprise's issue resolved in the period; else <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="Category"/> or <paramref name="Channel"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The outcome or timeliness is not a defined value, or the working days are negative.</exception>
    /// <exception cref="ArgumentException">The enterprise is the invalid default id.</exception>
    public IssueContribution(
        IssueCategory Category, IssueChannel Channel, bool RaisedInPeriod, IssueOutcome Outcome, int? WorkingDaysToResolve, Timeliness Timeliness, Id<Enterprise>? Enterprise)
    {
        ArgumentNullException.ThrowIfNull(Category);
        ArgumentNullException.ThrowIfNull(Channel);
        if ((uint)Outcome > (uint)IssueOutcome.ClosedBefore)
        {
            throw new ArgumentOutOfRangeException(nameof(Outcome), Outcome, "Not a defined outcome.");
        }

        if ((uint)Timeliness > (uint)Reporting.Timeliness.OnTime)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeliness), Timeliness, "Not a defined timeliness.");
        }

        if (WorkingDaysToResolve < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(WorkingDaysToResolve), WorkingDaysToResolve, "Working days are not negative.");
        }

        if (Enterprise is { IsDefault: true })
        {
            throw new ArgumentException("The enterprise is not a valid id.", nameof(Enterprise));
        }

        category = (byte)Category.Value;
        channel = (byte)Channel.Value;
        flags = (byte)((RaisedInPeriod ? 1 : 0) | ((int)Outcome << 1) | ((int)Timeliness << 3));
        workingDays = WorkingDaysToResolve ?? -1;
        enterprise = Enterprise?.Value;
    }

    /// <summary>Gets the category.</summary>
    public IssueCategory Category
    {
        get => Categories[category]!;
        init => category = (byte)(value ?? throw new ArgumentNullException(nameof(value))).Value;
    }

    /// <summary>Gets the channel.</summary>
    public IssueChannel Channel
    {
        get => Channels[channel]!;
        init => channel = (byte)(value ?? throw new ArgumentNullException(nameof(value))).Value;
    }

    /// <summary>Gets whether it was raised in the period (otherwise carried over, open at the start).</summary>
    public bool RaisedInPeriod
    {
        get => (flags & 1) != 0;
        init => flags = (byte)((flags & ~1) | (value ? 1 : 0));
    }

    /// <summary>Gets where it stands at the period's end.</summary>
    public IssueOutcome Outcome
    {
        get => (IssueOutcome)((flags >> 1) & 3);
        init => flags = (byte)((flags & ~6) | ((int)Defined(value, IssueOutcome.ClosedBefore) << 1));
    }

    /// <summary>Gets the working days from raise to resolution, for one resolved in the period; else <see langword="null"/>.</summary>
    public int? WorkingDaysToResolve
    {
        get => workingDays < 0 ? null : workingDays;
        init => workingDays = value is null ? -1 : value.Value >= 0 ? value.Value : throw new ArgumentOutOfRangeException(nameof(value), value, "Working days are not negative.");
    }

    /// <summary>Gets whether a resolution in the period met its deadline.</summary>
    public Timeliness Timeliness
    {
        get => (Timeliness)((flags >> 3) & 3);
        init => flags = (byte)((flags & ~24) | ((int)Defined(value, Timeliness.OnTime) << 3));
    }

    /// <summary>Gets the enterprise helped, for an enterprise's issue resolved in the period; else <see langword="null"/>.</summary>
    public Id<Enterprise>? Enterprise
    {
        get => enterprise is null ? null : Id<Enterprise>.FromTrusted(enterprise);
        init => enterprise = value is { IsDefault: true } ? throw new ArgumentException("The enterprise is not a valid id.", nameof(value)) : value?.Value;
    }

    /// <summary>Gets whether an enterprise was helped (without making its id).</summary>
    internal bool HelpedEnterprise => enterprise is not null;

    /// <summary>Splits the contribution into its parts.</summary>
    /// <param name="Category">The category.</param>
    /// <param name="Channel">The channel.</param>
    /// <param name="RaisedInPeriod">Whether it was raised in the period.</param>
    /// <param name="Outcome">Where it stands at the period's end.</param>
    /// <param name="WorkingDaysToResolve">The working days to resolve, or <see langword="null"/>.</param>
    /// <param name="Timeliness">Whether a resolution met its deadline.</param>
    /// <param name="Enterprise">The enterprise helped, or <see langword="null"/>.</param>
    public void Deconstruct(
        out IssueCategory Category, out IssueChannel Channel, out bool RaisedInPeriod, out IssueOutcome Outcome, out int? WorkingDaysToResolve, out Timeliness Timeliness,
        out Id<Enterprise>? Enterprise)
    {
        Category = this.Category;
        Channel = this.Channel;
        RaisedInPeriod = this.RaisedInPeriod;
        Outcome = this.Outcome;
        WorkingDaysToResolve = this.WorkingDaysToResolve;
        Timeliness = this.Timeliness;
        Enterprise = this.Enterprise;
    }

    private static TEnum Defined<TEnum>(TEnum value, TEnum last)
        where TEnum : struct, Enum =>
        Convert.ToUInt32(value, System.Globalization.CultureInfo.InvariantCulture) <= Convert.ToUInt32(last, System.Globalization.CultureInfo.InvariantCulture)
            ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined value.");

    private static T?[] ByValue<T>(IReadOnlyCollection<T> values)
        where T : Ardalis.SmartEnum.SmartEnum<T>
    {
        var table = new T?[values.Max(v => v.Value) + 1];
        foreach (var value in values)
        {
            table[value.Value] = value;
        }

        return table;
    }
}

/// <summary>
/// Issue figures for a period: raised, resolved, closed unresolved, open at the end, by category and channel,
/// on-time share and working days to resolve (median and percentiles, exact), enterprises helped.
/// </summary>
/// <remarks>
/// An issue counts in a period when it was raised in it, or raised before and still open at its start.
/// Everything is judged as of the period's last day, with the accumulator's working-day calendar. A builder:
/// see <see cref="Accumulator{TSelf, TContribution}"/> for the laws it keeps.
///  Not thread-safe: one writer at a time. Aggregate partitions on separate instances (one per thread) and <c>Merge</c> them; see docs/hardening.md.</remarks>
public sealed class IssueAccumulator : Accumulator<IssueAccumulator, IssueContribution>
{
    private readonly CountMap<IssueCategory> byCategory = new(c => c.Name);
    private readonly CountMap<IssueChannel> byChannel = new(c => c.Name);
    private readonly Dictionary<Id<Enterprise>, int> enterprises = [];

    // Working days to resolve, as a histogram: resolvedDays[d] issues took d working days. Bounded by the longest
    // duration seen (the calendar covers about 5,000 working days), read in O(buckets), merged bucket by bucket.
    private int[] resolvedDays = [];
    private int resolvedTimed;

    private IssueAccumulator(ReportingPeriod period, WorkingDayCalendar calendar, DeliveryMode mode, RecordKeySpace? keySpace)
        : base(mode, keySpace)
    {
        Period = period;
        Calendar = calendar;
    }

    /// <summary>Gets the period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the calendar used for working days.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>Gets the issues raised in the period.</summary>
    public int Raised { get; private set; }

    /// <summary>Gets the issues carried over (raised before, open at the start).</summary>
    public int CarriedOver => Count - Raised;

    /// <summary>Gets the issues resolved in the period (and still resolved at its end).</summary>
    public int Resolved { get; private set; }

    /// <summary>Gets the issues closed without resolution in the period.</summary>
    public int ClosedUnresolved { get; private set; }

    /// <summary>Gets the issues open at the period's end.</summary>
    public int OpenAtEnd { get; private set; }

    /// <summary>Gets the resolved issues that had a deadline.</summary>
    public int ResolvedWithDeadline { get; private set; }

    /// <summary>Gets the resolved issues that met their deadline.</summary>
    public int ResolvedOnTime { get; private set; }

    /// <summary>Gets the share of resolved issues with a deadline that met it, exact; <see langword="null"/> when none had one.</summary>
    public decimal? OnTimeShare => ResolvedWithDeadline == 0 ? null : ResolvedOnTime / (decimal)ResolvedWithDeadline;

    /// <summary>Gets the distinct enterprises with an issue resolved in the period (家).</summary>
    public int EnterprisesHelped => enterprises.Count;

    /// <summary>Gets the counted issues by category name.</summary>
    public IReadOnlyDictionary<IssueCategory, long> ByCategory => byCategory.AsReadOnly();

    /// <summary>Gets the counted issues by channel name.</summary>
    public IReadOnlyDictionary<IssueChannel, long> ByChannel => byChannel.AsReadOnly();

    /// <summary>Creates an empty accumulator, the identity of <see cref="Accumulator{TSelf, TContribution}.Merge"/>.</summary>
    /// <param name="period">The period.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="mode">How records are delivered: <see cref="DeliveryMode.AtLeastOnce"/> (the default) or <see cref="DeliveryMode.ExactlyOnce"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined mode.</exception>
    /// <returns>The accumulator.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
#pragma warning disable RS0027 // The overload taking a key space is unambiguous: a mode, or a space (which is at-least-once).
    public static IssueAccumulator Empty(ReportingPeriod period, WorkingDayCalendar calendar, DeliveryMode mode = DeliveryMode.AtLeastOnce)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(calendar);
        return new IssueAccumulator(period, calendar, mode, null);
    }
#pragma warning restore RS0027

    /// <summary>
    /// Creates an empty at-least-once accumulator whose record keys are numbered in a shared space, so that it merges
    /// with the other accumulators of that space by number (see <see cref="RecordKeySpace"/>).
    /// </summary>
    /// <param name="period">The period.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="keySpace">The shared key space.</param>
    /// <returns>The accumulator.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IssueAccumulator Empty(ReportingPeriod period, WorkingDayCalendar calendar, RecordKeySpace keySpace)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(keySpace);
        return new IssueAccumulator(period, calendar, DeliveryMode.AtLeastOnce, keySpace);
    }

    /// <summary>Adds an issue, once; an issue outside the period is ignored.</summary>
    /// <param name="issue">The issue.</param>
    /// <returns>Whether it was new and counts in the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    /// <exception cref="CalendarYearNotCoveredException">The calendar cannot count the issue's working days.</exception>
    public bool Add(ServiceIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return TryContribution(issue, out var contribution) && AddContribution(RecordKey.Of(issue), contribution);
    }

    /// <summary>Puts a new version of an issue in place of the old one (retracting the old contribution), or adds it when absent; a version outside the period removes it.</summary>
    /// <param name="issue">The new version.</param>
    /// <returns>Whether the figures changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    public bool Replace(ServiceIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return TryContribution(issue, out var contribution) ? ReplaceContribution(RecordKey.Of(issue), contribution) : Remove(RecordKey.Of(issue));
    }

    /// <summary>Removes an issue, as if it had never been added.</summary>
    /// <param name="issue">The record.</param>
    /// <returns>Whether it was present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    public bool Remove(ServiceIssue issue) => Remove(RecordKey.Of(issue));

    private bool TryContribution(ServiceIssue issue, out IssueContribution contribution)
    {
        contribution = default;
        var start = Period.Start;
        var end = Period.End;
        var raisedInPeriod = Period.Contains(issue.RaisedOn);
        if (issue.RaisedOn > end || (!raisedInPeriod && !issue.IsOpenOn(start.PlusDays(-1))))
        {
            return false;
        }

        // One scan of the history for the step in force at the period's end (status, resolution, closing).
        var last = issue.LastStepOnOrBefore(end)!;
        var status = last.To;
        LocalDate? resolvedOn = status == IssueStatus.Resolved ? last.Date : null;
        var resolvedInPeriod = resolvedOn is { } r && r >= start;
        var outcome = status.IsOpen ? IssueOutcome.OpenAtEnd
            : resolvedInPeriod ? IssueOutcome.Resolved
            : status == IssueStatus.ClosedUnresolved && last.Date >= start ? IssueOutcome.ClosedUnresolved
            : IssueOutcome.ClosedBefore;
        int? workingDays = resolvedInPeriod ? Calendar.WorkingDaysBetween(issue.RaisedOn, resolvedOn!.Value) : null;
        var timeliness = Timeliness.NotJudged;
        if (resolvedInPeriod && issue.DueDateOn(resolvedOn!.Value, Calendar) is { } due)
        {
            // Time on hold paused the clock: the due date as it stood on the day of the resolution.
            timeliness = resolvedOn.Value <= due ? Timeliness.OnTime : Timeliness.Late;
        }

        var enterprise = resolvedInPeriod ? issue.Subject.EnterpriseId : null;
        contribution = new IssueContribution(issue.Category, issue.Channel, raisedInPeriod, outcome, workingDays, timeliness, enterprise);
        return true;
    }

    /// <summary>Gets the median working days to resolve, exact (the mean of the two middle values for an even count).</summary>
    /// <returns>The median, or <see langword="null"/> when nothing was resolved.</returns>
    /// <remarks>Read from a histogram of working days in time proportional to the longest duration; allocates nothing.</remarks>
    public decimal? MedianWorkingDaysToResolve()
    {
        if (resolvedTimed == 0)
        {
            return null;
        }

        var mid = resolvedTimed / 2;
        return resolvedTimed % 2 == 1 ? Smallest(mid) : (Smallest(mid - 1) + Smallest(mid)) / 2m;
    }

    /// <summary>
    /// Gets a percentile of the working days to resolve by the nearest-rank method: the smallest observed value
    /// with at least <paramref name="percent"/>% of the values at or below it. Exact; always an observed value.
    /// </summary>
    /// <param name="percent">The percentile, 1 to 100.</param>
    /// <returns>The value, or <see langword="null"/> when nothing was resolved.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is outside 1-100.</exception>
    /// <remarks>Read from a histogram of working days in time proportional to the longest duration; allocates nothing.</remarks>
    public int? WorkingDaysToResolvePercentile(int percent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (resolvedTimed == 0)
        {
            return null;
        }

        var rank = (int)(((long)percent * resolvedTimed + 99) / 100);
        return Smallest(Math.Max(rank, 1) - 1);
    }

    /// <inheritdoc />
    public override void WriteFigures(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumber("counted", Count);
        writer.WriteNumber("raised", Raised);
        writer.WriteNumber("carriedOver", CarriedOver);
        writer.WriteNumber("resolved", Resolved);
        writer.WriteNumber("closedUnresolved", ClosedUnresolved);
        writer.WriteNumber("openAtEnd", OpenAtEnd);
        writer.WriteNumber("resolvedWithDeadline", ResolvedWithDeadline);
        writer.WriteNumber("resolvedOnTime", ResolvedOnTime);
        writer.WriteNumber("enterprisesHelped", EnterprisesHelped);
        if (MedianWorkingDaysToResolve() is { } median)
        {
            writer.WriteNumber("medianWorkingDaysToResolve", median);
            writer.WriteNumber("p90WorkingDaysToResolve", WorkingDaysToResolvePercentile(90)!.Value);
        }

        byCategory.Write(writer, "byCategory");
        byChannel.Write(writer, "byChannel");
    }

    private protected override void Apply(IssueContribution contribution, int sign)
    {
        byCategory.Add(contribution.Category, sign);
        byChannel.Add(contribution.Channel, sign);
        Raised += contribution.RaisedInPeriod ? sign : 0;
        switch (contribution.Outcome)
        {
            case IssueOutcome.OpenAtEnd: OpenAtEnd += sign; break;
            case IssueOutcome.Resolved: Resolved += sign; break;
            case IssueOutcome.ClosedUnresolved: ClosedUnresolved += sign; break;
        }

        if (contribution.Timeliness != Timeliness.NotJudged)
        {
            ResolvedWithDeadline += sign;
            ResolvedOnTime += contribution.Timeliness == Timeliness.OnTime ? sign : 0;
        }

        if (contribution.HelpedEnterprise)
        {
            KeyCounts.Add(enterprises, contribution.Enterprise!.Value, sign);
        }

        if (contribution.WorkingDaysToResolve is { } days)
        {
            if (days >= resolvedDays.Length)
            {
                Array.Resize(ref resolvedDays, Math.Max(days + 1, resolvedDays.Length * 2));
            }

            resolvedDays[days] += sign;
            resolvedTimed += sign;
        }
    }

    private protected override void AddState(IssueAccumulator other)
    {
        byCategory.AddAll(other.byCategory);
        byChannel.AddAll(other.byChannel);
        KeyCounts.AddAll(enterprises, other.enterprises);
        Raised += other.Raised;
        Resolved += other.Resolved;
        ClosedUnresolved += other.ClosedUnresolved;
        OpenAtEnd += other.OpenAtEnd;
        ResolvedWithDeadline += other.ResolvedWithDeadline;
        ResolvedOnTime += other.ResolvedOnTime;
        if (other.resolvedDays.Length > resolvedDays.Length)
        {
            Array.Resize(ref resolvedDays, other.resolvedDays.Length);
        }

        for (var d = 0; d < other.resolvedDays.Length; d++)
        {
            resolvedDays[d] += other.resolvedDays[d];
        }

        resolvedTimed += other.resolvedTimed;
    }

    /// <summary>The k-th smallest working-day count (0-based), read from the histogram.</summary>
    private int Smallest(int k)
    {
        var seen = 0;
        for (var d = 0; d < resolvedDays.Length; d++)
        {
            seen += resolvedDays[d];
            if (seen > k)
            {
                return d;
            }
        }

        throw new InvalidOperationException("The histogram holds fewer values than it counts.");
    }

    /// <summary>Gets the keys of the issues resolved in the period.</summary>
    internal IEnumerable<RecordKey> ResolvedKeys() => Entries.Where(e => e.Value.Outcome == IssueOutcome.Resolved).Select(e => e.Key);

    /// <summary>Gets the keys of the enterprises' issues resolved in the period.</summary>
    internal IEnumerable<RecordKey> EnterpriseResolvedKeys() => Entries.Where(e => e.Value.HelpedEnterprise).Select(e => e.Key);

    /// <inheritdoc/>
    private protected override bool Counts(RecordKind kind) => kind is RecordKind.ServiceIssue;

    private protected override IssueAccumulator CreateEmpty() => new(Period, Calendar, Mode, KeySpace);

    private protected override bool SameContext(IssueAccumulator other) => Period == other.Period && ReferenceEquals(Calendar, other.Calendar);
}
