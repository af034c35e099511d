using FsCheck;
using FsCheck.Fluent;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Exchanges;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Reporting;
using TaiAffairs.Domain.Subsidies;

namespace TaiAffairs.Domain.Testing;

/// <summary>One generated record and the districts it belongs to (a joint event has several).</summary>
public sealed record GeneratedRecord(object Record, IReadOnlyList<District> Districts)
{
    /// <summary>Adds the record to the accumulators through the overload for its type.</summary>
    /// <param name="accumulators">The accumulators.</param>
    public void AddTo(FigureAccumulators accumulators)
    {
        switch (Record)
        {
            case ServiceIssue issue: accumulators.Add(issue); break;
            case EnterpriseVisit visit: accumulators.Add(visit); break;
            case CareVisit visit: accumulators.Add(visit); break;
            case Meeting meeting: accumulators.Add(meeting); break;
            case SubsidyAward award: accumulators.Add(award); break;
            case SafetyFinding finding: accumulators.Add(finding); break;
            case EnterpriseMoneyRecord money: accumulators.Add(money); break;
            case VaccinationDose dose: accumulators.Add(dose); break;
            case ExchangeEvent exchange: accumulators.Add(exchange); break;
            case Training training: accumulators.Add(training); break;
            case PolicyPublicity publicity: accumulators.Add(publicity); break;
            case TaiwanYouth youth: accumulators.Add(youth); break;
            default: throw new InvalidOperationException("Unknown record type.");
        }
    }

    /// <summary>Adds the record to a review builder (records of aggregates only: issues, meetings, awards, events, trainings, publicity).</summary>
    /// <param name="builder">The builder.</param>
    public void AddTo(AnnualReviewBuilder builder)
    {
        switch (Record)
        {
            case ServiceIssue issue: builder.Add(issue); break;
            case Meeting meeting: builder.Add(meeting); break;
            case SubsidyAward award: builder.Add(award); break;
            case ExchangeEvent exchange: builder.Add(exchange); break;
            case Training training: builder.Add(training); break;
            case PolicyPublicity publicity: builder.Add(publicity); break;
            default: throw new InvalidOperationException("Records of aggregates are added through their aggregate in these tests.");
        }
    }

    /// <summary>Gets the record's identity in an accumulator.</summary>
    public RecordKey Key => Record switch
    {
        ServiceIssue issue => RecordKey.Of(issue),
        EnterpriseVisit visit => RecordKey.Of(visit),
        CareVisit visit => RecordKey.Of(visit),
        Meeting meeting => RecordKey.Of(meeting),
        SubsidyAward award => RecordKey.Of(award),
        SafetyFinding finding => RecordKey.Of(finding),
        EnterpriseMoneyRecord money => RecordKey.Of(money),
        VaccinationDose dose => RecordKey.Of(dose),
        ExchangeEvent exchange => RecordKey.Of(exchange),
        Training training => RecordKey.Of(training),
        PolicyPublicity publicity => RecordKey.Of(publicity),
        TaiwanYouth youth => RecordKey.Of(youth),
        _ => throw new InvalidOperationException("Unknown record type."),
    };

    /// <summary>Gives this record to the accumulators as a new version (Replace).</summary>
    public bool ReplaceIn(FigureAccumulators accumulators) => Record switch
    {
        ServiceIssue issue => accumulators.Replace(issue),
        EnterpriseVisit visit => accumulators.Replace(visit),
        CareVisit visit => accumulators.Replace(visit),
        Meeting meeting => accumulators.Replace(meeting),
        SubsidyAward award => accumulators.Replace(award),
        SafetyFinding finding => accumulators.Replace(finding),
        EnterpriseMoneyRecord money => accumulators.Replace(money),
        VaccinationDose dose => accumulators.Replace(dose),
        ExchangeEvent exchange => accumulators.Replace(exchange),
        Training training => accumulators.Replace(training),
        PolicyPublicity publicity => accumulators.Replace(publicity),
        TaiwanYouth youth => accumulators.Replace(youth),
        _ => throw new InvalidOperationException("Unknown record type."),
    };

    /// <summary>Describes the record by its own <c>ToString</c> (which never shows personal data).</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Record.ToString() ?? "?";
}

/// <summary>
/// Random record sets of a year (2021) over several districts, built only from the public factories and verbs
/// of the aggregates: issues at every stage, visits, meetings, awards, safety findings, donations and
/// investments, doses, care visits, events (some joint), trainings, publicity and youth.
/// </summary>
public static class RecordGenerators
{
    /// <summary>The districts records are generated in.</summary>
    public static readonly District[] Districts = [District.Baodi, District.Beichen, District.Ninghe, District.Nankai];

