using System.Text.Json.Nodes;
using FsCheck.Xunit;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Exchanges;
using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Mechanisms;
using TaiAffairs.Domain.Reporting;
using TaiAffairs.Domain.Subsidies;
using Xunit;

namespace TaiAffairs.Domain.Tests.Interchange;

[Properties(Arbitrary = new[] { typeof(DataSetGenerators) }, MaxTest = 40)]
public class AggregateSnapshotTests
{
    private static readonly Lazy<DataSet> Tianjin = new(() =>
        DataSetImporter.Import(File.ReadAllText(Path.Combine(Repository.Root, "docs", "examples", "Tianjin2021", "tianjin-2021.json"))).DataSet!);

    // Law: every record of a data set, written as its own snapshot and read back against the data set's references,
    // writes the same snapshot again; the data set made of the read records (and their marks) exports as the original.
    [Property]
    public bool EveryRecord_RoundTripsThroughItsSnapshot(DataSet dataSet) => RebuiltFromSnapshots(dataSet) == DataSetExporter.Export(WithoutDeclarations(dataSet));

    [Fact]
    public void The2021DataSet_RebuiltFromSnapshots_ExportsAndReviewsTheSame()
    {
        var data = Tianjin.Value;
        var rebuilt = RebuiltFromSnapshots(data);
        Assert.Equal(DataSetExporter.Export(WithoutDeclarations(data)), rebuilt);
    }

    [Fact]
    public void AnIssuesIllustrativeDates_StayMarkedInItsSnapshot()
    {
        var data = Tianjin.Value;
        var issue = data.Issues.First(i => data.IsIllustrative("issue", i.Id.Value, "raisedOn"));
        var annotation = data.Annotations.Single(a => a.Kind == "issue" && a.Id == issue.Id.Value);
        var json = AggregateSnapshot.Write(data.Year, issue, annotation);

        var read = AggregateSnapshot.Read<ServiceIssue>(json, SnapshotReferences.Of(data));

        Assert.True(read.Success, string.Join("\n", read.Problems));
        Assert.Equal(2021, read.Year);
        Assert.Contains("raisedOn", read.Annotation!.Illustrative);
        Assert.Equal(issue.History.Count, read.Value.History.Count);
        Assert.Equal(issue.Status, read.Value.Status);
    }

    [Fact]
    public void ASnapshot_IsOneCompactRecordOfTheDataSetFormat()
    {
        var data = Tianjin.Value;
        var json = AggregateSnapshot.Write(data.Year, data.Issues[0]);
        var root = JsonNode.Parse(json)!.AsObject();

        Assert.DoesNotContain('\n', json);
        Assert.Equal(["formatVersion", "year", "issues"], root.Select(p => p.Key));
        Assert.Single(root["issues"]!.AsArray());
        Assert.True(DataSetImporter.Import(json.Replace("\"issues\"", "\"x\"", StringComparison.Ordinal)).Problems.Count > 0);
    }

    [Fact]
    public void ADanglingReference_IsAProblemAtItsPath()
    {
        var data = Tianjin.Value;
        var issue = data.Issues.First(i => i.Subject.IsEnterprise);
        var json = AggregateSnapshot.Write(data.Year, issue);

        var read = AggregateSnapshot.Read<ServiceIssue>(json, SnapshotReferences.Create(departments: data.Departments));

        Assert.False(read.Success);
        Assert.Null(read.Value);
        var problem = Assert.Single(read.Problems);
        Assert.Equal("reference.dangling", problem.Code);
        Assert.Equal("$.issues[0].subject.enterprise", problem.Path);
    }

