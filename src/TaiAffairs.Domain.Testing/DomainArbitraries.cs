using FsCheck;
using FsCheck.Fluent;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Exchanges;
using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.Subsidies;

namespace TaiAffairs.Domain.Testing;

/// <summary>
/// One arbitrary per public domain type, to register with FsCheck in one go:
/// <c>[Property(Arbitrary = new[] { typeof(DomainArbitraries) })]</c>, or
/// <c>ArbMap.Default.MergeArbFactory&lt;DomainArbitraries&gt;()</c>. Every value is built through the package's public
/// factories and verbs, so it satisfies every rule.
/// </summary>
/// <remarks>
/// Values shrink to simpler values (money towards zero, dates towards the calendar's first day, codes towards
/// <c>0</c> characters with their check recomputed, quantities to exact and smaller forms); record sets shrink by
/// dropping records; an issue shrinks to itself at an earlier step (<see cref="ShrinkIssue"/>), an enterprise to itself
/// with fewer records (<see cref="ShrinkEnterprise"/>), a compatriot to itself with no records or only its consents
/// (<see cref="ShrinkCompatriot"/>), an award to one programme and a smaller amount (<see cref="ShrinkAward"/>), an event
/// to one organizer and no participants (<see cref="ShrinkEvent"/>). Aggregates are taken from generated data sets.
/// </remarks>
public static class DomainArbitraries
{
    /// <summary>Amounts from -10^9 to 10^9 yuan, every fen pattern; shrunk towards zero.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Money> Money() => KernelGenerators.Money();

    /// <summary>Reported quantities in every form (exact, 余, 近, ranges) and unit.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ReportedQuantity> Quantity() => KernelGenerators.Quantity();

    /// <summary>Units of reported quantities.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<QuantityUnit> Unit() => KernelGenerators.Unit();

    /// <summary>Dates inside the embedded calendar's years.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LocalDate> Date() => KernelGenerators.CoveredDate();

    /// <summary>Valid unified social credit codes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<UnifiedSocialCreditCode> CreditCode() => KernelGenerators.CreditCode();

    /// <summary>Valid residence permit numbers for Taiwan residents.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ResidencePermitNumber> ResidencePermit() => KernelGenerators.ResidencePermit();

    /// <summary>Valid travel permit (台胞证) numbers.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TravelPermitNumber> TravelPermit() => DomainGenerators.TravelPermitNumbers();

    /// <summary>Chinese names.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PersonName> Name() => DomainGenerators.Name();

    /// <summary>Births by date or by year only.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<BirthInfo> Birth() => DomainGenerators.Birth();

    /// <summary>Tianjin's sixteen districts; shrunk towards the first in code order.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<District> District() =>
        Arb.From(Gen.Elements(Common.District.All.ToArray()), d => Common.District.All.TakeWhile(x => x != d).Take(1));

    /// <summary>
    /// Areas of Tianjin's districts: township-level areas of the embedded division data, and communities under them (as
    /// a host supplies them); shrunk to the township a community lies in, then to its district's first area.
    /// </summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Area> Area() =>
        Arb.From(
            from district in Gen.Elements(Common.District.All.ToArray())
            from township in Gen.Elements(district.Areas.ToArray())
            from community in Gen.Choose(0, 5)
            select community == 0 ? township : township.Below(township.Code * 1000 + community, "社区" + community.ToString(System.Globalization.CultureInfo.InvariantCulture), AreaKind.Community),
            area => area.Parent is { } township ? [township] : area.District.Areas[0] == area ? [] : [area.District.Areas[0]]);

    /// <summary>Whole data sets of one to three districts using every part of the format.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DataSet> DataSet() => DataSetGenerators.DataSets();

    /// <summary>Record sets of a year, with joint events and equal record ids under different owners; shrunk by dropping records.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GeneratedRecord[]> Records() => RecordGenerators.RecordSets();

    /// <summary>Enterprises with their visits, findings, money records and designations.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Enterprise> Enterprise() => Arb.From(FromDataSets(d => d.Enterprises), ShrinkEnterprise);

