using TaiAffairs.Domain.Common.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.LeadingGroups.Rules;

namespace TaiAffairs.Domain.Tests.LeadingGroups;

public class LeadingGroupTests
{
    private static readonly LocalDate Established = new(2021, 1, 1);
    private static readonly Department[] Units = DomainGenerators.UnitsOf(District.Beichen, 20);
    private static readonly Official Secretary = Official.Create("区委书记", "冯卫华");
    private static readonly Official UnitedFrontHead = Official.Create("区委常委、区委统战部部长");

    private static LeadingGroup NewGroup(int founders = 5) =>
        LeadingGroup.Establish(Id<LeadingGroup>.From("beichen-lg"), District.Beichen, DomainGenerators.OfficeOf(District.Beichen), Established, Secretary, Units.Take(founders));


    [Fact]
    public void Beichen_AddsNineMemberUnits_InOneAdjustment()
    {
        var group = NewGroup();
        var adjustedOn = 15.April(2021);

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
        group.Adjust(1.March(2021), [], [unit]);
        group.Adjust(1.June(2021), [Units[0]], []);

        Assert.True(group.IsMemberOn(unit, 28.February(2021)));
        Assert.False(group.IsMemberOn(unit, 1.March(2021)));
        Assert.True(group.IsMemberOn(unit, 1.June(2021)));
        Assert.Equal([DateRange.Create(Established, 28.February(2021)), DateRange.Create(1.June(2021))], group.MembershipOf(unit));
    }

    [Fact]
    public void AddingACurrentMember_BreaksMembershipIntervalsNeverOverlap_AndChangesNothing()
    {
        var group = NewGroup();

        RuleAssert.Breaks<MembershipIntervalsNeverOverlap>(() => group.Adjust(1.May(2021), [Units[10], Units[0]], []));

        Assert.False(group.IsMemberOn(Units[10].Id, 1.May(2021)));
        Assert.Single(group.Adjustments);
    }

    [Fact]
    public void RemovingANonMember_OrOnTheDayItWasAdded_BreaksRemovedUnitIsMember()
    {
        var group = NewGroup();

        RuleAssert.Breaks<RemovedUnitIsMember>(() => group.Adjust(1.May(2021), [], [Units[15].Id]));
        RuleAssert.Breaks<RemovedUnitIsMember>(() => group.Adjust(Established, [], [Units[0].Id]));
    }

    [Fact]
    public void AdjustmentRules_EachBreakWithTheirCode()
    {
        var group = NewGroup();
        group.Adjust(1.May(2021), [Units[10]], []);
        var bank = Department.Create(Id<Department>.From("boc-nankai"), "中国银行天津分行南开支行", DepartmentKind.FinancialInstitution, District.Beichen);
        var otherDistrict = DomainGenerators.UnitsOf(District.Wuqing, 1)[0];

        RuleAssert.Breaks<AdjustmentsInDateOrder>(() => group.Adjust(30.April(2021), [Units[11]], []));
        RuleAssert.Breaks<AdjustmentChangesSomething>(() => group.Adjust(1.June(2021), [], []));
        RuleAssert.Breaks<AdjustmentListsEachUnitOnce>(() => group.Adjust(1.June(2021), [Units[12], Units[12]], []));
        RuleAssert.Breaks<AdjustmentListsEachUnitOnce>(() => group.Adjust(1.June(2021), [Units[1]], [Units[1].Id]));
        RuleAssert.Breaks<MemberIsGovernmentUnitOfTheDistrict>(() => group.Adjust(1.June(2021), [bank], []));
        RuleAssert.Breaks<MemberIsGovernmentUnitOfTheDistrict>(() => group.Adjust(1.June(2021), [otherDistrict], []));
        Assert.Equal(2, group.Adjustments.Count);
    }

    [Fact]
    public void Establish_WithAnotherDistrictsOffice_BreaksOfficeIsTheDistrictsOffice()
    {
        RuleAssert.Breaks<OfficeIsTheDistrictsOffice>(() => LeadingGroup.Establish(Id<LeadingGroup>.From("x"), District.Beichen, DomainGenerators.OfficeOf(District.Baodi), Established, Secretary, []));
        RuleAssert.Breaks<OfficeIsTheDistrictsOffice>(() => LeadingGroup.Establish(Id<LeadingGroup>.From("x"), District.Beichen, Units[0], Established, Secretary, []));
    }

