using FsCheck;
using FsCheck.Fluent;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Exchanges;
using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Mechanisms;
using TaiAffairs.Domain.Reporting;
using TaiAffairs.Domain.Subsidies;

namespace TaiAffairs.Domain.Testing;

/// <summary>Random data sets using every part of the format, built only from the public factories and verbs.</summary>
public static class DataSetGenerators
{
    /// <summary>Data sets of one to three districts using every part of the format (joint events, cases, declarations, titles); not shrunk (a data set is rebuilt from its seed).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DataSet> DataSets() =>
        Arb.From(Gen.Sized(size => from seed in Gen.Choose(0, int.MaxValue) select Build(seed, 1 + (size / 10))), _ => []);

    /// <summary>Builds the data set of a seed, the same for the same seed and scale.</summary>
    /// <param name="seed">The random seed.</param>
    /// <param name="scale">How many records of each kind, roughly, per district.</param>
    /// <returns>The data set.</returns>
    public static DataSet Build(int seed, int scale)
    {
        var random = new Random(seed);
        var n = 0;
        string Key(string kind) => $"{kind}-{n++}";
        var origin = 1.January(2021);
        LocalDate Date(int from = 0, int to = 360) => origin.PlusDays(random.Next(from, to));
        bool Coin() => random.Next(2) == 0;
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        var departments = new List<Department>();
        var groups = new List<LeadingGroup>();
        var enterprises = new List<Enterprise>();
        var people = new List<Compatriot>();
        var issues = new List<ServiceIssue>();
        var awards = new List<SubsidyAward>();
        var mechanisms = new List<ServiceMechanism>();
        var events = new List<ExchangeEvent>();
        var trainings = new List<Training>();
        var publicity = new List<PolicyPublicity>();
        var declared = new List<DeclaredFigure>();
        var cases = new List<CaseSpec>();
        var titles = new List<ReviewTitles>();
        var districts = RecordGenerators.Districts.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).ToArray();
        foreach (var district in districts)
        {
            // An area of the district: a township-level one of the embedded data, or a community under it (a host's).
            Area PickArea()
            {
                var township = Pick(district.Areas);
                var community = township.Code * 1000 + random.Next(1, 4);
                return Coin() ? township : township.Below(community, "社区" + (community % 1000).ToString(System.Globalization.CultureInfo.InvariantCulture), AreaKind.Community);
            }

            var office = Department.Create(Id<Department>.From(Key("office")), "台办", DepartmentKind.Office, district);
            var units = Enumerable.Range(0, 3).Select(_ => Department.Create(Id<Department>.From(Key("unit")), "局", DepartmentKind.Bureau, district)).ToArray();
            var bank = Coin()
                ? Department.CreateIn(Id<Department>.From(Key("bank")), "银行", DepartmentKind.FinancialInstitution, PickArea())
                : Department.Create(Id<Department>.From(Key("bank")), "银行", DepartmentKind.FinancialInstitution, district);
            departments.AddRange([office, bank, .. units]);
            var leader = Official.Create("区委书记", Coin() ? "甲" : null);
            var group = LeadingGroup.Establish(Id<LeadingGroup>.From(Key("lg")), district, office, origin, leader, units[..2]);
            var deputy = Official.Create("副组长");
            group.AppointDeputy(deputy, origin.PlusDays(5));
            if (Coin())
            {
                group.RelieveDeputy(deputy, origin.PlusDays(100));
            }

            if (Coin())
            {
                group.Adjust(origin.PlusDays(50), [units[2]], [units[0].Id]);
            }

            if (Coin())
            {
                group.ChangeLeader(Official.Create("区委书记", "乙"), origin.PlusDays(200));
            }

            group.HoldMeeting(Id<Meeting>.From(Key("m")), MeetingKind.StandingCommitteeAndGroupMeeting, origin.PlusDays(30), leader, [units[1].Id], ["传达学习"]);
            for (var i = random.Next(0, 3 + scale); i > 0; i--)
            {
                group.HoldMeeting(Id<Meeting>.From(Key("m")), Pick(new[] { MeetingKind.QuarterlyRoundTable, MeetingKind.RoundTable, MeetingKind.CoordinationMeeting }), Date(), Official.Create("统战部部长"), [bank.Id], []);
            }

            group.RecordInstruction(Id<Instruction>.From(Key("ins")), origin.PlusDays(20), "坚决完成任务");
            groups.Add(group);

            var localEnterprises = new List<Enterprise>();
            for (var e = random.Next(1, 2 + scale); e > 0; e--)
            {
                var body = "91" + district.Code.ToString(System.Globalization.CultureInfo.InvariantCulture) + "MA" + random.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var enterprise = Enterprise.Register(Id<Enterprise>.From(Key("e")), UnifiedSocialCreditCode.Parse(body + UnifiedSocialCreditCode.ComputeCheckCharacter(body)), "台企" + n, Pick(Industry.All), district, 1.January(2018), Coin(), Coin() ? "开发区" : null);
                if (Coin())
                {
                    enterprise.LocateIn(PickArea());
                }

                if (Coin())
                {
                    enterprise.EstablishPartyBranch(PartyBranch.Create("党支部", Coin() ? 1.July(2019) : null));
                }

                if (Coin())
                {
                    enterprise.ChangeOperatingStatus(!enterprise.IsOperating, origin.PlusDays(300));
                }

                enterprise.AddDesignation(Pick(DesignationKind.All), Date(), Coin());
                for (var v = random.Next(0, 3 + scale); v > 0; v--)
                {
                    enterprise.RecordVisit(Id<EnterpriseVisit>.From(Key("v")), Date(), [office.Id, Pick(units).Id], "走访");
                }

                var finding = enterprise.RecordSafetyFinding(Id<SafetyFinding>.From(Key("sf")), Date(0, 200), "隐患");
                if (Coin())
                {
                    enterprise.RectifySafetyFinding(finding.Id, finding.FoundOn.PlusDays(random.Next(0, 30)));
                }

                enterprise.RecordDonation(Id<EnterpriseMoneyRecord>.From(Key("don")), Date(), Money.FromFen(random.Next(1, 10_000_000)), "公益");
                enterprise.RecordInvestment(Id<EnterpriseMoneyRecord>.From(Key("inv")), Date(), Money.FromFen(random.Next(1, 10_000_000)), "项目");
                if (Coin())
                {
                    enterprise.JoinAlliance("联盟", Date());
                }

                enterprise.RecordTraining(Id<TaiAffairs.Domain.Exchanges.Training>.From("training-" + random.Next(3)), Date());
                localEnterprises.Add(enterprise);
                var award = SubsidyAward.Grant(
                    Id<SubsidyAward>.From(Key("a")), enterprise, district, [SubsidyProgramme.All[random.Next(2) * 3 + 1]], FundingLevel.CityAndDistrict, Money.FromFen(200), Date(),
                    Coin() ? "项目" : null, Coin() ? FundingSplit.Create(Money.FromFen(50), Money.FromFen(150)) : null);
                if (Coin())
                {
                    // Applied for, approved, and paid in one or two instalments, never above the amount approved.
                    award.RecordApplication(Money.FromFen(250), award.AwardedOn.PlusDays(-random.Next(0, 30)));
                    award.RecordDisbursement(award.AwardedOn.PlusDays(random.Next(0, 20)), Money.FromFen(120));
                    if (Coin())
                    {
                        award.RecordDisbursement(award.Disbursements[^1].On.PlusDays(random.Next(0, 40)), Money.FromFen(80));
                    }
                }

                awards.Add(award);
            }

            enterprises.AddRange(localEnterprises);
            var localPeople = new List<Compatriot>();
            for (var p = random.Next(1, 2 + scale); p > 0; p--)
            {
                var birth = new LocalDate(1960 + random.Next(0, 45), 1 + random.Next(12), 1 + random.Next(28));
                var person = Compatriot.Register(Id<Compatriot>.From(Key("c")), PersonName.Create("林", "小慧"), Coin() ? BirthInfo.OnDate(birth) : BirthInfo.InYear(birth.Year), district, 1.January(2015));
                if (Coin())
                {
                    person.LocateIn(PickArea());
                }

                var permit = TravelPermitNumber.Parse(random.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture));
                person.AddTravelPermit(TravelPermit.Create(permit, 1.January(2011), 1.March(2021)));
                if (Coin())
                {
                    person.AddTravelPermit(TravelPermit.Create(permit, 5.March(2021), 4.March(2031)));
                }

                if (person.Birth.Date is { } known)
                {
                    var body = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"830000{known:yyyyMMdd}{random.Next(0, 999):000}");
                    person.AddResidencePermit(ResidencePermit.Create(ResidencePermitNumber.Parse(body + ResidencePermitNumber.ComputeCheckCharacter(body)), 1.January(2019), 1.January(2024)));
                }

