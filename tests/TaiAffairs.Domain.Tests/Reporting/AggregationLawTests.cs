using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Exchanges;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.Reporting;
using TaiAffairs.Domain.Subsidies;

namespace TaiAffairs.Domain.Tests.Reporting;

/// <summary>The eight aggregation laws of DOMAIN.md section 5, as properties over random record sets.</summary>
[Properties(Arbitrary = new[] { typeof(RecordGenerators) }, MaxTest = 60)]
public class AggregationLawTests
{
    private static FigureAccumulators Empty() => LawRecords.Empty();

    private static FigureAccumulators OnePass(IEnumerable<GeneratedRecord> records) => LawRecords.OnePass(records);

    private static FigureAccumulators[] Partition(GeneratedRecord[] records, int parts, int seed)
    {
        var random = new Random(seed);
        var buckets = Enumerable.Range(0, parts).Select(_ => new List<GeneratedRecord>()).ToArray();
        foreach (var record in records)
        {
            buckets[random.Next(parts)].Add(record);
        }

        return buckets.Select(OnePass).ToArray();
    }

    // Law 1: identity, associativity, commutativity of Merge; the order of records never changes a result.
    [Property]
    public bool Law1_MergeIsACommutativeMonoid_AndOrderDoesNotMatter(GeneratedRecord[] records, int seed)
    {
        var parts = Partition(records, 3, seed);
        var (a, b, c) = (parts[0], parts[1], parts[2]);
        var shuffled = OnePass(records.OrderBy(_ => new Random(seed).Next()).Reverse());
        var aJson = a.ToJson();
        return Empty().Merge(a).ToJson() == aJson
               && a.Merge(Empty()).ToJson() == aJson
               && a.Merge(b).ToJson() == b.Merge(a).ToJson()
               && a.Merge(b).Merge(c).ToJson() == a.Merge(b.Merge(c)).ToJson()
               && shuffled.ToJson() == OnePass(records).ToJson()
               && a.ToJson() == aJson;
    }

    // Law 2: any partition, aggregated per part and merged, equals one pass.
    [Property]
    public Property Law2_SplitAndMerge_EqualsOnePass(GeneratedRecord[] records) =>
        Prop.ForAll(
            Arb.From(from parts in Gen.Choose(1, 6) from seed in Gen.Choose(0, 10_000) select (parts, seed)),
            t => Partition(records, t.parts, t.seed).Aggregate(Empty(), (acc, p) => acc.Merge(p)).ToJson() == OnePass(records).ToJson());

    // Law 3: the same record delivered twice counts once, whether added again or merged in again.
    [Property]
    public bool Law3_IdempotenceById(GeneratedRecord[] records)
    {
        var once = OnePass(records.DistinctBy(r => r.Record));
        var twice = OnePass(records.Concat(records));
        var selfMerged = once.Merge(once);
        return twice.ToJson() == once.ToJson() && selfMerged.ToJson() == once.ToJson();
    }

    // Law 4: the city total of an additive figure is the sum over districts; a joint record counts once in each
    // district and once in the city.
    [Property]
    public bool Law4_Conservation_CityIsTheSumOfDistricts_JointRecordsOnce(GeneratedRecord[] records)
    {
        var districts = RecordGenerators.Districts.ToDictionary(d => d, _ => Empty());
        foreach (var record in records)
        {
            foreach (var district in record.Districts)
            {
                record.AddTo(districts[district]);
            }
        }

        var city = districts.Values.Aggregate(Empty(), (acc, d) => acc.Merge(d));
        var distinct = records.DistinctBy(r => r.Record).ToArray();
        var jointOvercount = distinct
            .Where(r => r.Record is ExchangeEvent e && RecordGenerators.Year.Contains(e.Date))
            .Sum(r => r.Districts.Count - 1);
        var sums = districts.Values.ToArray();
        return city.Issues.Resolved == sums.Sum(d => d.Issues.Resolved)
               && city.Issues.Raised == sums.Sum(d => d.Issues.Raised)
               && city.Visits.EnterpriseVisits == sums.Sum(d => d.Visits.EnterpriseVisits)
               && city.Visits.CareVisits == sums.Sum(d => d.Visits.CareVisits)
               && city.Safety.Found == sums.Sum(d => d.Safety.Found)
               && city.Vaccinations.Doses == sums.Sum(d => d.Vaccinations.Doses)
               && city.Awards.Total == Money.Sum(sums.Select(d => d.Awards.Total))
               && city.Giving.Donations == Money.Sum(sums.Select(d => d.Giving.Donations))
               && city.Exchanges.Events == sums.Sum(d => d.Exchanges.Events) - jointOvercount
               && city.Exchanges.JointEvents == distinct.Count(r => r.Record is ExchangeEvent { IsJoint: true } e && RecordGenerators.Year.Contains(e.Date));
    }