    [Fact]
    public void AStepTheWorkflowRefuses_IsAProblemAtTheStep_AndNoIssueIsRead()
    {
        var data = Tianjin.Value;
        var issue = data.Issues.First(i => i.Status == IssueStatus.Resolved);
        var root = JsonNode.Parse(AggregateSnapshot.Write(data.Year, issue))!;
        var steps = root["issues"]![0]!["steps"]!.AsArray();
        var last = steps[^1]!.DeepClone();
        steps.Add(last); // resolved twice

        var read = AggregateSnapshot.Read<ServiceIssue>(root.ToJsonString(), SnapshotReferences.Of(data));

        Assert.False(read.Success);
        var problem = Assert.Single(read.Problems);
        Assert.Equal($"$.issues[0].steps[{steps.Count - 1}]", problem.Path);
        Assert.Equal("issue.transition-is-allowed", problem.Code);
    }

    [Fact]
    public void ASnapshotOfAnotherKind_OrOfTwoRecords_IsRefused()
    {
        var data = Tianjin.Value;
        var enterpriseJson = AggregateSnapshot.Write(data.Year, data.Enterprises[0]);
        var wrongKind = AggregateSnapshot.Read<ServiceIssue>(enterpriseJson, SnapshotReferences.Of(data));
        Assert.Equal("snapshot.kind", Assert.Single(wrongKind.Problems).Code);
        Assert.Contains("1 enterprise", wrongKind.Problems[0].Message, StringComparison.Ordinal);

        var whole = AggregateSnapshot.Read<ServiceIssue>(DataSetExporter.Export(data), SnapshotReferences.None);
        Assert.Equal("snapshot.kind", Assert.Single(whole.Problems).Code);

        var empty = AggregateSnapshot.Read<Department>("""{"formatVersion": 2, "year": 2021}""", SnapshotReferences.None);
        Assert.Contains("no record", Assert.Single(empty.Problems).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "json.malformed")]
    [InlineData("", "json.malformed")]
    [InlineData("{\"formatVersion\": 2, \"year\": 2021, \"issues\": [", "json.malformed")]
    [InlineData("{\"formatVersion\": 9, \"year\": 2021}", "format.version")]
    [InlineData("[]", "field.type")]
    public void ABrokenDocument_IsAProblem(string? json, string code)
    {
        var read = AggregateSnapshot.Read<ServiceIssue>(json, SnapshotReferences.None);
        Assert.False(read.Success);
        Assert.Contains(read.Problems, p => p.Code == code);
    }

    // Hostile input read as a snapshot gets the importer's answer: the same problem at the same path, never a throw.
    [Theory]
    [MemberData(nameof(HostileDocumentTests.Corpus), MemberType = typeof(HostileDocumentTests))]
    public void AHostileDocument_ReadAsASnapshot_GivesTheImportersProblem(string document, string code, string path)
    {
        var read = AggregateSnapshot.Read<ServiceIssue>(document, SnapshotReferences.None);

        Assert.False(read.Success);
        Assert.Null(read.Annotation);
        Assert.Contains(read.Problems, p => p.Code == code && p.Path == path);
    }

