using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Compatriots.Rules;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Tests.Generators;

namespace TaiAffairs.Domain.Tests.Compatriots;

[Properties(Arbitrary = new[] { typeof(DomainGenerators), typeof(KernelGenerators) })]
public class CompatriotTests
{
    private static readonly LocalDate Registered = new(2015, 1, 1);
    private static readonly Id<Department> NingheOffice = Id<Department>.From("ninghe-tai-office");

    private static Compatriot Person(BirthInfo? birth = null, string surname = "许", string given = "恩恩", District? district = null) =>
        Compatriot.Register(Id<Compatriot>.From("c-01"), PersonName.Create(surname, given), birth ?? BirthInfo.OnDate(new LocalDate(1990, 5, 20)), district ?? District.Beichen, Registered);

    private static string RuleOf(Action action) => Assert.Throws<BusinessRuleViolationException>(action).RuleCode;

    [Fact]
    public void Name_IsMaskedUnlessRevealed()
    {
        var name = PersonName.Create("许", "恩恩");

        Assert.Equal("许某某", name.Masked);
        Assert.Equal("许某某", name.ToString());
        Assert.Equal("许恩恩", name.Reveal());
        Assert.Equal("洪某某", PersonName.Create("洪", "施惠芳").Masked);
    }

    [Fact]
    public void Age_FromAFullDate_IsExact_FromAYear_IsAnInterval()
    {
        Assert.Equal((30, 30), BirthInfo.OnDate(new LocalDate(1990, 5, 20)).AgeOn(new LocalDate(2021, 5, 19)));
        Assert.Equal((31, 31), BirthInfo.OnDate(new LocalDate(1990, 5, 20)).AgeOn(new LocalDate(2021, 5, 20)));
        Assert.Equal((96, 97), BirthInfo.InYear(1924).AgeOn(new LocalDate(2021, 6, 1)));
    }

    [Fact]
    public void Youth_IsDerivedFromTheBirthAndThePolicy()
    {
        var date = new LocalDate(2021, 6, 1);
        var young = Person(BirthInfo.OnDate(new LocalDate(1995, 3, 1)));
        var eldest = Person(BirthInfo.InYear(1924), "洪", "施惠芳");
        var borderline = Person(BirthInfo.InYear(1975));

        Assert.Equal(BandMembership.Inside, young.YouthOn(date));
        Assert.NotNull(young.AsYouthOn(date));
        Assert.Equal(BandMembership.Outside, young.YouthOn(date, AgeBandPolicy.Create(18, 25, 60)));
        Assert.Equal(BandMembership.Inside, eldest.ElderlyOn(date));
        Assert.Equal(BandMembership.Outside, eldest.YouthOn(date));
        Assert.Equal(BandMembership.Uncertain, borderline.YouthOn(date));
        Assert.Null(borderline.AsYouthOn(date));
        Assert.Throws<ArgumentOutOfRangeException>(() => AgeBandPolicy.Create(30, 20, 60));
        Assert.Throws<ArgumentOutOfRangeException>(() => AgeBandPolicy.Create(18, 45, 40));
    }

    [Fact]
    public void Entrepreneur_NamesTheStartup_AndTheYouthViewShowsIt()
    {
        var person = Person(BirthInfo.OnDate(new LocalDate(1988, 1, 1)), district: District.Jinnan);
        var startup = Startup.Create("孵化平台科技有限公司", District.Jinnan, new LocalDate(2021, 5, 1));

        Assert.Equal(EntrepreneurHasStartup.RuleCode, RuleOf(() => person.RecordOccupation(Occupation.Entrepreneur, new LocalDate(2021, 5, 1))));
        Assert.Equal(EntrepreneurHasStartup.RuleCode, RuleOf(() => person.RecordOccupation(Occupation.Student, new LocalDate(2021, 5, 1), startup)));
        person.RecordOccupation(Occupation.Entrepreneur, new LocalDate(2021, 5, 1), startup);

        var youth = person.AsYouthOn(new LocalDate(2021, 6, 1))!;
        Assert.Equal(Occupation.Entrepreneur, youth.Occupation);
        Assert.Equal(District.Jinnan, youth.Startup!.RegisteredIn);
        Assert.Equal(ChangesInDateOrder.RuleCode, RuleOf(() => person.RecordOccupation(Occupation.Employed, new LocalDate(2021, 4, 1))));
    }