    // Law 5: visits count as person-times and as distinct subjects; distinct is never more than total.
    [Property]
    public bool Law5_DistinctNeverExceedsTotal(GeneratedRecord[] records)
    {
        var figures = OnePass(records);
        return figures.Visits.EnterprisesVisited <= figures.Visits.EnterpriseVisits
               && figures.Visits.PeopleVisited <= figures.Visits.CareVisits
               && figures.Vaccinations.PeopleVaccinated <= figures.Vaccinations.Doses
               && figures.Issues.EnterprisesHelped <= figures.Issues.Resolved
               && figures.Visits.EnterprisesVisited == records.Select(r => r.Record).OfType<EnterpriseVisit>().Where(v => RecordGenerators.Year.Contains(v.Date)).Select(v => v.Enterprise).Distinct().Count();
    }

    // Law 6: money sums are exact; a figure split by funding level sums to the whole.
    [Property]
    public bool Law6_MoneyIsExact_AndLevelsSumToTheWhole(GeneratedRecord[] records)
    {
        var figures = OnePass(records);
        var awards = records.Select(r => r.Record).OfType<SubsidyAward>().Distinct().Where(a => RecordGenerators.Year.Contains(a.AwardedOn)).ToArray();
        var expected = awards.Aggregate(0m, (sum, a) => sum + a.Amount.Yuan);
        return figures.Awards.Total.Yuan == expected
               && Money.Sum(figures.Awards.ByLevel.Values) == figures.Awards.Total
               && Money.Sum(figures.Awards.ByProgrammes.Values) == figures.Awards.Total
               && Money.Sum(figures.Awards.ByRecipient.Values) == figures.Awards.Total
               && figures.Awards.SplitCityPart + figures.Awards.SplitDistrictPart == figures.Awards.SplitTotal;
    }

    // Law 7: a declared figure is consistent with the recorded items of the same kind exactly when their count
    // does not exceed the declaration's upper bound; an inconsistency is reported.
    [Property]
    public Property Law7_Reconciliation_ReportsRecordsAboveTheDeclaredUpperBound(GeneratedRecord[] records) =>
        Prop.ForAll(
            Arb.From(Gen.Elements(10, 20, 30, 50, 100)),
            basis =>
            {
                var builder = new AnnualReviewBuilder(2021, RecordGenerators.Calendar);
                foreach (var record in records.Where(r => r.Record is ServiceIssue))
                {
                    record.AddTo(builder);
                }

                var district = District.Baodi;
                var declared = ReportedQuantity.Over(basis, QuantityUnit.Ge);
                builder.Declare(DeclaredFigure.Count(district, FigureKey.IssuesResolved, declared));
                var review = builder.BuildDistrict(district);
                var recorded = review.Figures.Issues.Resolved;
                var figure = review.Figure(FigureKey.IssuesResolved)!;
                if (recorded == 0)
                {
                    return figure.Provenance == Provenance.Declared && review.Findings.Count == 0;
                }

                var consistent = recorded <= declared.Upper;
                var findings = review.Findings.Where(f => f.Kind == FindingKind.RecordedAboveDeclared).ToArray();
                return figure.Provenance == Provenance.DeclaredAndComputed
                       && findings.Length == (consistent ? 0 : 1)
                       && (consistent || (findings[0].Key == FigureKey.IssuesResolved && findings[0].Figures[0].Value.Lower == recorded))
                       && figure.IsConsistent == consistent
                       && figure.Published == FigureValue.Of(declared);
            });