    [Fact]
    public void BadArguments_AreRefusedClearly()
    {
        var data = Tianjin.Value;
        var issue = data.Issues[0];
        Assert.Throws<NotSupportedException>(() => AggregateSnapshot.Read<string>("{}", SnapshotReferences.None));
        Assert.Throws<ArgumentNullException>(() => AggregateSnapshot.Read<ServiceIssue>("{}", null!));
        Assert.Throws<ArgumentNullException>(() => AggregateSnapshot.Write(2021, (ServiceIssue)null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => AggregateSnapshot.Write(1899, issue));
        var other = new RecordAnnotation("issue", "another", ["raisedOn"], null);
        var ex = Assert.Throws<ArgumentException>(() => AggregateSnapshot.Write(2021, issue, other));
        Assert.Equal("annotation", ex.ParamName);
        Assert.Throws<ArgumentException>(() => SnapshotReferences.Create(departments: [null!]));
    }

    [Fact]
    public void ASnapshot_ShowsNoPersonalDataInItsProblems()
    {
        var data = Tianjin.Value;
        var person = data.Compatriots[0];
        var root = JsonNode.Parse(AggregateSnapshot.Write(data.Year, person))!;
        root["compatriots"]![0]!["id"] = 12;
        var read = AggregateSnapshot.Read<Compatriot>(root.ToJsonString(), SnapshotReferences.None);
        Assert.False(read.Success);
        Assert.DoesNotContain(read.Problems, p => p.Message.Contains(person.Name.Reveal(), StringComparison.Ordinal));
    }

    private static DataSet WithoutDeclarations(DataSet d) =>
        DataSet.Create(d.Year, d.Note, d.Departments, d.LeadingGroups, d.Enterprises, d.Compatriots, d.Issues, d.Awards, d.Mechanisms, d.Events, d.Trainings, d.Publicity, annotations: d.Annotations);

    private static string RebuiltFromSnapshots(DataSet data)
    {
        var references = SnapshotReferences.Of(data);
        var annotations = new List<RecordAnnotation>();
        T Trip<T>(string kind, string id, Func<RecordAnnotation?, string> write)
            where T : class
        {
            var note = data.Annotations.FirstOrDefault(a => a.Kind == kind && a.Id == id);
            var json = write(note);
            var read = AggregateSnapshot.Read<T>(json, references);
            if (!read.Success)
            {
                throw new Xunit.Sdk.XunitException($"{kind} {id}:\n" + string.Join("\n", read.Problems) + "\n" + json);
            }

            if (read.Annotation is { } a)
            {
                annotations.Add(a);
            }

            Assert.Equal(json, Rewrite(read.Value, data.Year, read.Annotation));
            return read.Value;
        }

        var y = data.Year;
        return DataSetExporter.Export(DataSet.Create(
            y,
            data.Note,
            data.Departments.Select(x => Trip<Department>("department", x.Id.Value, n => AggregateSnapshot.Write(y, x, n))).ToList(),
            data.LeadingGroups.Select(x => Trip<LeadingGroup>("leadingGroup", x.Id.Value, n => AggregateSnapshot.Write(y, x, n))).ToList(),
            data.Enterprises.Select(x => Trip<Enterprise>("enterprise", x.Id.Value, n => AggregateSnapshot.Write(y, x, n))).ToList(),
            data.Compatriots.Select(x => Trip<Compatriot>("compatriot", x.Id.Value, n => AggregateSnapshot.Write(y, x, n))).ToList(),
            data.Issues.Select(x => Trip<ServiceIssue>("issue", x.Id.Value, n => AggregateSnapshot.Write(y, x, n))).ToList(),
            data.Awards.Select(x => Trip<SubsidyAward>("award", x.Id.Value, n => AggregateSnapshot.Write(y, x, n))).ToList(),
            data.Mechanisms.Select(x => Trip<ServiceMechanism>("mechanism", x.Id.Value, n => AggregateSnapshot.Write(y, x, n))).ToList(),
            data.Events.Select(x => Trip<ExchangeEvent>("event", x.Id.Value, n => AggregateSnapshot.Write(y, x, n))).ToList(),
            data.Trainings.Select(x => Trip<Training>("training", x.Id.Value, n => AggregateSnapshot.Write(y, x, n))).ToList(),
            data.Publicity.Select(x => Trip<PolicyPublicity>("publicity", x.Id.Value, n => AggregateSnapshot.Write(y, x, n))).ToList(),
            annotations: annotations));
    }

    private static string Rewrite(object record, int year, RecordAnnotation? note) => record switch
    {
        Department x => AggregateSnapshot.Write(year, x, note),
        LeadingGroup x => AggregateSnapshot.Write(year, x, note),
        Enterprise x => AggregateSnapshot.Write(year, x, note),
        Compatriot x => AggregateSnapshot.Write(year, x, note),
        ServiceIssue x => AggregateSnapshot.Write(year, x, note),
        SubsidyAward x => AggregateSnapshot.Write(year, x, note),
        ServiceMechanism x => AggregateSnapshot.Write(year, x, note),
        ExchangeEvent x => AggregateSnapshot.Write(year, x, note),
        Training x => AggregateSnapshot.Write(year, x, note),
        PolicyPublicity x => AggregateSnapshot.Write(year, x, note),
        _ => throw new InvalidOperationException(),
    };
}