    /// <summary>
    /// Simpler versions of an enterprise: the same enterprise registered anew (same id, code, name, industry, first
    /// district and date) with no records, then with its visits only, then with the first half of them. Moves, status
    /// changes, designations and other records are dropped. Each candidate is a valid enterprise.
    /// </summary>
    /// <param name="enterprise">The enterprise.</param>
    /// <returns>Simpler enterprises, emptiest first.</returns>
    public static IEnumerable<Enterprise> ShrinkEnterprise(Enterprise enterprise)
    {
        ArgumentNullException.ThrowIfNull(enterprise);
        var hasOtherRecords = enterprise.DistrictHistory.Count > 1 || enterprise.OperatingHistory.Count > 1 || enterprise.Designations.Count > 0
            || enterprise.SafetyFindings.Count > 0 || enterprise.MoneyRecords.Count > 0 || enterprise.Alliances.Count > 0
            || enterprise.Trainings.Count > 0 || enterprise.PartyBranch is not null || enterprise.Park is not null;
        if (enterprise.Visits.Count == 0 && !hasOtherRecords)
        {
            yield break;
        }

        yield return Registered(enterprise, 0);
        if (enterprise.Visits.Count > 1)
        {
            yield return Registered(enterprise, enterprise.Visits.Count / 2);
        }

        if (hasOtherRecords && enterprise.Visits.Count > 0)
        {
            yield return Registered(enterprise, enterprise.Visits.Count);
        }
    }

    private static Enterprise Registered(Enterprise enterprise, int visits)
    {
        var copy = Enterprises.Enterprise.Register(
            enterprise.Id, enterprise.CreditCode, enterprise.Name, enterprise.Industry, enterprise.DistrictHistory[0].Value, enterprise.RegisteredOn);
        foreach (var visit in enterprise.Visits.Take(visits))
        {
            copy.RecordVisit(visit.Id, visit.Date, visit.Visitors, visit.Purpose);
        }

        return copy;
    }

    /// <summary>Compatriots, with and without publicity and vaccination consent.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Compatriot> Compatriot() => Arb.From(FromDataSets(d => d.Compatriots), ShrinkCompatriot);

    /// <summary>
    /// Simpler versions of a compatriot: the same person registered anew (same id, name, birth, first district and
    /// date) with no records, then with only the publicity consents (so a property about consent can keep failing).
    /// Each candidate is a valid compatriot.
    /// </summary>
    /// <param name="person">The compatriot.</param>
    /// <returns>Simpler compatriots, emptiest first.</returns>
    public static IEnumerable<Compatriot> ShrinkCompatriot(Compatriot person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var records = person.ResidenceHistory.Count - 1 + person.HardshipAssessments.Count + person.PublicityConsents.Count + person.OccupationHistory.Count
            + person.TravelPermits.Count + person.ResidencePermits.Count + person.VaccinationConsents.Count + person.VaccinationDoses.Count
            + person.CareVisits.Count + person.Services.Count + person.RecurringServices.Count;
        if (records == 0)
        {
            yield break;
        }

        yield return Registered(person, withConsents: false);
        if (person.PublicityConsents.Count > 0 && records > person.PublicityConsents.Count)
        {
            yield return Registered(person, withConsents: true);
        }
    }

    private static Compatriot Registered(Compatriot person, bool withConsents)
    {
        var copy = Compatriots.Compatriot.Register(person.Id, person.Name, person.Birth, person.ResidenceHistory[0].Value, person.RegisteredOn);
        if (withConsents)
        {
            foreach (var consent in person.PublicityConsents)
            {
                copy.RecordPublicityConsent(consent.From, consent.Value);
            }
        }

        return copy;
    }

    /// <summary>Service issues at every lifecycle state (raised, accepted, assigned, resolved, closed, reopened).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ServiceIssue> Issue() => Arb.From(FromDataSets(d => d.Issues), ShrinkIssue);

    /// <summary>
    /// Simpler versions of an issue: the same issue replayed through the public verbs up to an earlier step (raised
    /// only, then accepted, ...), without the deadline, trips, co-departments and report-ins it may have had. Each
    /// candidate is a valid issue; a prefix the rules refuse is skipped.
    /// </summary>
    /// <param name="issue">The issue.</param>
    /// <returns>Simpler issues, shortest history first.</returns>
    public static IEnumerable<ServiceIssue> ShrinkIssue(ServiceIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        for (var steps = 1; steps < issue.History.Count; steps++)
        {
            if (Replay(issue, steps) is { } simpler)
            {
                yield return simpler;
            }
        }
    }

