using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Reporting;

namespace TaiAffairs.Domain.Tests.Reporting;

/// <summary>
/// Law 10 (records that change) and the identity rule: replacing a record by a new version equals adding the new
/// version; adding then removing equals never adding; both commute with merge across partitions; a record's identity
/// is its kind, its owner and its id.
/// </summary>
[Properties(Arbitrary = new[] { typeof(RecordGenerators) }, MaxTest = 60)]
public class ChangeLawTests
{
    private static FigureAccumulators Empty() => LawRecords.Empty();

    private static FigureAccumulators OnePass(IEnumerable<GeneratedRecord> records) => LawRecords.OnePass(records);

    /// <summary>A new version for about half of the records that have one, keyed by identity.</summary>
    private static Dictionary<RecordKey, GeneratedRecord> Versions(GeneratedRecord[] records, int seed)
    {
        var random = new Random(seed);
        var versions = new Dictionary<RecordKey, GeneratedRecord>();
        foreach (var record in records)
        {
            if (random.Next(2) == 0 && !versions.ContainsKey(record.Key) && RecordGenerators.NewVersion(record, random.Next()) is { } version)
            {
                versions[record.Key] = version;
            }
        }

        return versions;
    }

    [Property]
    public bool AddThenReplace_EqualsAddingTheNewVersion(GeneratedRecord[] records, int seed)
    {
        var versions = Versions(records, seed);
        var changed = OnePass(records);
        foreach (var version in versions.Values)
        {
            version.ReplaceIn(changed);
        }

        var expected = OnePass(records.Select(r => versions.GetValueOrDefault(r.Key, r)));
        return changed.ToJson() == expected.ToJson();
    }

    [Property]
    public bool AddThenRemove_EqualsNeverAdding(GeneratedRecord[] records, int seed)
    {
        var random = new Random(seed);
        var removed = records.Select(r => r.Key).Distinct().Where(_ => random.Next(3) == 0).ToHashSet();
        var changed = OnePass(records);
        foreach (var key in removed)
        {
            changed.Remove(key);
        }

        return changed.ToJson() == OnePass(records.Where(r => !removed.Contains(r.Key))).ToJson()
               && OnePass(records).Merge(Empty()).ToJson() == OnePass(records).ToJson();
    }

    [Property]
    public bool RemovingEverything_GivesTheEmptyAccumulators(GeneratedRecord[] records)
    {
        var accumulators = OnePass(records);
        foreach (var record in records)
        {
            accumulators.Remove(record.Key);
        }

        return accumulators.ToJson() == Empty().ToJson();
    }

    [Property]
    public Property ReplaceAndRemove_CommuteWithMerge(GeneratedRecord[] records) =>
        Prop.ForAll(
            Arb.From(from parts in Gen.Choose(1, 5) from seed in Gen.Choose(0, 10_000) select (parts, seed)),
            t =>
            {
                var random = new Random(t.seed);
                var versions = Versions(records, t.seed);
                var removed = records.Select(r => r.Key).Distinct().Where(k => !versions.ContainsKey(k) && random.Next(4) == 0).ToHashSet();
                var buckets = Enumerable.Range(0, t.parts).Select(_ => new List<GeneratedRecord>()).ToArray();
                foreach (var record in records)
                {
                    buckets[random.Next(t.parts)].Add(record);
                }

                // Change each part that holds the record, then merge ...
                var changedParts = buckets.Select(bucket =>
                {
                    var part = OnePass(bucket);
                    foreach (var record in bucket.DistinctBy(r => r.Key))
                    {
                        if (versions.TryGetValue(record.Key, out var version))
                        {
                            version.ReplaceIn(part);
                        }
                        else if (removed.Contains(record.Key))
                        {
                            part.Remove(record.Key);
                        }
                    }

                    return part;
                }).Aggregate(Empty(), (acc, p) => acc.Merge(p));

                // ... equals merge, then change.
                var mergedThenChanged = buckets.Select(OnePass).Aggregate(Empty(), (acc, p) => acc.Merge(p));
                foreach (var version in versions.Values)
                {
                    version.ReplaceIn(mergedThenChanged);
                }

                foreach (var key in removed)
                {
                    mergedThenChanged.Remove(key);
                }

                return changedParts.ToJson() == mergedThenChanged.ToJson();
            });

    // Identity: ids are unique per owner; two enterprises' visit v-1 are two visits, the same visit twice is one.
    [Property]
    public bool Identity_IncludesKindAndOwner(GeneratedRecord[] records)
    {
        var figures = OnePass(records);
        var year = RecordGenerators.Year;
        var visits = records.Select(r => r.Record).OfType<EnterpriseVisit>().Where(v => year.Contains(v.Date)).Select(v => (v.Enterprise, v.Id)).Distinct().Count();
        var findings = records.Select(r => r.Record).OfType<SafetyFinding>().Where(f => year.Contains(f.FoundOn)).Select(f => (f.Enterprise, f.Id)).Distinct().Count();
        var meetings = records.Select(r => r.Record).OfType<Meeting>().Where(m => year.Contains(m.Date)).Select(m => (m.District, m.Id)).Distinct().Count();
        return figures.Visits.EnterpriseVisits == visits && figures.Safety.Found == findings && figures.Meetings.Count == meetings;
    }

    [Fact]
    public void TwoEnterprisesVisitV1_CountTwice_AndTheSameVisitOnce()
    {
        var (first, second) = (Register("e-1"), Register("e-2"));
        var a = first.RecordVisit(Id<EnterpriseVisit>.From("v-1"), 1.March(2021), [Id<Department>.From("office")], "走访");
        var b = second.RecordVisit(Id<EnterpriseVisit>.From("v-1"), 2.March(2021), [Id<Department>.From("office")], "走访");
        var figures = Empty();

        Assert.True(figures.Add(a));
        Assert.True(figures.Add(b));
        Assert.False(figures.Add(a));
        Assert.Equal(2, figures.Visits.EnterpriseVisits);
        Assert.Equal(2, figures.Visits.EnterprisesVisited);
        Assert.NotEqual(RecordKey.Of(a), RecordKey.Of(b));
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Replace_WithAVersionOutsideThePeriod_RemovesTheRecord()
    {
        var enterprise = Register("e-1");
        var visit = enterprise.RecordVisit(Id<EnterpriseVisit>.From("v-1"), 1.March(2021), [Id<Department>.From("office")], "走访");
        var twin = Register("e-1");
        var moved = twin.RecordVisit(Id<EnterpriseVisit>.From("v-1"), 5.January(2022), [Id<Department>.From("office")], "走访");
        var figures = Empty();
        figures.Add(visit);

        Assert.True(figures.Replace(moved));
        Assert.Equal(Empty().ToJson(), figures.ToJson());
        Assert.False(figures.Remove(RecordKey.Of(visit)));
    }

    private static Enterprise Register(string id)
    {
        const string body = "91120115MA1234567";
        return Enterprise.Register(
            Id<Enterprise>.From(id), UnifiedSocialCreditCode.Parse(body + UnifiedSocialCreditCode.ComputeCheckCharacter(body)), "台企", Industry.AutoParts, District.Baodi,
            1.January(2020));
    }
}
