using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.LeadingGroups.Rules;
using TaiAffairs.Domain.Tests.Generators;

namespace TaiAffairs.Domain.Tests.LeadingGroups;

public class LeadingGroupTests
{
    private static readonly LocalDate Established = new(2021, 1, 1);
    private static readonly Department[] Units = DomainGenerators.UnitsOf(District.Beichen, 20);
    private static readonly Official Secretary = Official.Create("区委书记", "冯卫华");
    private static readonly Official UnitedFrontHead = Official.Create("区委常委、区委统战部部长");

    private static LeadingGroup NewGroup(int founders = 5) =>
        LeadingGroup.Establish(Id<LeadingGroup>.From("beichen-lg"), District.Beichen, DomainGenerators.OfficeOf(District.Beichen), Established, Secretary, Units.Take(founders));

    private static string RuleOf(Action action) => Assert.Throws<BusinessRuleViolationException>(action).RuleCode;

    [Fact]
    public void Beichen_AddsNineMemberUnits_InOneAdjustment()
    {
        var group = NewGroup();
        var adjustedOn = new LocalDate(2021, 4, 15);

        var adjustment = group.Adjust(adjustedOn, Units.Skip(5).Take(9), []);

        Assert.Equal(9, adjustment.Additions.Count);
        Assert.Equal(5, group.MembersOn(adjustedOn.PlusDays(-1)).Count);
        Assert.Equal(14, group.MembersOn(adjustedOn).Count);
        Assert.Equal(2, group.Adjustments.Count);
    }

    [Fact]
    public void Removal_EndsTheInterval_TheDayBefore_AndReAddingStartsANewOne()
    {
        var group = NewGroup();
        var unit = Units[0].Id;
        group.Adjust(new LocalDate(2021, 3, 1), [], [unit]);
        group.Adjust(new LocalDate(2021, 6, 1), [Units[0]], []);

        Assert.True(group.IsMemberOn(unit, new LocalDate(2021, 2, 28)));
        Assert.False(group.IsMemberOn(unit, new LocalDate(2021, 3, 1)));
        Assert.True(group.IsMemberOn(unit, new LocalDate(2021, 6, 1)));
        Assert.Equal([DateRange.Create(Established, new LocalDate(2021, 2, 28)), DateRange.Create(new LocalDate(2021, 6, 1))], group.MembershipOf(unit));
    }

    [Fact]
    public void AddingACurrentMember_BreaksMembershipIntervalsNeverOverlap_AndChangesNothing()
    {
        var group = NewGroup();

        var code = RuleOf(() => group.Adjust(new LocalDate(2021, 5, 1), [Units[10], Units[0]], []));

        Assert.Equal(MembershipIntervalsNeverOverlap.RuleCode, code);
        Assert.False(group.IsMemberOn(Units[10].Id, new LocalDate(2021, 5, 1)));
        Assert.Single(group.Adjustments);
    }

    [Fact]
    public void RemovingANonMember_OrOnTheDayItWasAdded_BreaksRemovedUnitIsMember()
    {
        var group = NewGroup();

        Assert.Equal(RemovedUnitIsMember.RuleCode, RuleOf(() => group.Adjust(new LocalDate(2021, 5, 1), [], [Units[15].Id])));
        Assert.Equal(RemovedUnitIsMember.RuleCode, RuleOf(() => group.Adjust(Established, [], [Units[0].Id])));
    }

    [Fact]
    public void AdjustmentRules_EachBreakWithTheirCode()
    {
        var group = NewGroup();
        group.Adjust(new LocalDate(2021, 5, 1), [Units[10]], []);
        var bank = Department.Create(Id<Department>.From("boc-nankai"), "中国银行天津分行南开支行", DepartmentKind.FinancialInstitution, District.Beichen);
        var otherDistrict = DomainGenerators.UnitsOf(District.Wuqing, 1)[0];

        Assert.Equal(AdjustmentsInDateOrder.RuleCode, RuleOf(() => group.Adjust(new LocalDate(2021, 4, 30), [Units[11]], [])));
        Assert.Equal(AdjustmentChangesSomething.RuleCode, RuleOf(() => group.Adjust(new LocalDate(2021, 6, 1), [], [])));
        Assert.Equal(AdjustmentListsEachUnitOnce.RuleCode, RuleOf(() => group.Adjust(new LocalDate(2021, 6, 1), [Units[12], Units[12]], [])));
        Assert.Equal(AdjustmentListsEachUnitOnce.RuleCode, RuleOf(() => group.Adjust(new LocalDate(2021, 6, 1), [Units[1]], [Units[1].Id])));
        Assert.Equal(MemberIsGovernmentUnitOfTheDistrict.RuleCode, RuleOf(() => group.Adjust(new LocalDate(2021, 6, 1), [bank], [])));
        Assert.Equal(MemberIsGovernmentUnitOfTheDistrict.RuleCode, RuleOf(() => group.Adjust(new LocalDate(2021, 6, 1), [otherDistrict], [])));
        Assert.Equal(2, group.Adjustments.Count);
    }

