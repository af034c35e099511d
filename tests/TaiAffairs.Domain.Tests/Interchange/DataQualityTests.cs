using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.Subsidies;
using TaiAffairs.Domain.Tests.Enterprises;

namespace TaiAffairs.Domain.Tests.Interchange;

/// <summary>Issue 14: data-quality warnings, separate from problems: they name odd but valid data and never block.</summary>
public class DataQualityTests
{
    private static string Tianjin2021 => File.ReadAllText(Path.Combine(Repository.Root, "docs", "examples", "Tianjin2021", "tianjin-2021.json"));

    [Fact]
    public void TheSeed_ImportsWithoutAWarning_ExceptWhatItReallyHolds()
    {
        var result = DataSetImporter.Import(Tianjin2021);
        Assert.True(result.Success);
        Assert.DoesNotContain(result.Warnings, w => w.Code == DataQuality.DuplicateCreditCode || w.Code == DataQuality.ImplausibleBirthYear);
        Assert.DoesNotContain(DataQuality.Check(result.DataSet!, asOf: 31.December(2021)), w => w.Code == DataQuality.FutureDate);
    }

    [Fact]
    public void OddButValidData_GivesWarnings_AndStillImports()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(Tianjin2021)!;
        var enterprises = document["enterprises"]!.AsArray();
        var copy = enterprises[0]!.DeepClone();
        copy["id"] = "duplicate-code";
        copy["visits"] = new System.Text.Json.Nodes.JsonArray();
        enterprises.Add(copy);
        var awards = document["awards"]!.AsArray();
        awards[0]!["awardedOn"] = "2021-12-31";

        var result = DataSetImporter.Import(document.ToJsonString());

        Assert.True(result.Success, string.Join("\n", result.Problems));
        var warning = Assert.Single(result.Warnings, w => w.Code == DataQuality.DuplicateCreditCode);
        Assert.Contains("duplicate-code", warning.Message, StringComparison.Ordinal);
        var future = DataQuality.Check(result.DataSet!, asOf: 30.December(2021));
        Assert.Contains(future, w => w.Code == DataQuality.FutureDate && w.Path.StartsWith("awards[", StringComparison.Ordinal));
    }

    [Fact]
    public void RecordsOutsideTheYear_BirthYearsOf1850_AndAwardsAboveACap_AreWarned_WithoutPersonalData()
    {
        var result = DataSetImporter.Import(Tianjin2021);
        var dataSet = result.DataSet!;
        var caps = SubsidyProgramme.All.ToDictionary(p => p, _ => Money.Parse("1万元"));
        var warnings = DataQuality.Check(dataSet, caps: caps);
        Assert.Contains(warnings, w => w.Code == DataQuality.AboveProgrammeCap);

        var person = TaiAffairs.Domain.Compatriots.Compatriot.Register(
            Id<TaiAffairs.Domain.Compatriots.Compatriot>.From("old"), TaiAffairs.Domain.Compatriots.PersonName.Create("王", "老先生"), TaiAffairs.Domain.Compatriots.BirthInfo.InYear(1850), District.Baodi, 1.January(2021));
        var enterprise = Enterprise.Register(Id<Enterprise>.From("late"), EnterpriseTests.Code("91120224MA0000008"), "某台企", Industry.AutoParts, District.Baodi, 1.January(2010));
        enterprise.RecordVisit(Id<EnterpriseVisit>.From("v-2022"), 3.January(2022), [Id<TaiAffairs.Domain.LeadingGroups.Department>.From("office")], "走访");
        var odd = DataSet.Create(2021, compatriots: [person], enterprises: [enterprise]);
        var found = DataQuality.Check(odd);
        var birth = Assert.Single(found, w => w.Code == DataQuality.ImplausibleBirthYear);
        Assert.DoesNotContain("老先生", birth.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("1850", birth.ToString(), StringComparison.Ordinal);
        Assert.Contains(found, w => w.Code == DataQuality.OutsideYear && w.Path == "enterprises[late].visits[v-2022].date");
    }

    [Fact]
    public void AnIssueAssignedToAnotherDistrictsDepartment_IsWarned()
    {
        var nankaiUnit = TaiAffairs.Domain.LeadingGroups.Department.Create(Id<TaiAffairs.Domain.LeadingGroups.Department>.From("nankai-unit"), "南开区某局", TaiAffairs.Domain.LeadingGroups.DepartmentKind.Bureau, District.Nankai);
        var cityUnit = TaiAffairs.Domain.LeadingGroups.Department.Create(Id<TaiAffairs.Domain.LeadingGroups.Department>.From("city-unit"), "市某局", TaiAffairs.Domain.LeadingGroups.DepartmentKind.Bureau, null);
        var issue = TaiAffairs.Domain.Tests.Issues.ServiceIssueTests.NewIssue(10.May(2021));
        issue.Accept(10.May(2021));
        issue.Assign(10.May(2021), cityUnit.Id, [nankaiUnit.Id]);

        var warnings = DataQuality.Check(DataSet.Create(2021, departments: [nankaiUnit, cityUnit], issues: [issue]));

        var warning = Assert.Single(warnings, w => w.Code == DataQuality.DepartmentOfAnotherDistrict);
        Assert.Contains("nankai-unit", warning.Message, StringComparison.Ordinal);
    }
}
