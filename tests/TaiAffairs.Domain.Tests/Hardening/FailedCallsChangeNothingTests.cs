using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Tests.Hardening;

/// <summary>
/// What held and must keep holding: a call that throws leaves the aggregate exactly as it was (its whole export is
/// unchanged), over random sequences of every verb of an enterprise and a compatriot, valid and invalid alike.
/// </summary>
public class FailedCallsChangeNothingTests
{
    private static readonly District[] Districts = [District.Baodi, District.Wuqing, District.Nankai];
    private static readonly LocalDate Origin = 1.January(2016);

    private static Gen<(int Verb, int A, int B)> Call { get; } =
        from verb in Gen.Choose(0, 21)
        from a in Gen.Choose(-500, 2500)
        from b in Gen.Choose(0, 6)
        select (verb, a, b);

    private static string Snapshot(Enterprise enterprise, Compatriot person) =>
        DataSetExporter.Export(DataSet.Create(2021, enterprises: [enterprise], compatriots: [person]));

    [Property(MaxTest = 300)]
    public Property AFailedCall_ChangesNothing() =>
        Prop.ForAll(
            Arb.From(Gen.ListOf(Call).Select(l => l.ToArray())),
            calls =>
            {
                var enterprise = Enterprise.Register(
                    Id<Enterprise>.From("e-1"), Enterprises.EnterpriseTests.Code("91120222MA0000001"), "久增金属", Industry.Metalwork, District.Wuqing, Origin);
                var person = Compatriot.Register(Id<Compatriot>.From("c-1"), PersonName.Create("许", "恩恩"), BirthInfo.OnDate(20.May(1990)), District.Beichen, Origin);
                foreach (var (verb, a, b) in calls)
                {
                    var before = Snapshot(enterprise, person);
                    var error = Record.Exception(() => Apply(enterprise, person, verb, Origin.PlusDays(a), b));
                    if (error is not null && (error is not (BusinessRuleViolationException or ArgumentException) || Snapshot(enterprise, person) != before))
                    {
                        return false;
                    }
                }

                return true;
            });

    private static void Apply(Enterprise e, Compatriot p, int verb, LocalDate date, int b)
    {
        var unit = Id<Department>.From("unit-" + b);
        switch (verb)
        {
            case 0: e.MoveTo(Districts[b % Districts.Length], date); break;
            case 1: e.ChangeOperatingStatus(b % 2 == 0, date); break;
            case 2: e.LocateInPark(b % 3 == 0 ? null : "园区" + b); break;
            case 3: e.EstablishPartyBranch(PartyBranch.Create("党支部" + b, date)); break;
            case 4: e.AddDesignation(DesignationKind.List.ElementAt(b % DesignationKind.List.Count), date); break;
            case 5: e.RecordVisit(Id<EnterpriseVisit>.From("v-" + b), date, b == 0 ? [] : [unit], "走访"); break;
            case 6: e.RecordSafetyFinding(Id<SafetyFinding>.From("s-" + b), date, "隐患"); break;
            case 7: e.RectifySafetyFinding(Id<SafetyFinding>.From("s-" + b), date); break;
            case 8: e.RecordDonation(Id<EnterpriseMoneyRecord>.From("m-" + b), date, Money.FromYuan(b - 2), "捐款"); break;
            case 9: e.JoinAlliance("联盟" + (b % 2), date); break;
            case 10: e.RecordTraining(Id<TaiAffairs.Domain.Exchanges.Training>.From("t-" + b), date); break;
            case 11: p.MoveTo(Districts[b % Districts.Length], date); break;
            case 12: p.RecordVaccinationConsent(date, b != 1, b != 2, b != 3); break;
            case 13: p.RecordVaccinationDose(Id<VaccinationDose>.From("d-" + b), date, 1 + (b % 3)); break;
            case 14: p.RecordCareVisit(Id<CareVisit>.From("c-" + b), date, unit, "慰问"); break;
            case 15: p.RecordService(Id<ServiceRendered>.From("r-" + b), ServiceKind.UtilityPayment, date, "代缴水费"); break;
            case 16: p.StartRecurringService(Id<RecurringService>.From("q-" + b), ServiceKind.UtilityPayment, date); break;
            case 17: p.RecordOccurrence(Id<RecurringService>.From("q-" + b), date); break;
            case 18: p.AssessHardship(date, b % 2 == 0); break;
            case 19: p.RecordPublicityConsent(date, b % 2 == 0); break;
            case 20: p.RecordOccupation(b % 2 == 0 ? Occupation.Student : Occupation.Entrepreneur, date); break;
            default: p.AddTravelPermit(TravelPermit.Create(TravelPermitNumber.Parse("1234567" + b), date, date.PlusYears(b - 1))); break;
        }
    }
}
