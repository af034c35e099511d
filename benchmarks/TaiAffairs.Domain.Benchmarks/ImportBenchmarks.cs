using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Benchmarks;

/// <summary>
/// Issue 13, item 4: importing a data-set file with full validation against System.Text.Json's source-generated
/// deserialization of the same bytes into plain DTOs (the baseline: what a host would write with no checks at all).
/// The file is the exporter's own output for enterprises with visits and issues with their steps (about 40 MB;
/// 7 MB with <c>BENCH_QUICK=1</c>). <see cref="Setup"/> checks that both read every record before anything is timed.
/// </summary>
/// <remarks>
/// The DTOs refuse unmapped members (<see cref="JsonUnmappedMemberHandling.Disallow"/>), so the baseline reads every
/// field the importer reads; the sections that are empty in this file are read as raw elements.
/// </remarks>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private static readonly ImportLimits Limits = ImportLimits.Default with { MaxBytes = 256 * 1024 * 1024 };

    private byte[] file = [];

    /// <summary>Gets the size of the file each operation reads, in bytes (printed by <see cref="Setup"/>).</summary>
    public int FileBytes => file.Length;

    [GlobalSetup]
    public void Setup()
    {
        var scale = Environment.GetEnvironmentVariable("BENCH_QUICK") == "1" ? 1 : 6;
        file = Encoding.UTF8.GetBytes(DataSetExporter.Export(Build(enterprises: 2_000 * scale, visitsEach: 8, issuesEach: 2)));
        Console.WriteLine($"// import file: {file.Length:N0} bytes");

        var imported = DataSetImporter.ImportUtf8(file, Limits);
        if (imported.DataSet is null)
        {
            throw new InvalidOperationException("The importer refused the exporter's file: " + imported.Problems[0]);
        }

        var expected = Describe(imported.DataSet!);
        var baseline = Describe(SourceGeneratedDtos());
        if (expected != baseline)
        {
            throw new InvalidOperationException($"The importer and the DTOs read different records:\n{expected}\n{baseline}");
        }
    }

    [Benchmark(Baseline = true)]
    public RootDto SourceGeneratedDtos() => JsonSerializer.Deserialize(file, ImportDtoContext.Default.RootDto)!;

    [Benchmark]
    public DataSet ImporterWithFullValidation()
    {
        var result = DataSetImporter.ImportUtf8(file, Limits);
        return result.DataSet ?? throw new InvalidOperationException(result.Problems[0].ToString());
    }

    private static DataSet Build(int enterprises, int visitsEach, int issuesEach)
    {
        var office = Department.Create(Id<Department>.From("tai-office"), "区台办", DepartmentKind.Office, District.Baodi);
        var random = new Random(2021);
        var firms = new List<Enterprise>(enterprises);
        var issues = new List<ServiceIssue>(enterprises * issuesEach);
        for (var i = 0; i < enterprises; i++)
        {
            var body = "91120115MA" + (1_000_000 + i).ToString(CultureInfo.InvariantCulture);
            var district = District.All.ElementAt(i % 16);
            var enterprise = Enterprise.Register(
                Id<Enterprise>.From("e" + i.ToString(CultureInfo.InvariantCulture)), UnifiedSocialCreditCode.Parse(body + UnifiedSocialCreditCode.ComputeCheckCharacter(body)),
                "天津台资企业" + i.ToString(CultureInfo.InvariantCulture), Industry.AutoParts, district, new LocalDate(2020, 1, 1));
            for (var v = 0; v < visitsEach; v++)
            {
                enterprise.RecordVisit(
                    Id<EnterpriseVisit>.From($"v{i}-{v}"), new LocalDate(2021, 1, 1).PlusDays(random.Next(365)), [office.Id], "走访了解企业生产经营情况");
            }

            firms.Add(enterprise);
            for (var k = 0; k < issuesEach; k++)
            {
                var raised = new LocalDate(2021, 1, 4).PlusDays(random.Next(300));
                var issue = ServiceIssue.Raise(
                    Id<ServiceIssue>.From($"i{i}-{k}"), district, IssueSubject.Enterprise(enterprise.Id), IssueCategory.Recruitment, IssueChannel.Visit, raised, "企业反映用工紧张");
                issue.Accept(raised);
                issue.Assign(raised, office.Id, []);
                issue.Resolve(raised.PlusDays(1 + random.Next(40)), office.Id, "协调人社部门组织专场招聘会");
                issues.Add(issue);
            }
        }

        return DataSet.Create(2021, departments: [office], enterprises: firms, issues: issues);
    }

    private static string Describe(DataSet data) =>
        string.Create(CultureInfo.InvariantCulture, $"enterprises {data.Enterprises.Count}, visits {data.Enterprises.Sum(e => e.Visits.Count)}, issues {data.Issues.Count}, steps {data.Issues.Sum(i => i.History.Count)}, resolved {data.Issues.Count(i => i.Status == IssueStatus.Resolved)}");

    private static string Describe(RootDto data) =>
        string.Create(CultureInfo.InvariantCulture, $"enterprises {data.Enterprises.Count}, visits {data.Enterprises.Sum(e => e.Visits.Count)}, issues {data.Issues.Count}, steps {data.Issues.Sum(i => i.Steps.Count + 1)}, resolved {data.Issues.Count(i => i.Steps[^1].To == "Resolved")}");
}

