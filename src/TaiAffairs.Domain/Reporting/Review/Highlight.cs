using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Exchanges;
using TaiAffairs.Domain.Subsidies;

namespace TaiAffairs.Domain.Reporting;

/// <summary>What a highlight of a review section tells.</summary>
public enum HighlightKind
{
    /// <summary>Enterprises joined an alliance.</summary>
    AllianceJoined = 0,

    /// <summary>Policy publicity: packages, materials, recipients.</summary>
    Publicity = 1,

    /// <summary>A subsidy award.</summary>
    Award = 2,

    /// <summary>A training.</summary>
    Training = 3,

    /// <summary>An honour an enterprise received.</summary>
    Honour = 4,

    /// <summary>An enterprise's investment.</summary>
    Investment = 5,

    /// <summary>A service rendered to a person.</summary>
    Service = 6,

    /// <summary>A service rendered every quarter, and the quarters missed.</summary>
    RecurringService = 7,

    /// <summary>An exchange event.</summary>
    Event = 8,
}

/// <summary>
/// A record a review section tells, as typed facts: the renderers own the sentence (decision 0013). Names are the
/// names a review may print (a private person's only with consent).
/// </summary>
/// <remarks>Immutable and thread-safe. Built by <see cref="AnnualReviewBuilder"/>.</remarks>
public sealed record Highlight
{
    internal Highlight(HighlightKind kind) => Kind = kind;

    /// <summary>Gets what the highlight tells.</summary>
    public HighlightKind Kind { get; }

    /// <summary>Gets the subjects named: enterprises joining, the award's recipient, the enterprise or person served.</summary>
    public IReadOnlyList<string> Names { get; internal init; } = [];

    /// <summary>Gets the title: the alliance, the project, the training's topic, the event's title, the investment's purpose, the service's description.</summary>
    public string? Title { get; internal init; }

    /// <summary>Gets the amount of an award or an investment.</summary>
    public Money? Amount { get; internal init; }

    /// <summary>Gets a count: materials distributed, training attendance.</summary>
    public ReportedQuantity? Count { get; internal init; }

    /// <summary>Gets the policy packages of publicity.</summary>
    public IReadOnlyList<PolicyPackage> Packages { get; internal init; } = [];

    /// <summary>Gets the recipients of publicity materials.</summary>
    public IReadOnlyList<string> Recipients { get; internal init; } = [];

    /// <summary>Gets an award's programmes.</summary>
    public IReadOnlyList<SubsidyProgramme> Programmes { get; internal init; } = [];

    /// <summary>Gets an award's funding level.</summary>
    public FundingLevel? Level { get; internal init; }

    /// <summary>Gets an honour's kind.</summary>
    public DesignationKind? Honour { get; internal init; }

    /// <summary>Gets whether the district recommended the honour.</summary>
    public bool Recommended { get; internal init; }

    /// <summary>Gets the year of an honour.</summary>
    public int? Year { get; internal init; }

    /// <summary>Gets a service's kind.</summary>
    public ServiceKind? Service { get; internal init; }

    /// <summary>Gets the quarters a recurring service missed (none when every quarter was served).</summary>
    public IReadOnlyList<ReportingPeriod> Missed { get; internal init; } = [];

    /// <summary>Gets the period of a recurring service.</summary>
    public ReportingPeriod? Period { get; internal init; }

    /// <summary>Gets an event's kind.</summary>
    public ExchangeEventKind? EventKind { get; internal init; }

    /// <summary>Gets an event's venue.</summary>
    public string? Venue { get; internal init; }

    /// <summary>Gets the other districts that organized a joint event.</summary>
    public IReadOnlyList<District> Partners { get; internal init; } = [];
}