                if (Coin())
                {
                    person.MoveTo(Pick(RecordGenerators.Districts.Where(d => d != district).ToArray()), origin.PlusDays(330));
                }

                person.RecordVaccinationConsent(origin, true, true, true);
                person.RecordVaccinationDose(Id<VaccinationDose>.From(Key("dose")), Date(), 1 + random.Next(3));
                person.RecordCareVisit(Id<CareVisit>.From(Key("cv")), Date(), office.Id, "慰问");
                person.RecordService(Id<ServiceRendered>.From(Key("sv")), Pick(ServiceKind.All), Date(), "代办");
                var recurring = person.StartRecurringService(Id<RecurringService>.From(Key("rs")), ServiceKind.UtilityPayment, origin);
                person.RecordOccurrence(recurring.Id, Date());
                person.AssessHardship(origin, Coin());
                person.RecordPublicityConsent(origin, Coin());
                if (Coin())
                {
                    person.RecordOccupation(Occupation.Entrepreneur, origin, Startup.Create("公司", district, origin));
                }
                else
                {
                    person.RecordOccupation(Pick(new[] { Occupation.Student, Occupation.Employed, Occupation.Other }), origin);
                }

                localPeople.Add(person);
            }

            people.AddRange(localPeople);
            for (var i = random.Next(1, 3 + scale); i > 0; i--)
            {
                var subject = Coin() ? IssueSubject.Enterprise(Pick(localEnterprises).Id) : IssueSubject.Compatriot(Pick(localPeople).Id);
                var raised = Date(0, 200);
                var issue = ServiceIssue.Raise(Id<ServiceIssue>.From(Key("i")), district, subject, Pick(IssueCategory.All), Pick(IssueChannel.All), raised, "诉求");
                if (Coin())
                {
                    issue.SetDeadline(random.Next(0, 20), raised);
                }

                var date = raised;
                for (var step = random.Next(0, 7); step > 0; step--)
                {
                    date = date.PlusDays(random.Next(0, 10));
                    if (issue.Status.Next.Count == 0)
                    {
                        break;
                    }

                    if (issue.Status == IssueStatus.OnHold && Coin())
                    {
                        issue.Resume(date);
                        continue;
                    }

                    if (issue.Status == IssueStatus.Assigned && random.Next(5) == 0)
                    {
                        // A re-routing: the co-department leads; the earlier assignment and its report-ins stay.
                        var rerouted = issue.Assignment!.Lead == units[0].Id ? units[1].Id : units[0].Id;
                        issue.Reroute(date, rerouted, [], "改派");
                        if (Coin())
                        {
                            issue.RecordReportIn(rerouted, date.PlusDays(random.Next(0, 3)));
                        }

                        continue;
                    }

                    var target = Pick(issue.Status.Next);
                    if (target == IssueStatus.Accepted) { issue.Accept(date); }
                    else if (target == IssueStatus.Assigned)
                    {
                        issue.Assign(date, units[0].Id, Coin() ? [units[1].Id] : []);
                        if (Coin())
                        {
                            issue.RecordReportIn(units[0].Id, date.PlusDays(random.Next(0, 3)));
                        }
                    }
                    else if (target == IssueStatus.Resolved) { issue.Resolve(date, issue.Assignment!.Lead, "已解决", Coin() ? 1 + random.Next(2) : null); }
                    else if (target == IssueStatus.ClosedUnresolved) { issue.CloseUnresolved(date, "无法解决"); }
                    else if (target == IssueStatus.OnHold) { issue.Hold(date, Coin() ? HoldReason.WaitingOnApplicant : HoldReason.WaitingOnThirdParty, Coin() ? "补充材料" : null); }
                    else { issue.Reopen(date, "再次反映"); }
                }

                issues.Add(issue);
                if (Coin())
                {
                    cases.Add(new CaseSpec(issue.Id, Pick(ReviewTheme.All), "{name}的诉求"));
                }
            }

            var green = ServiceMechanism.Establish(Id<ServiceMechanism>.From(Key("mg")), district, MechanismKind.GreenChannel, "绿色通道", origin, GreenChannelTerms.Create(Coin(), true, 1 + random.Next(5), true, [units[1].Id, bank.Id]));
            green.RecordCase(issues[^1]);
            if (Coin())
            {
                green.Cover(district.Areas[0]);
                green.Cover(district.Areas[^1]);
            }
            var roles = new Dictionary<ResponsibilityRole, Official> { [ResponsibilityRole.FirstResponsible] = Official.Create("一把手") };
            var contacts = new Dictionary<ContactChannel, string> { [ContactChannel.WeChat] = "wechat" };
            mechanisms.AddRange([
                green,
                ServiceMechanism.Establish(Id<ServiceMechanism>.From(Key("mq")), district, MechanismKind.QuarterlyRoundTable, "恳谈会", origin, QuarterlyRoundTableTerms.Instance),
                ServiceMechanism.Establish(Id<ServiceMechanism>.From(Key("mw")), district, MechanismKind.WhistleAndReport, "吹哨", origin, WhistleAndReportTerms.Create(random.Next(0, 5))),
                ServiceMechanism.Establish(Id<ServiceMechanism>.From(Key("ms")), district, MechanismKind.SanZhuan, "三专", origin, SanZhuanTerms.Create(["疫苗"], [SanZhuanUnit.Create(office.Id, roles, contacts)])),
                ServiceMechanism.Establish(Id<ServiceMechanism>.From(Key("mn")), district, MechanismKind.ThreeTierNetwork, "一家亲", origin, ThreeTierNetworkTerms.Create(office.Id, Coin() ? units[1].Id : null, units[2].Id, ["宣传", "慰问"], 2)),
                ServiceMechanism.Establish(Id<ServiceMechanism>.From(Key("ma")), district, MechanismKind.Alliance, "联盟", origin, StandingArrangementTerms.Create("联盟", [localEnterprises[0].Id], Coin() ? origin.PlusDays(300) : null)),
            ]);
            trainings.Add(Training.Record(Id<Training>.From(Key("t")), district, "培训", Official.Create("讲师", Coin() ? "丙" : null), Date(), Coin() ? ReportedQuantity.Parse("近百人") : null, Coin() ? "干部" : null));
            publicity.Add(PolicyPublicity.Record(Id<PolicyPublicity>.From(Key("pp")), district, Date(), [PolicyPackage.Tianjin52Measures, PolicyPackage.AgricultureAndForestry22], Coin() ? ReportedQuantity.Parse("3场次") : null, ReportedQuantity.Parse("500余份"), ["街镇"], ["微信"]));
            declared.Add(DeclaredFigure.Count(district, FigureKey.IssuesResolved, ReportedQuantity.Parse("10余个"), Coin() ? "协调解决" : null, Coin() ? "用工" : null));
            declared.Add(DeclaredFigure.Amount(district, FigureKey.Donations, Money.Parse("15万元")));
            declared.Add(DeclaredFigure.Count(district, FigureKey.Other, ReportedQuantity.Parse("上百名"), "台青"));
            titles.Add(new ReviewTitles(district, Coin() ? "标题" : null, new Dictionary<ReviewTheme, string> { [ReviewTheme.PolicySupport] = "政策" }.AsReadOnly()));
        }

        var organizers = districts.Take(1 + random.Next(districts.Length)).ToArray();
        events.Add(ExchangeEvent.Record(
            Id<ExchangeEvent>.From(Key("ev")), Pick(ExchangeEventKind.All), "活动", Date(), "社区", organizers, [departments[0].Id], [people[0].Id],
            Coin() ? ReportedQuantity.Parse("30名") : null, Coin() ? ["学习强国"] : null));
        return DataSet.Create(2021, Coin() ? "示例" : null, departments, groups, enterprises, people, issues, awards, mechanisms, events, trainings, publicity, declared, cases, titles);
    }
}