#pragma warning disable CS1591, SA1402, SA1600 // The DTOs mirror the file's shape; each property is its field.

public sealed class RootDto
{
    public int FormatVersion { get; set; }

    public int Year { get; set; }

    public List<DepartmentDto> Departments { get; set; } = [];

    public List<JsonElement> LeadingGroups { get; set; } = [];

    public List<EnterpriseDto> Enterprises { get; set; } = [];

    public List<JsonElement> Compatriots { get; set; } = [];

    public List<IssueDto> Issues { get; set; } = [];

    public List<JsonElement> Awards { get; set; } = [];

    public List<JsonElement> Mechanisms { get; set; } = [];

    public List<JsonElement> Events { get; set; } = [];

    public List<JsonElement> Trainings { get; set; } = [];

    public List<JsonElement> Publicity { get; set; } = [];

    public List<JsonElement> Declared { get; set; } = [];

    public List<JsonElement> Cases { get; set; } = [];

    public List<JsonElement> Titles { get; set; } = [];

    public List<JsonElement> Outlines { get; set; } = [];
}

public sealed class DepartmentDto
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Kind { get; set; } = "";

    public int District { get; set; }
}

public sealed class EnterpriseDto
{
    public string Id { get; set; } = "";

    public string CreditCode { get; set; } = "";

    public string Name { get; set; } = "";

    public string Industry { get; set; } = "";

    public int District { get; set; }

    public DateOnly RegisteredOn { get; set; }

    public bool Operating { get; set; }

    public List<JsonElement> Moves { get; set; } = [];

    public List<JsonElement> StatusChanges { get; set; } = [];

    public List<JsonElement> Designations { get; set; } = [];

    public List<VisitDto> Visits { get; set; } = [];

    public List<JsonElement> SafetyFindings { get; set; } = [];

    public List<JsonElement> Donations { get; set; } = [];

    public List<JsonElement> Investments { get; set; } = [];

    public List<JsonElement> Alliances { get; set; } = [];

    public List<JsonElement> Trainings { get; set; } = [];
}

public sealed class VisitDto
{
    public string Id { get; set; } = "";

    public DateOnly Date { get; set; }

    public List<string> Visitors { get; set; } = [];

    public string Purpose { get; set; } = "";
}

public sealed class IssueDto
{
    public string Id { get; set; } = "";

    public int District { get; set; }

    public SubjectDto Subject { get; set; } = new();

    public string Category { get; set; } = "";

    public string Channel { get; set; } = "";

    public DateOnly RaisedOn { get; set; }

    public string Summary { get; set; } = "";

    public List<StepDto> Steps { get; set; } = [];
}

public sealed class SubjectDto
{
    public string? Enterprise { get; set; }

    public string? Compatriot { get; set; }
}

public sealed class StepDto
{
    public string To { get; set; } = "";

    public DateOnly Date { get; set; }

    public string? Lead { get; set; }

    public List<string>? Co { get; set; }

    public string? By { get; set; }

    public string? Outcome { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(RootDto))]
public sealed partial class ImportDtoContext : JsonSerializerContext;
