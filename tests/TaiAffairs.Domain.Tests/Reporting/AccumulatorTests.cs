using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Exchanges;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Reporting;
using TaiAffairs.Domain.Tests.Enterprises;

namespace TaiAffairs.Domain.Tests.Reporting;

/// <summary>Each accumulator's figures on small hand-made sets.</summary>
public class AccumulatorTests
{
    private static readonly ReportingPeriod Year = ReportingPeriod.ForYear(2021);
    private static readonly Id<Department> Office = Id<Department>.From("office");

    private static Enterprise NewEnterprise(string key) =>
        Enterprise.Register(Id<Enterprise>.From(key), EnterpriseTests.Code("91120114MA" + (1_000_000 + key.Length).ToString(System.Globalization.CultureInfo.InvariantCulture)), key, Industry.Metalwork, District.Wuqing, 1.January(2015));

    [Fact]
    public void AddingRecords_AllocatesNothing_OnceWarmed()
    {
        var enterprises = Enumerable.Range(0, 10).Select(i => NewEnterprise("warm" + new string('x', i))).ToArray();
        var visits = Enumerable.Range(0, 5_000)
            .Select(i => enterprises[i % 10].RecordVisit(Id<EnterpriseVisit>.From($"v{i}"), 1.January(2021).PlusDays(i % 365), [Office], "走访"))
            .ToArray();
        // Warm the code paths first (the JIT's own work is not the accumulator's).
        var warm = VisitAccumulator.Empty(Year);
        foreach (var visit in visits)
        {
            warm.Add(visit);
        }

        // New records, each round in a fresh presized accumulator; the least of three rounds (the JIT may tier up).
        var rest = visits[100..];
        var allocated = long.MaxValue;
        var accumulator = VisitAccumulator.Empty(Year);
        for (var round = 0; round < 3; round++)
        {
            accumulator = VisitAccumulator.Empty(Year);
            accumulator.EnsureCapacity(visits.Length);
            foreach (var visit in visits[..100])
            {
                accumulator.Add(visit);
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var visit in rest)
            {
                accumulator.Add(visit);
            }

            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        // Delivering the same visits again must not allocate either (least of three rounds: the JIT may tier up).
        var again = long.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var start = GC.GetAllocatedBytesForCurrentThread();
            foreach (var visit in rest)
            {
                accumulator.Add(visit);
            }

            again = Math.Min(again, GC.GetAllocatedBytesForCurrentThread() - start);
        }

        Assert.Equal(0, again);
        Assert.Equal(0, allocated);
        Assert.Equal(5_000, accumulator.EnterpriseVisits);
        Assert.Equal(10, accumulator.EnterprisesVisited);
    }