    [Fact]
    public void Establish_WithAnotherDistrictsOffice_BreaksOfficeIsTheDistrictsOffice()
    {
        var code = RuleOf(() => LeadingGroup.Establish(Id<LeadingGroup>.From("x"), District.Beichen, DomainGenerators.OfficeOf(District.Baodi), Established, Secretary, []));
        Assert.Equal(OfficeIsTheDistrictsOffice.RuleCode, code);
        Assert.Equal(OfficeIsTheDistrictsOffice.RuleCode, RuleOf(() => LeadingGroup.Establish(Id<LeadingGroup>.From("x"), District.Beichen, Units[0], Established, Secretary, [])));
    }

    [Fact]
    public void Leadership_IsADatedSequence_WithOneLeaderOnEveryDate()
    {
        var group = NewGroup();
        var successor = Official.Create("区委书记", "乙");
        group.ChangeLeader(successor, new LocalDate(2021, 7, 1));

        Assert.Null(group.LeaderOn(Established.PlusDays(-1)));
        Assert.Equal(Secretary, group.LeaderOn(new LocalDate(2021, 6, 30)));
        Assert.Equal(successor, group.LeaderOn(new LocalDate(2021, 7, 1)));
        Assert.Equal(successor, group.CurrentLeader);
        Assert.Equal(LeaderChangesInDateOrder.RuleCode, RuleOf(() => group.ChangeLeader(Secretary, new LocalDate(2021, 7, 1))));
        Assert.Equal(2, group.Leaders.Count);
    }

    [Fact]
    public void Deputies_ServeDatedTerms()
    {
        var group = NewGroup();
        group.AppointDeputy(UnitedFrontHead, new LocalDate(2021, 1, 10));
        group.RelieveDeputy(UnitedFrontHead, new LocalDate(2021, 9, 1));

        Assert.Contains(UnitedFrontHead, group.DeputiesOn(new LocalDate(2021, 8, 31)));
        Assert.DoesNotContain(UnitedFrontHead, group.DeputiesOn(new LocalDate(2021, 9, 1)));
        Assert.Equal(DeputyAppointmentsNeverOverlap.RuleCode, RuleOf(() => group.RelieveDeputy(UnitedFrontHead, new LocalDate(2021, 10, 1))));
        group.AppointDeputy(UnitedFrontHead, new LocalDate(2021, 10, 1));
        Assert.Equal(DeputyAppointmentsNeverOverlap.RuleCode, RuleOf(() => group.AppointDeputy(UnitedFrontHead, new LocalDate(2021, 11, 1))));
        Assert.Equal(DatedAfterEstablishment.RuleCode, RuleOf(() => group.AppointDeputy(Official.Create("副区长"), new LocalDate(2020, 12, 1))));
    }

    [Fact]
    public void GroupMeetings_AreHostedByLeadership_AndAttendedByMembers()
    {
        var group = NewGroup();
        var date = new LocalDate(2021, 3, 5);
        var members = group.MembersOn(date);

        var meeting = group.HoldMeeting(Id<Meeting>.From("bc-m-1"), MeetingKind.StandingCommitteeAndGroupMeeting, date, Secretary, members, ["传达学习中央对台工作精神"]);

        Assert.Equal(members, meeting.AttendingUnits);
        Assert.Equal(GroupMeetingHostedByLeadership.RuleCode,
            RuleOf(() => group.HoldMeeting(Id<Meeting>.From("bc-m-2"), MeetingKind.EnlargedGroupMeeting, date, UnitedFrontHead, members, [])));
        Assert.Equal(GroupMeetingAttendedByMembers.RuleCode,
            RuleOf(() => group.HoldMeeting(Id<Meeting>.From("bc-m-3"), MeetingKind.EnlargedGroupMeeting, date, Secretary, [Units[19].Id], [])));
        Assert.Equal(RecordIdsAreUnique.RuleCode,
            RuleOf(() => group.HoldMeeting(Id<Meeting>.From("bc-m-1"), MeetingKind.RoundTable, date, UnitedFrontHead, [], [])));
        Assert.Equal(DatedAfterEstablishment.RuleCode,
            RuleOf(() => group.HoldMeeting(Id<Meeting>.From("bc-m-4"), MeetingKind.RoundTable, new LocalDate(2020, 6, 1), UnitedFrontHead, [], [])));
        Assert.Single(group.Meetings);
    }