    [Fact]
    public void Leadership_IsADatedSequence_WithOneLeaderOnEveryDate()
    {
        var group = NewGroup();
        var successor = Official.Create("区委书记", "乙");
        group.ChangeLeader(successor, 1.July(2021));

        Assert.Null(group.LeaderOn(Established.PlusDays(-1)));
        Assert.Equal(Secretary, group.LeaderOn(30.June(2021)));
        Assert.Equal(successor, group.LeaderOn(1.July(2021)));
        Assert.Equal(successor, group.CurrentLeader);
        RuleAssert.Breaks<LeaderChangesInDateOrder>(() => group.ChangeLeader(Secretary, 1.July(2021)));
        Assert.Equal(2, group.Leaders.Count);
    }

    [Fact]
    public void Deputies_ServeDatedTerms()
    {
        var group = NewGroup();
        group.AppointDeputy(UnitedFrontHead, 10.January(2021));
        group.RelieveDeputy(UnitedFrontHead, 1.September(2021));

        Assert.Contains(UnitedFrontHead, group.DeputiesOn(31.August(2021)));
        Assert.DoesNotContain(UnitedFrontHead, group.DeputiesOn(1.September(2021)));
        RuleAssert.Breaks<DeputyAppointmentsNeverOverlap>(() => group.RelieveDeputy(UnitedFrontHead, 1.October(2021)));
        group.AppointDeputy(UnitedFrontHead, 1.October(2021));
        RuleAssert.Breaks<DeputyAppointmentsNeverOverlap>(() => group.AppointDeputy(UnitedFrontHead, 1.November(2021)));
        RuleAssert.Breaks<DatedAfterEstablishment>(() => group.AppointDeputy(Official.Create("副区长"), 1.December(2020)));
    }

    [Fact]
    public void GroupMeetings_AreHostedByLeadership_AndAttendedByMembers()
    {
        var group = NewGroup();
        var date = 5.March(2021);
        var members = group.MembersOn(date);

        var meeting = group.HoldMeeting(Id<Meeting>.From("bc-m-1"), MeetingKind.StandingCommitteeAndGroupMeeting, date, Secretary, members, ["传达学习中央对台工作精神"]);

        Assert.Equal(members, meeting.AttendingUnits);
        RuleAssert.Breaks<GroupMeetingHostedByLeadership>(() => group.HoldMeeting(Id<Meeting>.From("bc-m-2"), MeetingKind.EnlargedGroupMeeting, date, UnitedFrontHead, members, []));
        RuleAssert.Breaks<GroupMeetingAttendedByMembers>(() => group.HoldMeeting(Id<Meeting>.From("bc-m-3"), MeetingKind.EnlargedGroupMeeting, date, Secretary, [Units[19].Id], []));
        RuleAssert.Breaks<RecordIdsAreUnique>(RecordIdsAreUnique.LeadingGroupCode, () => group.HoldMeeting(Id<Meeting>.From("bc-m-1"), MeetingKind.RoundTable, date, UnitedFrontHead, [], []));
        RuleAssert.Breaks<DatedAfterEstablishment>(() => group.HoldMeeting(Id<Meeting>.From("bc-m-4"), MeetingKind.RoundTable, 1.June(2020), UnitedFrontHead, [], []));
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

        group.HoldMeeting(Id<Meeting>.From("bc-gm-1"), MeetingKind.StandingCommitteeAndGroupMeeting, 1.February(2021), Secretary, [], []);

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
        group.ChangeLeader(successor, 1.July(2021));

        var early = group.RecordInstruction(Id<Instruction>.From("jn-i-1"), 1.March(2021), "坚决完成对台工作任务");
        var late = group.RecordInstruction(Id<Instruction>.From("jn-i-2"), 1.August(2021), "增强责任感使命感");

        Assert.Equal(Secretary, early.Leader);
        Assert.Equal(successor, late.Leader);
        Assert.Equal(2, group.InstructionsIn(ReportingPeriod.ForYear(2021)).Count);
        RuleAssert.Breaks<RecordIdsAreUnique>(RecordIdsAreUnique.LeadingGroupCode, () => group.RecordInstruction(Id<Instruction>.From("jn-i-1"), 1.September(2021), "x"));
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