    // Law 8: time figures (median, percentiles, on-time share) are exact, with the working-day calendar.
    [Property]
    public bool Law8_TimeFiguresAreExact_WithTheCalendar(GeneratedRecord[] records)
    {
        var figures = OnePass(records);
        var year = RecordGenerators.Year;
        var counted = records.Select(r => r.Record).OfType<ServiceIssue>().Distinct()
            .Where(i => year.Contains(i.RaisedOn) || (i.RaisedOn < year.Start && i.IsOpenOn(year.Start.PlusDays(-1))))
            .ToArray();
        var resolved = counted.Where(i => i.ResolvedOnAsOf(year.End) is { } r && r >= year.Start).ToArray();
        var days = resolved.Select(i => DayByDay(i.RaisedOn, i.ResolvedOnAsOf(year.End)!.Value)).Order().ToArray();
        decimal? median = days.Length == 0 ? null : days.Length % 2 == 1 ? days[days.Length / 2] : (days[(days.Length / 2) - 1] + days[days.Length / 2]) / 2m;
        int? p90 = days.Length == 0 ? null : days[(int)Math.Ceiling(0.9m * days.Length) - 1];
        var withDeadline = resolved.Where(i => i.Deadline is not null).ToArray();
        var onTime = withDeadline.Count(i => i.ResolvedOnAsOf(year.End) <= DueDayByDay(i));
        return figures.Issues.MedianWorkingDaysToResolve() == median
               && figures.Issues.WorkingDaysToResolvePercentile(90) == p90
               && figures.Issues.WorkingDaysToResolvePercentile(100) == (days.Length == 0 ? null : days[^1])
               && Enumerable.Range(1, 100).All(p => figures.Issues.WorkingDaysToResolvePercentile(p) == (days.Length == 0 ? null : days[Math.Max((int)Math.Ceiling(p * days.Length / 100m), 1) - 1]))
               && figures.Issues.ResolvedWithDeadline == withDeadline.Length
               && figures.Issues.ResolvedOnTime == onTime
               && figures.Issues.OnTimeShare == (withDeadline.Length == 0 ? null : onTime / (decimal)withDeadline.Length);
    }

    /// <summary>
    /// The due date walked day by day (issue 14): the deadline's working days from its start, then, for each hold that
    /// began on or before the due date so far, as many more working days as the hold paused (as of the resolution).
    /// </summary>
    internal static LocalDate DueDayByDay(ServiceIssue issue)
    {
        var deadline = issue.Deadline!.Value;
        var due = WalkWorkingDays(deadline.CountedFrom, deadline.WorkingDays);
        foreach (var hold in issue.Holds)
        {
            if (hold.From > due)
            {
                break;
            }

            due = WalkWorkingDays(due, DayByDay(hold.From, hold.Until!.Value));
        }

        return due;
    }

    private static LocalDate WalkWorkingDays(LocalDate from, int workingDays)
    {
        var day = from;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.PlusDays(1);
            counted += RecordGenerators.Calendar.IsWorkingDay(day) ? 1 : 0;
        }

        return day;
    }

    private static int DayByDay(LocalDate from, LocalDate to)
    {
        var count = 0;
        for (var d = from.PlusDays(1); d <= to; d = d.PlusDays(1))
        {
            count += RecordGenerators.Calendar.IsWorkingDay(d) ? 1 : 0;
        }

        return count;
    }
}