    /// <summary>The calendar the records' working days are counted with.</summary>
    public static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.ChinaMainland;

    /// <summary>The year the records fall in (2021, with some records before it, carried over).</summary>
    public static readonly ReportingPeriod Year = ReportingPeriod.ForYear(2021);

    private static readonly LocalDate Origin = new(2020, 11, 1);

    /// <summary>Record sets of up to a few hundred records; the shrinker drops records.</summary>
    public static Arbitrary<GeneratedRecord[]> RecordSets() =>
        Arb.From(
            Gen.Sized(size => from seed in Gen.Choose(0, int.MaxValue) from scale in Gen.Choose(1, Math.Max(1, size)) select Build(seed, scale)),
            Shrink);

    /// <summary>Shrinks a record set: each half, then the set without one of its first eight records.</summary>
    /// <param name="records">The records.</param>
    /// <returns>Smaller record sets.</returns>
    public static IEnumerable<GeneratedRecord[]> Shrink(GeneratedRecord[] records)
    {
        if (records.Length == 0)
        {
            yield break;
        }

        yield return records[..(records.Length / 2)];
        yield return records[(records.Length / 2)..];
        for (var i = 0; i < Math.Min(records.Length, 8); i++)
        {
            yield return [.. records[..i], .. records[(i + 1)..]];
        }
    }