    [Fact]
    public void RoundTables_MayBeHostedByAnyOfficial_WithAnyUnits()
    {
        var group = NewGroup();
        for (var quarter = 1; quarter <= 3; quarter++)
        {
            var date = ReportingPeriod.ForQuarter(2021, quarter).Start.PlusDays(20);
            group.HoldMeeting(Id<Meeting>.From($"bc-rt-{quarter}"), MeetingKind.QuarterlyRoundTable, date, UnitedFrontHead, [Units[19].Id], ["招工困难", "稳岗补贴"]);
        }

        group.HoldMeeting(Id<Meeting>.From("bc-gm-1"), MeetingKind.StandingCommitteeAndGroupMeeting, new LocalDate(2021, 2, 1), Secretary, [], []);

        var year = ReportingPeriod.ForYear(2021);
        Assert.Equal(3, group.MeetingsIn(year, MeetingKind.QuarterlyRoundTable).Count);
        Assert.Equal(4, group.MeetingsIn(year).Count);
        Assert.Equal(3, group.MeetingsHostedBy(year, UnitedFrontHead).Count);
        Assert.Single(group.MeetingsIn(ReportingPeriod.ForQuarter(2021, 2)));
    }

    [Fact]
    public void Instructions_AreByTheLeaderOnTheirDate()
    {
        var group = NewGroup();
        var successor = Official.Create("区委书记", "乙");
        group.ChangeLeader(successor, new LocalDate(2021, 7, 1));

        var early = group.RecordInstruction(Id<Instruction>.From("jn-i-1"), new LocalDate(2021, 3, 1), "坚决完成对台工作任务");
        var late = group.RecordInstruction(Id<Instruction>.From("jn-i-2"), new LocalDate(2021, 8, 1), "增强责任感使命感");

        Assert.Equal(Secretary, early.Leader);
        Assert.Equal(successor, late.Leader);
        Assert.Equal(2, group.InstructionsIn(ReportingPeriod.ForYear(2021)).Count);
        Assert.Equal(RecordIdsAreUnique.RuleCode, RuleOf(() => group.RecordInstruction(Id<Instruction>.From("jn-i-1"), new LocalDate(2021, 9, 1), "x")));
    }

    [Fact]
    public void ToStrings_ShowNoOfficialsName()
    {
        Assert.DoesNotContain("冯卫华", Secretary.ToString(), StringComparison.Ordinal);
        Assert.Equal("冯卫华", Secretary.Name);
    }

    /// <summary>A random operation on a group: add a unit, remove a unit, change leader, appoint or relieve a deputy.</summary>
    public sealed record Operation(int Kind, int Unit, int Days);

    private static readonly Gen<Operation> OperationGen =
        from kind in Gen.Choose(0, 4)
        from unit in Gen.Choose(0, Units.Length - 1)
        from days in Gen.Choose(-30, 400)
        select new Operation(kind, unit, days);

    [Property(MaxTest = 200)]
    public Property RandomOperations_KeepTheInvariants_AndFailuresChangeNothing() =>
        Prop.ForAll(
            Arb.From(Gen.ListOf(OperationGen).Select(l => l.ToArray()), ops => ops.Length == 0 ? [] : new[] { ops[..^1], ops[1..] }),
            ops =>
            {
                var group = NewGroup(3);
                var deputy = Official.Create("副组长");
                foreach (var op in ops)
                {
                    var before = Snapshot(group);
                    var date = Established.PlusDays(op.Days);
                    var error = Record.Exception(() =>
                    {
                        switch (op.Kind)
                        {
                            case 0: group.Adjust(date, [Units[op.Unit]], []); break;
                            case 1: group.Adjust(date, [], [Units[op.Unit].Id]); break;
                            case 2: group.ChangeLeader(Official.Create("区委书记", op.Unit.ToString(System.Globalization.CultureInfo.InvariantCulture)), date); break;
                            case 3: group.AppointDeputy(deputy, date); break;
                            default: group.RelieveDeputy(deputy, date); break;
                        }
                    });

                    if (error is not null && (error is not BusinessRuleViolationException || Snapshot(group) != before))
                    {
                        return false;
                    }

                    if (!InvariantsHold(group))
                    {
                        return false;
                    }
                }

                return true;
            });

    private static string Snapshot(LeadingGroup group) =>
        string.Join(";", Units.Select(u => string.Join(",", group.MembershipOf(u.Id))))
        + "|" + string.Join(",", group.Leaders) + "|" + group.Adjustments.Count
        + "|" + string.Join(",", Enumerable.Range(0, 500).Select(d => group.DeputiesOn(Established.PlusDays(d)).Count));

    private static bool InvariantsHold(LeadingGroup group)
    {
        foreach (var unit in Units)
        {
            var ranges = group.MembershipOf(unit.Id);
            for (var i = 0; i < ranges.Count; i++)
            {
                for (var j = i + 1; j < ranges.Count; j++)
                {
                    if (ranges[i].Overlaps(ranges[j]))
                    {
                        return false;
                    }
                }
            }
        }

        for (var d = 0; d < 500; d += 7)
        {
            if (group.LeaderOn(Established.PlusDays(d)) is null)
            {
                return false;
            }
        }

        return group.Leaders.Zip(group.Leaders.Skip(1)).All(p => p.First.From < p.Second.From)
               && group.Adjustments.Zip(group.Adjustments.Skip(1)).All(p => p.First.Date <= p.Second.Date);
    }
}