    private static ServiceIssue? Replay(ServiceIssue issue, int steps)
    {
        try
        {
            var copy = ServiceIssue.Raise(issue.Id, issue.District, issue.Subject, issue.Category, issue.Channel, issue.RaisedOn, issue.Summary);
            foreach (var step in issue.History.Skip(1).Take(steps - 1))
            {
                var reason = string.IsNullOrWhiteSpace(step.Reason) ? "原因" : step.Reason;
                if (step.From == IssueStatus.OnHold && step.To != IssueStatus.ClosedUnresolved)
                {
                    copy.Resume(step.Date);
                }
                else if (step.To == IssueStatus.OnHold)
                {
                    copy.Hold(step.Date, issue.Holds[copy.Holds.Count].Reason, step.Reason);
                }
                else if (step.From == IssueStatus.Assigned && step.To == IssueStatus.Assigned)
                {
                    copy.Reroute(step.Date, step.Department!.Value, [], reason);
                }
                else if (step.To == IssueStatus.Accepted)
                {
                    copy.Accept(step.Date);
                }
                else if (step.To == IssueStatus.Assigned)
                {
                    copy.Assign(step.Date, step.Department!.Value, []);
                }
                else if (step.To == IssueStatus.Resolved)
                {
                    copy.Resolve(step.Date, step.Department!.Value, reason);
                }
                else if (step.To == IssueStatus.ClosedUnresolved)
                {
                    copy.CloseUnresolved(step.Date, reason);
                }
                else if (step.To == IssueStatus.Reopened)
                {
                    copy.Reopen(step.Date, reason);
                }
            }

            return copy;
        }
        catch (BusinessRuleViolationException)
        {
            return null;
        }
    }

    /// <summary>Subsidy awards at every funding level, some split between city and district.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SubsidyAward> Award() => Arb.From(FromDataSets(d => d.Awards), ShrinkAward);

    /// <summary>
    /// Simpler versions of an award, granted again through <see cref="SubsidyAward.Grant"/> to a stand-in recipient
    /// (an enterprise with the recipient's id, registered in the awarding district on the award's day): under its
    /// first programme only, with no split and no project title; then with the amount halved towards one fen.
    /// </summary>
    /// <param name="award">The award.</param>
    /// <returns>Simpler awards.</returns>
    public static IEnumerable<SubsidyAward> ShrinkAward(SubsidyAward award)
    {
        ArgumentNullException.ThrowIfNull(award);
        var simplerShape = award.Programmes.Count > 1 || award.Split is not null || award.ProjectTitle is not null;
        var amounts = new List<long>();
        for (var fen = award.Amount.Fen / 2; fen >= 1; fen /= 2)
        {
            amounts.Add(fen);
        }

        if (simplerShape)
        {
            amounts.Insert(0, award.Amount.Fen);
        }

        foreach (var fen in amounts)
        {
            yield return SubsidyAward.Grant(
                award.Id, StandIn(award.Recipient, award.District, award.AwardedOn), award.District, [award.Programmes[0]], award.Level,
                Common.Money.FromFen(fen), award.AwardedOn);
        }
    }

    /// <summary>
    /// Simpler versions of an event, recorded again through <see cref="ExchangeEvent.Record"/>: organized by its first
    /// district only, with no partner units, known participants, count or media coverage.
    /// </summary>
    /// <param name="exchangeEvent">The event.</param>
    /// <returns>The simpler event, when there is one.</returns>
    public static IEnumerable<ExchangeEvent> ShrinkEvent(ExchangeEvent exchangeEvent)
    {
        ArgumentNullException.ThrowIfNull(exchangeEvent);
        if (exchangeEvent.OrganizingDistricts.Count > 1 || exchangeEvent.PartnerUnits.Count > 0 || exchangeEvent.KnownParticipants.Count > 0
            || exchangeEvent.ParticipantCount is not null || exchangeEvent.MediaCoverage.Count > 0)
        {
            yield return Exchanges.ExchangeEvent.Record(
                exchangeEvent.Id, exchangeEvent.Kind, exchangeEvent.Title, exchangeEvent.Date, exchangeEvent.Venue, [exchangeEvent.OrganizingDistricts[0]], [], []);
        }
    }

    private static Enterprise StandIn(Id<Enterprise> id, District district, LocalDate registeredOn)
    {
        var body = "91" + district.Code.ToString("D6", System.Globalization.CultureInfo.InvariantCulture) + "MA0000001";
        return Enterprises.Enterprise.Register(
            id, UnifiedSocialCreditCode.Parse(body + UnifiedSocialCreditCode.ComputeCheckCharacter(body)), "台企", Industry.AutoParts, district, registeredOn);
    }

    /// <summary>Exchange events, some organized by several districts.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ExchangeEvent> Event() => Arb.From(FromDataSets(d => d.Events), ShrinkEvent);

    /// <summary>One aggregate of a kind from a generated data set (a seed whose data set has none tries the next).</summary>
    private static Gen<T> FromDataSets<T>(Func<DataSet, IReadOnlyList<T>> items) =>
        from seed in Gen.Choose(0, int.MaxValue)
        from pick in Gen.Choose(0, int.MaxValue)
        select Pick(seed, pick, items);

    private static T Pick<T>(int seed, int pick, Func<DataSet, IReadOnlyList<T>> items)
    {
        for (var attempt = 0; ; attempt++)
        {
            var found = items(DataSetGenerators.Build(unchecked(seed + attempt), 2));
            if (found.Count > 0)
            {
                return found[pick % found.Count];
            }
        }
    }
}