    [Fact]
    public void Sensitivity_IdentityAndHealthAlways_EverythingForMinors()
    {
        var adult = Person();
        var child = Person(BirthInfo.OnDate(new LocalDate(2012, 6, 1)));
        var date = new LocalDate(2021, 6, 1);

        Assert.Equal(DataSensitivity.General, adult.SensitivityOf(PersonalDataField.Name, date));
        Assert.Equal(DataSensitivity.Sensitive, adult.SensitivityOf(PersonalDataField.IdentityDocuments, date));
        Assert.Equal(DataSensitivity.Sensitive, adult.SensitivityOf(PersonalDataField.Health, date));
        Assert.All(Enum.GetValues<PersonalDataField>(), f => Assert.Equal(DataSensitivity.Sensitive, child.SensitivityOf(f, date)));
    }

    [Fact]
    public void TravelPermit_Expiry_IsDerived_AndARenewalIsANewPermit()
    {
        var person = Person();
        var number = TravelPermitNumber.Parse("12345678");
        person.AddTravelPermit(TravelPermit.Create(number, new LocalDate(2011, 3, 1), new LocalDate(2021, 2, 28)));

        Assert.False(person.IsTravelPermitExpiredOn(new LocalDate(2021, 2, 28)));
        Assert.True(person.IsTravelPermitExpiredOn(new LocalDate(2021, 3, 1)));

        person.AddTravelPermit(TravelPermit.Create(number, new LocalDate(2021, 10, 9), new LocalDate(2031, 10, 8)));

        Assert.False(person.IsTravelPermitExpiredOn(new LocalDate(2021, 10, 9)));
        Assert.Equal(2, person.TravelPermits.Count);
        Assert.Equal(PermitExpiresAfterIssue.RuleCode, RuleOf(() => TravelPermit.Create(number, new LocalDate(2021, 1, 1), new LocalDate(2021, 1, 1))));
        Assert.Equal(RenewalIssuedAfterPrevious.RuleCode, RuleOf(() => person.AddTravelPermit(TravelPermit.Create(number, new LocalDate(2020, 1, 1), new LocalDate(2030, 1, 1)))));
        Assert.Equal(2, person.TravelPermits.Count);
    }

    [Fact]
    public void ResidencePermit_MustMatchTheBirth()
    {
        var number = PermitNumber(new LocalDate(1990, 5, 20));
        var permit = ResidencePermit.Create(number, new LocalDate(2019, 1, 1), new LocalDate(2024, 1, 1));

        Person().SetResidencePermit(permit);
        Person(BirthInfo.InYear(1990)).SetResidencePermit(permit);
        Assert.Equal(ResidencePermitMatchesBirth.RuleCode, RuleOf(() => Person(BirthInfo.OnDate(new LocalDate(1990, 5, 21))).SetResidencePermit(permit)));
    }

    [Fact]
    public void Dose_RequiresConsentRecordedFirst()
    {
        var person = Person();
        var date = new LocalDate(2021, 4, 10);

        Assert.Equal(DoseAfterConsent.RuleCode, RuleOf(() => person.RecordVaccinationDose(Id<VaccinationDose>.From("d1"), date)));
        Assert.Equal(ConsentIsInformedAndVoluntary.RuleCode, RuleOf(() => person.RecordVaccinationConsent(date, informed: true, agreed: true, voluntary: false)));
        person.RecordVaccinationConsent(date.PlusDays(1), true, true, true);
        Assert.Equal(DoseAfterConsent.RuleCode, RuleOf(() => person.RecordVaccinationDose(Id<VaccinationDose>.From("d1"), date)));

        var dose = person.RecordVaccinationDose(Id<VaccinationDose>.From("d1"), date.PlusDays(1));

        Assert.Equal(District.Beichen, dose.District);
        Assert.True(person.IsVaccinatedBy(date.PlusDays(1)));
        Assert.False(person.IsVaccinatedBy(date));
        Assert.Equal(RecordIdsAreUnique.RuleCode, RuleOf(() => person.RecordVaccinationDose(Id<VaccinationDose>.From("d1"), date.PlusDays(30), 2)));
    }