    /// <summary>Builds the record set of a seed, the same for the same seed and scale.</summary>
    /// <param name="seed">The random seed.</param>
    /// <param name="scale">How many records of each kind, roughly.</param>
    /// <returns>The records.</returns>
    public static GeneratedRecord[] Build(int seed, int scale)
    {
        var random = new Random(seed);
        var records = new List<GeneratedRecord>();
        var n = 0;
        string Key(string kind) => $"{kind}-{seed}-{n++}";
        LocalDate Date() => Origin.PlusDays(random.Next(0, 440));

        foreach (var district in Districts)
        {
            var group = LeadingGroup.Establish(Id<LeadingGroup>.From(Key("lg")), district, DomainGenerators.OfficeOf(district), Origin, DomainGenerators.Leader(), []);
            for (var i = random.Next(0, 2 + scale / 4); i > 0; i--)
            {
                var kind = MeetingKind.All[random.Next(2, MeetingKind.All.Count)];
                records.Add(new(group.HoldMeeting(Id<Meeting>.From($"m-{i}"), kind, Date(), Official.Create(random.Next(2) == 0 ? "区委统战部部长" : "区委台办主任"), [], []), [district]));
            }

            var enterprises = Enumerable.Range(0, 1 + random.Next(3)).Select(_ =>
            {
                var body = "91" + district.Code.ToString(System.Globalization.CultureInfo.InvariantCulture) + "MA" + random.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Enterprise.Register(Id<Enterprise>.From(Key("e")), UnifiedSocialCreditCode.Parse(body + UnifiedSocialCreditCode.ComputeCheckCharacter(body)), "台企", Industry.AutoParts, district, Origin);
            }).ToArray();

            foreach (var enterprise in enterprises)
            {
                for (var i = random.Next(0, 2 + scale / 3); i > 0; i--)
                {
                    records.Add(new(enterprise.RecordVisit(Id<EnterpriseVisit>.From($"v-{i}"), Date(), [Id<Department>.From("tai-office")], "走访"), [district]));
                }

                for (var i = random.Next(0, 2 + scale / 5); i > 0; i--)
                {
                    var finding = enterprise.RecordSafetyFinding(Id<SafetyFinding>.From($"sf-{i}"), Date(), "隐患");
                    if (random.Next(3) > 0)
                    {
                        enterprise.RectifySafetyFinding(finding.Id, finding.FoundOn.PlusDays(random.Next(0, 60)));
                    }

                    records.Add(new(finding, [district]));
                }

                if (random.Next(3) == 0)
                {
                    var amount = Money.FromFen(random.Next(1, 100_000_000));
                    records.Add(new(random.Next(2) == 0
                        ? enterprise.RecordDonation(Id<EnterpriseMoneyRecord>.From(Key("d")), Date(), amount, "疫情防控")
                        : enterprise.RecordInvestment(Id<EnterpriseMoneyRecord>.From(Key("inv")), Date(), amount, "新增项目"), [district]));
                }

                if (random.Next(2) == 0)
                {
                    var level = FundingLevel.All[random.Next(FundingLevel.All.Count)];
                    var amount = Money.FromFen(random.Next(100, 500_000_000));
                    var split = level == FundingLevel.CityAndDistrict && random.Next(2) == 0 ? FundingSplit.Create(Money.FromFen(amount.Fen / 3), Money.FromFen(amount.Fen - (amount.Fen / 3))) : null;
                    var programmes = SubsidyProgramme.All.OrderBy(_ => random.Next()).Take(1 + random.Next(2)).ToArray();
                    records.Add(new(SubsidyAward.Grant(Id<SubsidyAward>.From(Key("a")), enterprise, district, programmes, level, amount, Date(), split: split), [district]));
                }

                for (var i = random.Next(0, 2 + scale / 4); i > 0; i--)
                {
                    records.Add(new(Issue(random, Key("i"), district, IssueSubject.Enterprise(enterprise.Id), Date()), [district]));
                }
            }

            for (var p = random.Next(0, 3); p > 0; p--)
            {
                var birth = BirthInfo.OnDate(new LocalDate(1950 + random.Next(0, 50), 1 + random.Next(12), 1 + random.Next(28)));
                var person = Compatriot.Register(Id<Compatriot>.From(Key("c")), PersonName.Create("林", "小慧"), birth, district, Origin);
                person.RecordVaccinationConsent(Origin, true, true, true);
                for (var d = random.Next(0, 3); d > 0; d--)
                {
                    records.Add(new(person.RecordVaccinationDose(Id<VaccinationDose>.From($"dose-{d}"), Date()), [district]));
                }

                for (var v = random.Next(0, 3); v > 0; v--)
                {
                    records.Add(new(person.RecordCareVisit(Id<CareVisit>.From($"cv-{v}"), Date(), Id<Department>.From("tai-office"), "慰问"), [district]));
                }

                if (person.AsYouthOn(Year.End) is { } youth)
                {
                    records.Add(new(youth, [district]));
                }

                if (random.Next(2) == 0)
                {
                    records.Add(new(Issue(random, Key("i"), district, IssueSubject.Compatriot(person.Id), Date()), [district]));
                }
            }

            if (random.Next(2) == 0)
            {
                records.Add(new(Training.Record(Id<Training>.From(Key("t")), district, "涉台培训", Official.Create("讲师"), Date(), ReportedQuantity.Exact(random.Next(10, 120), QuantityUnit.Ren)), [district]));
            }

            if (random.Next(2) == 0)
            {
                records.Add(new(PolicyPublicity.Record(Id<PolicyPublicity>.From(Key("pp")), district, Date(), [PolicyPackage.Tianjin52Measures], materials: ReportedQuantity.Over(100 * (1 + random.Next(5)), QuantityUnit.Fen)), [district]));
            }
        }

        for (var e = random.Next(0, 2 + scale / 3); e > 0; e--)
        {
            var organizers = Districts.OrderBy(_ => random.Next()).Take(random.Next(4) == 0 ? 2 : 1).ToArray();
            records.Add(new(ExchangeEvent.Record(
                Id<ExchangeEvent>.From(Key("ev")), ExchangeEventKind.All[random.Next(ExchangeEventKind.All.Count)], "交流活动", Date(), "社区", organizers, [], [],
                ReportedQuantity.Exact(random.Next(5, 80), QuantityUnit.Ming)), organizers));
        }

        // Duplicates: some records delivered twice.
        var duplicates = records.Where(_ => random.Next(10) == 0).ToArray();
        records.AddRange(duplicates);
        return records.OrderBy(_ => random.Next()).ToArray();
    }