    [Fact]
    public void DeliveringIssuesAgain_AllocatesNothing_AndChangesNothing()
    {
        var records = RecordGenerators.Build(7, 60).Select(r => r.Record).OfType<ServiceIssue>().Distinct().ToArray();
        var warm = IssueAccumulator.Empty(Year, WorkingDayCalendar.ChinaMainland);
        foreach (var issue in records)
        {
            warm.Add(issue);
        }

        var again = warm.Clone();

        // The least of three rounds: the JIT may tier a method up during one of them.
        var allocated = long.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var issue in records)
            {
                again.Add(issue);
            }

            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        Assert.True(records.Length > 50);
        Assert.Equal(0, allocated);
        Assert.Equal(warm.ToJson(), again.ToJson());
    }

    [Fact]
    public void Meetings_ByKindByHost_AndQuartersWithARoundTable()
    {
        var group = LeadingGroup.Establish(Id<LeadingGroup>.From("g"), District.Beichen, DomainGenerators.OfficeOf(District.Beichen), 1.January(2021), DomainGenerators.Leader(), []);
        var head = Official.Create("区委统战部部长");
        group.HoldMeeting(Id<Meeting>.From("m1"), MeetingKind.QuarterlyRoundTable, 1.February(2021), head, [], []);
        group.HoldMeeting(Id<Meeting>.From("m2"), MeetingKind.QuarterlyRoundTable, 1.March(2021), head, [], []);
        group.HoldMeeting(Id<Meeting>.From("m3"), MeetingKind.QuarterlyRoundTable, 1.August(2021), head, [], []);
        group.HoldMeeting(Id<Meeting>.From("m4"), MeetingKind.StandingCommitteeAndGroupMeeting, 2.August(2021), DomainGenerators.Leader(), [], []);
        var meetings = MeetingAccumulator.Empty(Year);
        foreach (var meeting in group.Meetings)
        {
            meetings.Add(meeting);
        }

        Assert.Equal(3, meetings.CountOf(MeetingKind.QuarterlyRoundTable));
        Assert.Equal(3, meetings.ByHost.Where(h => h.Key.Post == "区委统战部部长").Sum(h => h.Value));
        Assert.Equal(2, meetings.QuartersWithRoundTable);
    }

    [Fact]
    public void Safety_FoundRectifiedAndOpen_AtThePeriodsEnd()
    {
        var enterprise = NewEnterprise("e");
        enterprise.RecordSafetyFinding(Id<SafetyFinding>.From("f1"), 1.March(2021), "隐患");
        enterprise.RecordSafetyFinding(Id<SafetyFinding>.From("f2"), 1.April(2021), "隐患");
        enterprise.RecordSafetyFinding(Id<SafetyFinding>.From("f3"), 20.December(2021), "隐患");
        enterprise.RecordSafetyFinding(Id<SafetyFinding>.From("f0"), 20.December(2020), "隐患");
        enterprise.RectifySafetyFinding(Id<SafetyFinding>.From("f1"), 5.March(2021));
        enterprise.RectifySafetyFinding(Id<SafetyFinding>.From("f3"), 5.January(2022));
        var safety = SafetyAccumulator.Empty(Year);
        foreach (var finding in enterprise.SafetyFindings)
        {
            safety.Add(finding);
        }

        Assert.Equal(3, safety.Found);
        Assert.Equal(1, safety.Rectified);
        Assert.Equal(2, safety.Open);
    }

    [Fact]
    public void Giving_SeparatesDonationsFromInvestments()
    {
        var enterprise = NewEnterprise("e");
        enterprise.RecordDonation(Id<EnterpriseMoneyRecord>.From("d1"), 1.February(2021), Money.Parse("10万元"), "疫情防控");
        enterprise.RecordDonation(Id<EnterpriseMoneyRecord>.From("d2"), 1.September(2021), Money.Parse("5万元"), "脱贫攻坚");
        enterprise.RecordInvestment(Id<EnterpriseMoneyRecord>.From("i1"), 1.June(2021), Money.Parse("700万"), "新增项目");
        var giving = GivingAccumulator.Empty(Year);
        foreach (var record in enterprise.MoneyRecords)
        {
            giving.Add(record);
        }

        Assert.Equal(Money.Parse("15万元"), giving.Donations);
        Assert.Equal(2, giving.DonationCount);
        Assert.Equal(Money.Parse("700万"), giving.Investments);
        Assert.Equal(1, giving.InvestmentCount);
    }

    [Fact]
    public void Vaccinations_CountDosesAndDistinctPeople()
    {
        var vaccinations = VaccinationAccumulator.Empty(Year);
        foreach (var key in new[] { "p1", "p2" })
        {
            var person = Compatriot.Register(Id<Compatriot>.From(key), PersonName.Create("洪", "施惠芳"), BirthInfo.InYear(1924), District.Beichen, 1.January(2015));
            person.RecordVaccinationConsent(1.April(2021), true, true, true);
            person.RecordVaccinationDose(Id<VaccinationDose>.From(key + "-d1"), 8.April(2021));
            person.RecordVaccinationDose(Id<VaccinationDose>.From(key + "-d2"), 8.May(2021), 2);
            foreach (var dose in person.VaccinationDoses)
            {
                vaccinations.Add(dose);
            }
        }

        Assert.Equal(4, vaccinations.Doses);
        Assert.Equal(2, vaccinations.PeopleVaccinated);
    }

    [Fact]
    public void Exchanges_CountEventsTrainingsAndMaterials_PerUnit()
    {
        var exchanges = ExchangeAccumulator.Empty(Year);
        exchanges.Add(ExchangeEvent.Record(Id<ExchangeEvent>.From("e1"), ExchangeEventKind.MidAutumn, "中秋", 19.September(2021), "七里海", [District.Ninghe], [], [], ReportedQuantity.Parse("30名")));
        exchanges.Add(ExchangeEvent.Record(Id<ExchangeEvent>.From("e2"), ExchangeEventKind.AgriculturalExchange, "情谊农农", 1.July(2021), "宁河", [District.Ninghe, District.Baodi], [], [], ReportedQuantity.Parse("上百名")));
        exchanges.Add(Training.Record(Id<Training>.From("t1"), District.Jinnan, "培训", Official.Create("副教授"), 1.August(2021), ReportedQuantity.Parse("近百人")));
        exchanges.Add(PolicyPublicity.Record(Id<PolicyPublicity>.From("p1"), District.Baodi, 31.December(2021), [PolicyPackage.Tianjin52Measures], materials: ReportedQuantity.Parse("500余份")));

        Assert.Equal(2, exchanges.Events);
        Assert.Equal(1, exchanges.JointEvents);
        Assert.Equal("不少于130名", exchanges.Participants[QuantityUnit.Ming].ToString());
        Assert.Equal(1, exchanges.Trainings);
        Assert.Equal("近百人", exchanges.Attendance[QuantityUnit.Ren].ToString());
        Assert.Equal("500余份", exchanges.Materials.ToString());
    }

    [Fact]
    public void Youth_ByOccupation_AndEntrepreneurs()
    {
        var youth = YouthAccumulator.Empty(Year);
        var weng = Compatriot.Register(Id<Compatriot>.From("y1"), PersonName.Create("翁", "仲铭"), BirthInfo.OnDate(1.January(1990)), District.Jinnan, 1.January(2015));
        weng.RecordOccupation(Occupation.Entrepreneur, 1.May(2021), Startup.Create("公司", District.Jinnan, 1.May(2021)));
        var student = Compatriot.Register(Id<Compatriot>.From("y2"), PersonName.Create("林", "小慧"), BirthInfo.OnDate(1.January(2000)), District.Nankai, 1.January(2015));
        student.RecordOccupation(Occupation.Student, 1.September(2020));
        var elder = Compatriot.Register(Id<Compatriot>.From("y3"), PersonName.Create("康", "龄方"), BirthInfo.InYear(1940), District.Ninghe, 1.January(2015));
        foreach (var person in new[] { weng, student, elder })
        {
            if (person.AsYouthOn(Year.End) is { } view)
            {
                youth.Add(view);
            }
        }

        Assert.Equal(2, youth.Youth);
        Assert.Equal(1, youth.Entrepreneurs);
        Assert.Equal(1, youth.ByOccupation[Occupation.Student]);
    }

    [Fact]
    public void Issues_CarriedOverAndClosed_AreCountedAsOfThePeriodsEnd()
    {
        var lead = Id<Department>.From("lead");
        var carried = ServiceIssue.Raise(Id<ServiceIssue>.From("c"), District.Baodi, IssueSubject.Enterprise(Id<Enterprise>.From("e")), IssueCategory.Financing, IssueChannel.Letter, 1.November(2020), "融资");
        carried.Accept(2.November(2020));
        var closed = ServiceIssue.Raise(Id<ServiceIssue>.From("x"), District.Baodi, IssueSubject.Enterprise(Id<Enterprise>.From("e")), IssueCategory.Financing, IssueChannel.Letter, 1.March(2021), "融资");
        closed.CloseUnresolved(10.March(2021), "企业撤回");
        var finished = ServiceIssue.Raise(Id<ServiceIssue>.From("f"), District.Baodi, IssueSubject.Enterprise(Id<Enterprise>.From("e")), IssueCategory.Financing, IssueChannel.Letter, 1.May(2020), "融资");
        finished.CloseUnresolved(1.June(2020), "办结");
        var issues = IssueAccumulator.Empty(Year, WorkingDayCalendar.ChinaMainland);

        Assert.True(issues.Add(carried));
        Assert.True(issues.Add(closed));
        Assert.False(issues.Add(finished));
        Assert.Equal(1, issues.Raised);
        Assert.Equal(1, issues.CarriedOver);
        Assert.Equal(1, issues.ClosedUnresolved);
        Assert.Equal(1, issues.OpenAtEnd);
        Assert.Null(issues.MedianWorkingDaysToResolve());
        Assert.Null(issues.OnTimeShare);
        Assert.Equal(2, issues.ByCategory[IssueCategory.Financing]);
        Assert.Throws<ArgumentOutOfRangeException>(() => issues.WorkingDaysToResolvePercentile(0));
    }
}