    [Fact]
    public void KangLingfang_QuarterlyWaterFees_AreCheckedPerQuarter()
    {
        var person = Person(BirthInfo.InYear(1940), "康", "龄方", District.Ninghe);
        person.AssessHardship(new LocalDate(2020, 12, 1), inDifficulty: true);
        person.RecordCareVisit(Id<CareVisit>.From("cv1"), new LocalDate(2021, 1, 7), NingheOffice, "寒潮慰问");
        person.RecordService(Id<ServiceRendered>.From("s1"), ServiceKind.HouseholdHelp, new LocalDate(2021, 1, 8), "客厅和卧室安装空调");
        var fees = person.StartRecurringService(Id<RecurringService>.From("r1"), ServiceKind.UtilityPayment, new LocalDate(2021, 1, 15));
        foreach (var month in new[] { 3, 6, 12 })
        {
            person.RecordOccurrence(fees.Id, new LocalDate(2021, month, 25));
        }

        Assert.True(person.IsInDifficultyOn(new LocalDate(2021, 1, 7)));
        Assert.Equal(BandMembership.Inside, person.ElderlyOn(new LocalDate(2021, 1, 7)));
        Assert.Equal([ReportingPeriod.ForQuarter(2021, 3)], fees.MissedQuarters(ReportingPeriod.ForYear(2021)));
        Assert.Equal(OccurrenceOfAKnownService.RuleCode, RuleOf(() => person.RecordOccurrence(fees.Id, new LocalDate(2021, 1, 1))));
        Assert.Equal(OccurrenceOfAKnownService.RuleCode, RuleOf(() => person.RecordOccurrence(Id<RecurringService>.From("none"), new LocalDate(2021, 5, 1))));
        Assert.Equal(RecordedOnOrAfterRegistration.RuleCode, RuleOf(() => person.RecordCareVisit(Id<CareVisit>.From("cv0"), new LocalDate(2014, 1, 1), NingheOffice, "慰问")));
    }

    [Fact]
    public void PublishedName_IsMaskedWithoutConsent()
    {
        var person = Person();
        Assert.Equal("许某某", person.PublishedNameOn(new LocalDate(2021, 6, 1)));

        person.RecordPublicityConsent(new LocalDate(2021, 6, 1), granted: true);
        Assert.Equal("许恩恩", person.PublishedNameOn(new LocalDate(2021, 6, 1)));

        person.RecordPublicityConsent(new LocalDate(2022, 1, 1), granted: false);
        Assert.Equal("许某某", person.PublishedNameOn(new LocalDate(2022, 1, 1)));
        Assert.Equal(ChangesInDateOrder.RuleCode, RuleOf(() => person.RecordPublicityConsent(new LocalDate(2021, 12, 1), true)));
    }

    [Fact]
    public void AMoveDatedBeforeExistingRecords_BreaksMoveAfterExistingRecords()
    {
        var person = Person();
        person.RecordCareVisit(Id<CareVisit>.From("cv"), new LocalDate(2021, 6, 1), NingheOffice, "慰问");

        Assert.Equal(MoveAfterExistingRecords.RuleCode, RuleOf(() => person.MoveTo(District.Ninghe, new LocalDate(2021, 5, 1))));
        person.MoveTo(District.Ninghe, new LocalDate(2021, 6, 2));
        Assert.Equal(District.Beichen, person.CareVisits[0].District);
    }

    [Fact]
    public void Residence_IsDated()
    {
        var person = Person();
        person.MoveTo(District.Ninghe, new LocalDate(2021, 9, 1));

        Assert.Equal(District.Beichen, person.ResidenceOn(new LocalDate(2021, 8, 31)));
        Assert.Equal(District.Ninghe, person.ResidenceDistrict);
        Assert.Equal(ChangesInDateOrder.RuleCode, RuleOf(() => person.MoveTo(District.Beichen, new LocalDate(2021, 9, 1))));
    }

    public sealed record Operation(bool Consent, int Days, bool Voluntary);

    private static readonly Gen<Operation> OperationGen =
        from consent in Gen.Elements(true, false)
        from days in Gen.Choose(0, 800)
        from voluntary in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        select new Operation(consent, days, voluntary);

