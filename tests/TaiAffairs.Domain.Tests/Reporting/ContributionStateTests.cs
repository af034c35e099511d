using FsCheck.Xunit;
using TaiAffairs.Domain.Reporting;
using Xunit;

namespace TaiAffairs.Domain.Tests.Reporting;

/// <summary>
/// An at-least-once accumulator's state, exported record by record and restored elsewhere (a host persisting it, a
/// district's state sent to the city), gives the same figures; restoring twice counts once.
/// </summary>
[Properties(Arbitrary = new[] { typeof(RecordGenerators) }, MaxTest = 60)]
public class ContributionStateTests
{
    private static FigureAccumulators Empty() => LawRecords.Empty();

    private static FigureAccumulators OnePass(IEnumerable<GeneratedRecord> records) => LawRecords.OnePass(records);

    private static void Restore(FigureAccumulators from, FigureAccumulators to)
    {
        Copy(from.Issues, to.Issues);
        Copy(from.Visits, to.Visits);
        Copy(from.Meetings, to.Meetings);
        Copy(from.Awards, to.Awards);
        Copy(from.Safety, to.Safety);
        Copy(from.Giving, to.Giving);
        Copy(from.Vaccinations, to.Vaccinations);
        Copy(from.Exchanges, to.Exchanges);
        Copy(from.Youth, to.Youth);
    }

    private static void Copy<TSelf, T>(Accumulator<TSelf, T> from, Accumulator<TSelf, T> to)
        where TSelf : Accumulator<TSelf, T>
    {
        foreach (var (key, contribution) in from.ExportContributions())
        {
            to.RestoreContribution(key, contribution);
        }
    }

    // Parts exported and restored into one accumulator (each part twice: at-least-once delivery) equal one pass.
    [Property]
    public bool ExportedParts_RestoredTwice_EqualOnePass(GeneratedRecord[] records, int seed)
    {
        var random = new Random(seed);
        var parts = records.GroupBy(_ => random.Next(3)).Select(OnePass).ToArray();
        var restored = Empty();
        foreach (var part in parts.Concat(parts))
        {
            Restore(part, restored);
        }

        return restored.ToJson() == OnePass(records).ToJson();
    }

    [Property]
    public bool ARestoredAccumulator_ChangesAsTheOriginal(GeneratedRecord[] records)
    {
        var original = OnePass(records);
        var restored = Empty();
        Restore(original, restored);
        var keys = original.Issues.Keys().Take(1).ToArray();
        foreach (var key in keys)
        {
            original.Remove(key);
            restored.Remove(key);
        }

        return restored.ToJson() == original.ToJson();
    }

    [Fact]
    public void AKeyOfAnotherKind_OrAnExactlyOnceAccumulator_IsRefused_AndNothingChanges()
    {
        var issues = IssueAccumulator.Empty(RecordGenerators.Year, RecordGenerators.Calendar);
        var contribution = new IssueContribution(Domain.Issues.IssueCategory.List.First(), Domain.Issues.IssueChannel.List.First(), true, IssueOutcome.OpenAtEnd, null, Timeliness.NotJudged, null);
        var before = issues.ToJson();

        var ex = Assert.Throws<ArgumentException>(() => issues.RestoreContribution(new RecordKey(RecordKind.Training, null, "t-1"), contribution));
        Assert.Equal("key", ex.ParamName);
        Assert.Throws<ArgumentException>(() => issues.RestoreContribution(default, contribution));
        Assert.Throws<ArgumentException>(() => issues.RestoreContribution(new RecordKey(RecordKind.ServiceIssue, "an-owner", "i-1"), contribution));
        var visits = VisitAccumulator.Empty(RecordGenerators.Year);
        var ownerless = Assert.Throws<ArgumentException>(() => visits.RestoreContribution(new RecordKey(RecordKind.EnterpriseVisit, null, "v-1"), new VisitContribution(Id<Domain.Enterprises.Enterprise>.From("e-1"), null)));
        Assert.Contains("owner", ownerless.Message, StringComparison.Ordinal);
        Assert.Equal(0, visits.Count);
        Assert.Equal(before, issues.ToJson());

        Assert.True(issues.RestoreContribution(new RecordKey(RecordKind.ServiceIssue, null, "i-1"), contribution));
        Assert.False(issues.RestoreContribution(new RecordKey(RecordKind.ServiceIssue, null, "i-1"), contribution));
        Assert.Equal(1, issues.Count);

        var exactlyOnce = IssueAccumulator.Empty(RecordGenerators.Year, RecordGenerators.Calendar, DeliveryMode.ExactlyOnce);
        Assert.Throws<InvalidOperationException>(() => exactlyOnce.ExportContributions());
        Assert.Throws<InvalidOperationException>(() => exactlyOnce.RestoreContribution(new RecordKey(RecordKind.ServiceIssue, null, "i-1"), contribution));
    }
}
