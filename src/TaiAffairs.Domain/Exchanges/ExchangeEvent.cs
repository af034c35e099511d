using System.Diagnostics;
using Ardalis.GuardClauses;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Exchanges.Rules;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Exchanges;

/// <summary>
/// A festival, cultural or exchange event (交流活动) with its venue, one or more organizing districts
/// (宁河 and 宝坻 held "情谊农农" together), partner units, participants (known compatriots and/or a reported
/// count) and media coverage.
/// </summary>
/// <remarks>A record: equality is by <see cref="Id"/>. Immutable and thread-safe.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class ExchangeEvent : IEquatable<ExchangeEvent>
{
    private ExchangeEvent(Id<ExchangeEvent> id, ExchangeEventKind kind, string title, LocalDate date, string venue, IReadOnlyList<District> organizers, IReadOnlyList<Id<Department>> partners, IReadOnlyList<Id<Compatriot>> knownParticipants, ReportedQuantity? participantCount, IReadOnlyList<string> media)
    {
        Id = id;
        Kind = kind;
        Title = title;
        Date = date;
        Venue = venue;
        OrganizingDistricts = organizers;
        PartnerUnits = partners;
        KnownParticipants = knownParticipants;
        ParticipantCount = participantCount;
        MediaCoverage = media;
    }

    /// <summary>Gets the event's id.</summary>
    public Id<ExchangeEvent> Id { get; }

    /// <summary>Gets its kind.</summary>
    public ExchangeEventKind Kind { get; }

    /// <summary>Gets its title ("粽香飘两岸·端午话亲情").</summary>
    public string Title { get; }

    /// <summary>Gets its date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets its venue (瑞益园社区, 天津天后宫, 七里海).</summary>
    public string Venue { get; }

    /// <summary>Gets the organizing districts, at least one, in the order given.</summary>
    public IReadOnlyList<District> OrganizingDistricts { get; }

    /// <summary>Gets whether several districts organized it together (it counts once in each, once in the city).</summary>
    public bool IsJoint => OrganizingDistricts.Count > 1;

    /// <summary>Gets the partner units (南开大学, 团区委).</summary>
    public IReadOnlyList<Id<Department>> PartnerUnits { get; }

    /// <summary>Gets the participants recorded by name.</summary>
    public IReadOnlyList<Id<Compatriot>> KnownParticipants { get; }

    /// <summary>Gets the participant count as reported, if stated.</summary>
    public ReportedQuantity? ParticipantCount { get; }

    /// <summary>Gets the participants: the reported count if stated, else the known participants counted exactly (名).</summary>
    public ReportedQuantity Participants => ParticipantCount ?? ReportedQuantity.Exact(KnownParticipants.Count, QuantityUnit.Ming);

    /// <summary>Gets where it was reported (学习强国, 中国统一战线, 中国台湾网).</summary>
    public IReadOnlyList<string> MediaCoverage { get; }

    /// <summary>Records an event.</summary>
    /// <param name="id">The event's id.</param>
    /// <param name="kind">Its kind.</param>
    /// <param name="title">Its title.</param>
    /// <param name="date">Its date.</param>
    /// <param name="venue">Its venue.</param>
    /// <param name="organizingDistricts">One or more districts, each once.</param>
    /// <param name="partnerUnits">Partner units.</param>
    /// <param name="knownParticipants">Participants recorded by id.</param>
    /// <param name="participantCount">The reported count, in persons, if stated; it must admit the known participants.</param>
    /// <param name="mediaCoverage">Where it was reported.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException">A required argument is missing, default or blank.</exception>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="OrganizedByAtLeastOneDistrict"/>, <see cref="CountedInPersons"/> or <see cref="CountCoversKnownParticipants"/> is broken.</exception>
    public static ExchangeEvent Record(
        Id<ExchangeEvent> id,
        ExchangeEventKind kind,
        string title,
        LocalDate date,
        string venue,
        IEnumerable<District> organizingDistricts,
        IEnumerable<Id<Department>> partnerUnits,
        IEnumerable<Id<Compatriot>> knownParticipants,
        ReportedQuantity? participantCount = null,
        IEnumerable<string>? mediaCoverage = null)
    {
        Guard.Against.Expression(i => i.IsDefault, id, "An event needs an id.");
        Guard.Against.Null(kind, message: "An event needs a kind.");
        Guard.Against.NullOrWhiteSpace(title, message: "An event needs a title.");
        Guard.Against.NullOrWhiteSpace(venue, message: "An event needs a venue.");
        Guard.Against.Null(organizingDistricts, message: "An event needs its organizing districts.");
        Guard.Against.Null(partnerUnits, message: "Partner units are required (they may be empty).");
        Guard.Against.Null(knownParticipants, message: "Known participants are required (they may be empty).");
        var organizers = organizingDistricts.ToArray();
        var known = CanonicalOrder.SortedDistinct(knownParticipants);
        BusinessRule.Check(new OrganizedByAtLeastOneDistrict(organizers));
        if (participantCount is { } count)
        {
            BusinessRule.Check(new CountedInPersons(count));
            BusinessRule.Check(new CountCoversKnownParticipants(count, known.Length));
        }

        // Canonical order, sorted in place (no LINQ): districts by code, ids and media ordinally.
        Array.Sort(organizers, static (a, b) => a!.Code.CompareTo(b!.Code));
        return new ExchangeEvent(
            id, kind, title.Trim(), date, venue.Trim(), Array.AsReadOnly(organizers), Array.AsReadOnly(CanonicalOrder.SortedDistinct(partnerUnits)), Array.AsReadOnly(known), participantCount,
            Media(mediaCoverage));
    }

    private static IReadOnlyList<string> Media(IEnumerable<string>? mediaCoverage)
    {
        if (mediaCoverage is null)
        {
            return Array.Empty<string>();
        }

        var media = new List<string>();
        foreach (var m in mediaCoverage)
        {
            if (!string.IsNullOrWhiteSpace(m))
            {
                media.Add(m.Trim());
            }
        }

        return media.Count == 0 ? Array.Empty<string>() : Array.AsReadOnly(CanonicalOrder.Texts(media));
    }

    /// <summary>Gets whether a district organized the event.</summary>
    /// <param name="district">The district.</param>
    /// <returns>Whether it is among the organizers.</returns>
    public bool IsOrganizedBy(District district) => OrganizingDistricts.Contains(district);

    /// <inheritdoc />
    public bool Equals(ExchangeEvent? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExchangeEvent);

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Returns the kind, date and id.</summary>
    /// <returns>E.g. <c>中秋 2021-09-19 (ninghe-ev-02)</c>.</returns>
    public override string ToString() => $"{Kind.ChineseName} {Date:uuuu-MM-dd} ({Id})";

    internal static bool IsPersonUnit(QuantityUnit? unit) => unit == QuantityUnit.Ming || unit == QuantityUnit.Ren || unit == QuantityUnit.Wei;
}