    [Property(MaxTest = 200)]
    public Property RandomConsentsAndDoses_DosesAlwaysFollowConsent() =>
        Prop.ForAll(
            Arb.From(Gen.ListOf(OperationGen).Select(l => l.ToArray())),
            ops =>
            {
                var person = Person();
                var origin = new LocalDate(2020, 1, 1);
                var next = 0;
                foreach (var op in ops)
                {
                    var dosesBefore = person.VaccinationDoses.Count;
                    var consentsBefore = person.VaccinationConsents.Count;
                    var error = Record.Exception(() =>
                    {
                        if (op.Consent)
                        {
                            person.RecordVaccinationConsent(origin.PlusDays(op.Days), true, true, op.Voluntary);
                        }
                        else
                        {
                            person.RecordVaccinationDose(Id<VaccinationDose>.From($"d{next++}"), origin.PlusDays(op.Days));
                        }
                    });

                    if (error is not null && (error is not BusinessRuleViolationException
                        || person.VaccinationDoses.Count != dosesBefore || person.VaccinationConsents.Count != consentsBefore))
                    {
                        return false;
                    }

                    if (!person.VaccinationDoses.All(d => person.VaccinationConsents.Any(c => c.Date <= d.Date)))
                    {
                        return false;
                    }
                }

                return true;
            });

    [Property(MaxTest = 200)]
    public Property NoToStringOrErrorMessage_ContainsANameOrPermitNumber() =>
        Prop.ForAll(
            Arb.From(
                from name in DomainGenerators.NameGen
                from birth in DomainGenerators.BirthGen
                from permit in DomainGenerators.TravelPermitNumberGen
                select (name, birth, permit)),
            t =>
            {
                var (name, birth, permitNumber) = t;
                var person = Compatriot.Register(Id<Compatriot>.From("c-x"), name, birth, District.Nankai, new LocalDate(2015, 1, 1));
                var travel = TravelPermit.Create(permitNumber, new LocalDate(2016, 1, 1), new LocalDate(2026, 1, 1));
                person.AddTravelPermit(travel);
                var birthDate = birth.Date ?? new LocalDate(birth.Year, 1, 1);
                var residenceNumber = PermitNumber(birthDate);
                var residence = ResidencePermit.Create(residenceNumber, new LocalDate(2019, 1, 1), new LocalDate(2024, 1, 1));
                person.RecordVaccinationConsent(new LocalDate(2021, 3, 1), true, true, true);
                person.RecordVaccinationDose(Id<VaccinationDose>.From("d1"), new LocalDate(2021, 3, 2));

                var shown = new List<string?>
                {
                    person.ToString(), name.ToString(), travel.ToString(), permitNumber.ToString(), residence.ToString(),
                    residenceNumber.ToString(), birth.ToString(), person.VaccinationDoses[0].ToString(),
                    person.AsYouthOn(new LocalDate(2021, 6, 1))?.ToString() ?? string.Empty,
                };
                var failures = new Action[]
                {
                    () => person.RecordVaccinationDose(Id<VaccinationDose>.From("d1"), new LocalDate(2021, 4, 1)),
                    () => person.AddTravelPermit(TravelPermit.Create(permitNumber, new LocalDate(2010, 1, 1), new LocalDate(2020, 1, 1))),
                    () => TravelPermit.Create(permitNumber, new LocalDate(2020, 1, 1), new LocalDate(2019, 1, 1)),
                    () => person.SetResidencePermit(ResidencePermit.Create(PermitNumber(birthDate.PlusYears(1)), new LocalDate(2019, 1, 1), new LocalDate(2024, 1, 1))),
                    () => person.RecordVaccinationConsent(new LocalDate(2021, 3, 1), true, false, true),
                    () => person.RecordOccupation(Occupation.Entrepreneur, new LocalDate(2021, 3, 1)),
                    () => PersonName.Create(name.RevealSurname(), string.Concat(Enumerable.Repeat(name.Reveal(), 6))),
                    () => ResidencePermitNumber.Parse(residenceNumber.Reveal()[..17] + (residenceNumber.Reveal()[17] == '0' ? '1' : '0')),
                    () => TravelPermitNumber.Parse(permitNumber.Reveal() + "9"),
                };
                shown.AddRange(failures.Select(f => Record.Exception(f)?.Message));

                var secrets = new[] { name.Reveal(), permitNumber.Reveal(), residenceNumber.Reveal(), residenceNumber.Reveal()[6..14] };
                return shown.All(s => s is not null && !secrets.Any(secret => s.Contains(secret, StringComparison.Ordinal)))
                       && failures.All(f => Record.Exception(f) is not null);
            });

    private static ResidencePermitNumber PermitNumber(LocalDate birth)
    {
        var body = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"830000{birth:yyyyMMdd}001");
        return ResidencePermitNumber.Parse(body + ResidencePermitNumber.ComputeCheckCharacter(body));
    }
}