    /// <summary>
    /// A new version of a generated record: the same identity (kind, owner, id), other facts (another lifecycle for an
    /// issue, another date for a visit, possibly outside the year, another amount for an award ...). Built only through
    /// the public factories, on a twin of the owner where the record belongs to one. <see langword="null"/> for kinds
    /// that have no second version here.
    /// </summary>
    public static GeneratedRecord? NewVersion(GeneratedRecord original, int seed)
    {
        var random = new Random(seed);
        LocalDate Date() => Origin.PlusDays(random.Next(0, 440));
        switch (original.Record)
        {
            case ServiceIssue issue:
                return original with { Record = Issue(random, issue.Id.Value, issue.District, issue.Subject, Date()) };
            case EnterpriseVisit visit:
            {
                var twin = Twin(visit.Enterprise, visit.District);
                return original with { Record = twin.RecordVisit(visit.Id, Date(), [Id<Department>.From("tai-office")], "回访") };
            }

            case SafetyFinding finding:
            {
                var twin = Twin(finding.Enterprise, finding.District);
                var copy = twin.RecordSafetyFinding(finding.Id, Date(), "隐患");
                if (finding.RectifiedOn is null)
                {
                    twin.RectifySafetyFinding(copy.Id, copy.FoundOn.PlusDays(random.Next(0, 30)));
                }

                return original with { Record = copy };
            }

            case Meeting meeting:
            {
                var group = LeadingGroup.Establish(Id<LeadingGroup>.From("twin-" + meeting.District.Code), meeting.District, DomainGenerators.OfficeOf(meeting.District), Origin, DomainGenerators.Leader(), []);
                var kind = MeetingKind.All[random.Next(2, MeetingKind.All.Count)];
                return original with { Record = group.HoldMeeting(meeting.Id, kind, Date(), Official.Create("区委台办主任"), [], []) };
            }

            case SubsidyAward award:
            {
                var twin = Twin(award.Recipient, award.District);
                return original with { Record = SubsidyAward.Grant(award.Id, twin, award.District, award.Programmes, FundingLevel.District, Money.FromFen(random.Next(100, 500_000_000)), Date()) };
            }

            case ExchangeEvent exchange:
            {
                var organizers = Districts.OrderBy(_ => random.Next()).Take(random.Next(4) == 0 ? 2 : 1).ToArray();
                return new GeneratedRecord(ExchangeEvent.Record(exchange.Id, exchange.Kind, "交流活动（更新）", Date(), "社区", organizers, [], [], ReportedQuantity.Exact(random.Next(5, 80), QuantityUnit.Ming)), organizers);
            }

            case Training training:
                return original with { Record = Training.Record(training.Id, training.District, "涉台培训", Official.Create("讲师"), Date(), ReportedQuantity.Exact(random.Next(10, 120), QuantityUnit.Ren)) };
            default:
                return null;
        }
    }

    private static Enterprise Twin(Id<Enterprise> id, District district)
    {
        var body = "91" + district.Code.ToString(System.Globalization.CultureInfo.InvariantCulture) + "MA1234567";
        return Enterprise.Register(id, UnifiedSocialCreditCode.Parse(body + UnifiedSocialCreditCode.ComputeCheckCharacter(body)), "台企", Industry.AutoParts, district, Origin);
    }

    private static ServiceIssue Issue(Random random, string key, District district, IssueSubject subject, LocalDate raised)
    {
        var issue = ServiceIssue.Raise(Id<ServiceIssue>.From(key), district, subject, IssueCategory.All[random.Next(IssueCategory.All.Count)], IssueChannel.All[random.Next(IssueChannel.All.Count)], raised, "诉求");
        if (random.Next(2) == 0)
        {
            issue.SetDeadline(random.Next(1, 30), raised);
        }

        var date = raised;
        var lead = Id<Department>.From("lead");
        for (var step = random.Next(0, 6); step > 0; step--)
        {
            date = date.PlusDays(random.Next(0, 20));
            var next = issue.Status.Next;
            if (next.Count == 0)
            {
                break;
            }

            if (issue.Status == IssueStatus.OnHold && random.Next(4) != 0)
            {
                issue.Resume(date);
                continue;
            }

            if (issue.Status == IssueStatus.Assigned && random.Next(6) == 0)
            {
                issue.Reroute(date, issue.Assignment!.Lead == lead ? Id<Department>.From("other") : lead, [], "改派");
                continue;
            }

            var target = next[random.Next(next.Count)];
            if (target == IssueStatus.Accepted) { issue.Accept(date); }
            else if (target == IssueStatus.Assigned) { issue.Assign(date, lead, []); }
            else if (target == IssueStatus.Resolved) { issue.Resolve(date, issue.Assignment!.Lead, "已解决"); }
            else if (target == IssueStatus.ClosedUnresolved) { issue.CloseUnresolved(date, "无法解决"); }
            else if (target == IssueStatus.OnHold) { issue.Hold(date, random.Next(2) == 0 ? HoldReason.WaitingOnApplicant : HoldReason.WaitingOnThirdParty); }
            else { issue.Reopen(date, "再次反映"); }
        }

        return issue;
    }
}
