using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.Issues.Rules;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.LeadingGroups.Rules;

namespace TaiAffairs.Domain.Tests.Issues;

/// <summary>
/// Issue 14: a district's worklist answers, as of a date, what a naive filter over the same issues answers; it keeps
/// the rules that span issues; a district directory checks departments at the API.
/// </summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 100)]
public class WorklistTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.ChinaMainland;

    [Property]
    public Property Worklists_AgreeWithANaiveFilter_OnRandomData(DataSet dataSet) =>
        Prop.ForAll(
            Arb.From(Gen.Choose(0, 400)),
            offset =>
            {
                var asOf = new LocalDate(dataSet.Year, 1, 1).PlusDays(offset);
                return dataSet.Issues.GroupBy(i => i.District).All(group =>
                {
                    var worklist = Worklist.For(group.Key, Calendar, group);
                    var open = group.Where(i => i.RaisedOn <= asOf && i.StatusOn(asOf)!.IsOpen)
                        .OrderBy(i => i.RaisedOn).ThenBy(i => i.Id.Value, StringComparer.Ordinal).ToArray();
                    var overdue = open.Where(i => i.StatusOn(asOf) != IssueStatus.OnHold && i.DueDateOn(asOf, Calendar) is { } due && asOf > due).ToArray();
                    var dueSoon = open.Where(i => i.StatusOn(asOf) != IssueStatus.OnHold && i.DueDateOn(asOf, Calendar) is { } due && asOf <= due
                        && Calendar.WorkingDaysBetween(asOf, due) <= 3).ToArray();
                    var onHold = open.Where(i => i.StatusOn(asOf) == IssueStatus.OnHold).ToArray();
                    var awaiting = open.Where(i => i.Assignments.LastOrDefault(a => a.AssignedOn <= asOf) is { } a
                        && a.Departments.Any(d => !a.ReportIns.TryGetValue(d, out var on) || on > asOf)).ToArray();
                    var byDepartment = overdue.Where(i => i.AssignmentOn(asOf) is not null).GroupBy(i => i.AssignmentOn(asOf)!.Lead)
                        .OrderBy(g => g.Key).Select(g => (g.Key, g.Select(i => i.Id).ToArray())).ToArray();
                    return worklist.Open(asOf).Select(w => w.Issue).SequenceEqual(open)
                        && worklist.Overdue(asOf).Select(w => w.Issue).SequenceEqual(overdue)
                        && worklist.DueWithin(asOf, 3).Select(w => w.Issue).SequenceEqual(dueSoon)
                        && worklist.OnHold(asOf).Select(w => w.Issue).SequenceEqual(onHold)
                        && worklist.AwaitingReportIns(asOf).Select(w => w.Issue).SequenceEqual(awaiting)
                        && worklist.OverdueByDepartment(asOf).Select(d => (d.Department, d.Items.Select(w => w.Issue.Id).ToArray()))
                            .Zip(byDepartment).All(p => p.First.Department == p.Second.Key && p.First.Item2.SequenceEqual(p.Second.Item2))
                        && worklist.OverdueByDepartment(asOf).Count == byDepartment.Length;
                });
            });

    [Fact]
    public void AWorklist_RefusesAnotherDistrictsIssue_AndAnIdTwice_AndChangesNothing()
    {
        var baodi = ServiceIssueTests.NewIssue(10.May(2021));
        var worklist = Worklist.For(District.Baodi, Calendar, [baodi]);
        RuleAssert.Breaks<WorklistIdsAreUnique>(() => worklist.Add(ServiceIssueTests.NewIssue(11.May(2021))));
        var nankai = ServiceIssue.Raise(Id<ServiceIssue>.From("n-1"), District.Nankai, baodi.Subject, IssueCategory.Financing, IssueChannel.Visit, 10.May(2021), "融资");
        RuleAssert.Breaks<IssueOfTheWorklistsDistrict>(() => worklist.Add(nankai));
        RuleAssert.Breaks<IssueOfTheWorklistsDistrict>(() => Worklist.For(District.Baodi, Calendar, [baodi, nankai]));
        Assert.Throws<KeyNotFoundException>(() => worklist.Replace(ServiceIssueTests.NewIssue(10.May(2021), id: "absent")));
        Assert.Equal(1, worklist.Count);
        Assert.True(worklist.Remove(baodi.Id));
        Assert.False(worklist.Remove(baodi.Id));
    }

    [Fact]
    public void ADirectory_RefusesADepartmentTheDistrictDoesNotHave_AtTheApi()
    {
        var office = Department.Create(Id<Department>.From("baodi-office"), "区委台办", DepartmentKind.Office, District.Baodi);
        var power = Department.Create(Id<Department>.From("baodi-power"), "区供电公司", DepartmentKind.Centre, District.Baodi);
        var cityBank = Department.Create(Id<Department>.From("city-bank"), "市金融局", DepartmentKind.Bureau, null);
        var directory = DistrictDirectory.Create(District.Baodi, [office, power, cityBank]);
        var issue = ServiceIssueTests.NewIssue(10.May(2021));
        issue.Accept(10.May(2021));

        RuleAssert.Breaks<IssueDepartmentsInTheDirectory>(() => directory.Assign(issue, 10.May(2021), Id<Department>.From("nankai-police"), []));
        Assert.Null(issue.Assignment);
        directory.Assign(issue, 10.May(2021), power.Id, [cityBank.Id]);
        RuleAssert.Breaks<IssueDepartmentsInTheDirectory>(() => directory.Reroute(issue, 11.May(2021), office.Id, [Id<Department>.From("stranger")], "改派"));
        Assert.Single(issue.Assignments);

        var uncheckedIssue = ServiceIssueTests.NewIssue(10.May(2021), id: "i-2");
        uncheckedIssue.Accept(10.May(2021));
        uncheckedIssue.Assign(10.May(2021), Id<Department>.From("stranger"), []);
        RuleAssert.Breaks<IssueDepartmentsInTheDirectory>(() => Worklist.For(District.Baodi, Calendar, [uncheckedIssue], directory));
        Assert.Throws<ArgumentException>(() => Worklist.For(District.Nankai, Calendar, [], directory));

        var nankaiUnit = Department.Create(Id<Department>.From("nankai-unit"), "南开区某局", DepartmentKind.Bureau, District.Nankai);
        RuleAssert.Breaks<DepartmentOfTheDistrict>(() => DistrictDirectory.Create(District.Baodi, [office, nankaiUnit]));
        RuleAssert.Breaks<DepartmentOfTheDistrict>(() => DistrictDirectory.Create(District.Baodi, [office, office]));
        Assert.Equal(24, directory.Areas.Count(a => a.IsSubdistrictOrTown));
        Assert.Equal("海滨街道", directory.RequireArea(120115001).Name);
        RuleAssert.Breaks<AreaOfTheDistrict>(() => directory.RequireArea(120104001));
        var community = Area.FromCode(120115001).Below(120115001001, "某社区", AreaKind.Community);
        Assert.Same(community, DistrictDirectory.Create(District.Baodi, [office], [community]).RequireArea(120115001001));
        RuleAssert.Breaks<AreaOfTheDistrict>(() => DistrictDirectory.Create(District.Nankai, [], [community]));
    }

    [Fact]
    public void AWorkItem_SaysWhatIsAwaited_AsOfItsDate()
    {
        var issue = ServiceIssueTests.NewIssue(10.May(2021));
        issue.Accept(10.May(2021));
        issue.SetDeadline(3, 10.May(2021));
        issue.Assign(10.May(2021), Id<Department>.From("lead"), [Id<Department>.From("co")]);
        issue.RecordReportIn(Id<Department>.From("co"), 12.May(2021));
        var worklist = Worklist.For(District.Baodi, Calendar, [issue]);

        var item = Assert.Single(worklist.Open(11.May(2021)));
        Assert.Equal(["lead", "co"], item.AwaitingReportIn.Select(d => d.Value));
        Assert.Equal((SlaState.Nearing, (LocalDate?)13.May(2021)), (item.Sla, item.DueDate));
        Assert.Equal(["lead"], Assert.Single(worklist.Open(12.May(2021))).AwaitingReportIn.Select(d => d.Value));
        Assert.Equal(issue, Assert.Single(worklist.Overdue(14.May(2021))).Issue);
        Assert.Equal("lead", Assert.Single(worklist.OverdueByDepartment(14.May(2021))).Department.Value);
        Assert.Empty(worklist.Open(9.May(2021)));
    }

    [Fact]
    public void AnEvent_IsCheckedAgainstItsOrganizersDirectories()
    {
        var baodiUnit = Department.Create(Id<Department>.From("baodi-unit"), "宝坻区某局", DepartmentKind.Bureau, District.Baodi);
        var ningheUnit = Department.Create(Id<Department>.From("ninghe-unit"), "宁河区某局", DepartmentKind.Bureau, District.Ninghe);
        var baodi = DistrictDirectory.Create(District.Baodi, [baodiUnit]);
        var ninghe = DistrictDirectory.Create(District.Ninghe, [ningheUnit]);
        var joint = TaiAffairs.Domain.Exchanges.ExchangeEvent.Record(
            Id<TaiAffairs.Domain.Exchanges.ExchangeEvent>.From("joint"), TaiAffairs.Domain.Exchanges.ExchangeEventKind.MidAutumn, "两岸情 一家人", 20.September(2021), "宝坻", [District.Baodi, District.Ninghe],
            [baodiUnit.Id, ningheUnit.Id], []);

        baodi.Check(joint, ninghe);
        RuleAssert.Breaks<EventOfTheDirectories>(() => baodi.Check(joint));
        RuleAssert.Breaks<EventOfTheDirectories>(() => DistrictDirectory.Create(District.Nankai, []).Check(joint, baodi, ninghe));
    }
}
