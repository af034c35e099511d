using TaiAffairs.Domain.Common.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Compatriots.Rules;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Tests.Compatriots;

[Properties(Arbitrary = new[] { typeof(DomainGenerators), typeof(KernelGenerators) })]
public class CompatriotTests
{
    private static readonly LocalDate Registered = new(2015, 1, 1);
    private static readonly Id<Department> NingheOffice = Id<Department>.From("ninghe-tai-office");

    private static Compatriot Person(BirthInfo? birth = null, string surname = "许", string given = "恩恩", District? district = null) =>
        Compatriot.Register(Id<Compatriot>.From("c-01"), PersonName.Create(surname, given), birth ?? BirthInfo.OnDate(20.May(1990)), district ?? District.Beichen, Registered);


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
        Assert.Equal((30, 30), BirthInfo.OnDate(20.May(1990)).AgeOn(19.May(2021)));
        Assert.Equal((31, 31), BirthInfo.OnDate(20.May(1990)).AgeOn(20.May(2021)));
        Assert.Equal((96, 97), BirthInfo.InYear(1924).AgeOn(1.June(2021)));
    }

    [Fact]
    public void Youth_IsDerivedFromTheBirthAndThePolicy()
    {
        var date = 1.June(2021);
        var young = Person(BirthInfo.OnDate(1.March(1995)));
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
        var person = Person(BirthInfo.OnDate(1.January(1988)), district: District.Jinnan);
        var startup = Startup.Create("孵化平台科技有限公司", District.Jinnan, 1.May(2021));

        RuleAssert.Breaks<EntrepreneurHasStartup>(() => person.RecordOccupation(Occupation.Entrepreneur, 1.May(2021)));
        RuleAssert.Breaks<EntrepreneurHasStartup>(() => person.RecordOccupation(Occupation.Student, 1.May(2021), startup));
        person.RecordOccupation(Occupation.Entrepreneur, 1.May(2021), startup);

        var youth = person.AsYouthOn(1.June(2021))!;
        Assert.Equal(Occupation.Entrepreneur, youth.Occupation);
        Assert.Equal(District.Jinnan, youth.Startup!.RegisteredIn);
        RuleAssert.Breaks<ChangesInDateOrder>(ChangesInDateOrder.CompatriotCode, () => person.RecordOccupation(Occupation.Employed, 1.April(2021)));
    }

    [Fact]
    public void Sensitivity_IdentityAndHealthAlways_EverythingForMinors()
    {
        var adult = Person();
        var child = Person(BirthInfo.OnDate(1.June(2012)));
        var date = 1.June(2021);

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
        person.AddTravelPermit(TravelPermit.Create(number, 1.March(2011), 28.February(2021)));

        Assert.False(person.IsTravelPermitExpiredOn(28.February(2021)));
        Assert.True(person.IsTravelPermitExpiredOn(1.March(2021)));

        person.AddTravelPermit(TravelPermit.Create(number, 9.October(2021), 8.October(2031)));

        Assert.False(person.IsTravelPermitExpiredOn(9.October(2021)));
        Assert.Equal(2, person.TravelPermits.Count);
        RuleAssert.Breaks<PermitExpiresAfterIssue>(() => TravelPermit.Create(number, 1.January(2021), 1.January(2021)));
        RuleAssert.Breaks<RenewalIssuedAfterPrevious>(() => person.AddTravelPermit(TravelPermit.Create(number, 1.January(2020), 1.January(2030))));
        Assert.Equal(2, person.TravelPermits.Count);
    }

    [Fact]
    public void ResidencePermit_MustMatchTheBirth()
    {
        var number = PermitNumber(20.May(1990));
        var permit = ResidencePermit.Create(number, 1.January(2019), 1.January(2024));

        Person().AddResidencePermit(permit);
        Person(BirthInfo.InYear(1990)).AddResidencePermit(permit);
        RuleAssert.Breaks<ResidencePermitMatchesBirth>(() => Person(BirthInfo.OnDate(21.May(1990))).AddResidencePermit(permit));
    }

    [Fact]
    public void Dose_RequiresConsentRecordedFirst()
    {
        var person = Person();
        var date = 10.April(2021);

        RuleAssert.Breaks<DoseAfterConsent>(() => person.RecordVaccinationDose(Id<VaccinationDose>.From("d1"), date));
        RuleAssert.Breaks<ConsentIsInformedAndVoluntary>(() => person.RecordVaccinationConsent(date, informed: true, agreed: true, voluntary: false));
        person.RecordVaccinationConsent(date.PlusDays(1), true, true, true);
        RuleAssert.Breaks<DoseAfterConsent>(() => person.RecordVaccinationDose(Id<VaccinationDose>.From("d1"), date));

        var dose = person.RecordVaccinationDose(Id<VaccinationDose>.From("d1"), date.PlusDays(1));

        Assert.Equal(District.Beichen, dose.District);
        Assert.True(person.IsVaccinatedBy(date.PlusDays(1)));
        Assert.False(person.IsVaccinatedBy(date));
        RuleAssert.Breaks<RecordIdsAreUnique>(RecordIdsAreUnique.CompatriotCode, () => person.RecordVaccinationDose(Id<VaccinationDose>.From("d1"), date.PlusDays(30), 2));
    }

    [Fact]
    public void KangLingfang_QuarterlyWaterFees_AreCheckedPerQuarter()
    {
        var person = Person(BirthInfo.InYear(1940), "康", "龄方", District.Ninghe);
        person.AssessHardship(1.December(2020), inDifficulty: true);
        person.RecordCareVisit(Id<CareVisit>.From("cv1"), 7.January(2021), NingheOffice, "寒潮慰问");
        person.RecordService(Id<ServiceRendered>.From("s1"), ServiceKind.HouseholdHelp, 8.January(2021), "客厅和卧室安装空调");
        var fees = person.StartRecurringService(Id<RecurringService>.From("r1"), ServiceKind.UtilityPayment, 15.January(2021));
        foreach (var month in new[] { 3, 6, 12 })
        {
            person.RecordOccurrence(fees.Id, new LocalDate(2021, month, 25));
        }

        Assert.True(person.IsInDifficultyOn(7.January(2021)));
        Assert.Equal(BandMembership.Inside, person.ElderlyOn(7.January(2021)));
        Assert.Equal([ReportingPeriod.ForQuarter(2021, 3)], fees.MissedQuarters(ReportingPeriod.ForYear(2021)));
        RuleAssert.Breaks<OccurrenceOfAKnownService>(() => person.RecordOccurrence(fees.Id, 1.January(2021)));
        RuleAssert.Breaks<OccurrenceOfAKnownService>(() => person.RecordOccurrence(Id<RecurringService>.From("none"), 1.May(2021)));
        RuleAssert.Breaks<RecordedOnOrAfterRegistration>(RecordedOnOrAfterRegistration.CompatriotCode, () => person.RecordCareVisit(Id<CareVisit>.From("cv0"), 1.January(2014), NingheOffice, "慰问"));
    }

    [Fact]
    public void PublishedName_IsMaskedWithoutConsent()
    {
        var person = Person();
        Assert.Equal("许某某", person.PublishedNameOn(1.June(2021)));

        person.RecordPublicityConsent(1.June(2021), granted: true);
        Assert.Equal("许恩恩", person.PublishedNameOn(1.June(2021)));

        person.RecordPublicityConsent(1.January(2022), granted: false);
        Assert.Equal("许某某", person.PublishedNameOn(1.January(2022)));
        RuleAssert.Breaks<ChangesInDateOrder>(ChangesInDateOrder.CompatriotCode, () => person.RecordPublicityConsent(1.December(2021), true));
    }

    [Fact]
    public void AMoveDatedBeforeExistingRecords_BreaksMoveAfterExistingRecords()
    {
        var person = Person();
        person.RecordCareVisit(Id<CareVisit>.From("cv"), 1.June(2021), NingheOffice, "慰问");

        RuleAssert.Breaks<MoveAfterExistingRecords>(MoveAfterExistingRecords.CompatriotCode, () => person.MoveTo(District.Ninghe, 1.May(2021)));
        person.MoveTo(District.Ninghe, 2.June(2021));
        Assert.Equal(District.Beichen, person.CareVisits[0].District);
    }

    [Fact]
    public void Residence_IsDated()
    {
        var person = Person();
        person.MoveTo(District.Ninghe, 1.September(2021));

        Assert.Equal(District.Beichen, person.ResidenceOn(31.August(2021)));
        Assert.Equal(District.Ninghe, person.ResidenceDistrict);
        RuleAssert.Breaks<ChangesInDateOrder>(ChangesInDateOrder.CompatriotCode, () => person.MoveTo(District.Beichen, 1.September(2021)));
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
                var origin = 1.January(2020);
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
                var person = Compatriot.Register(Id<Compatriot>.From("c-x"), name, birth, District.Nankai, 1.January(2019));
                var travel = TravelPermit.Create(permitNumber, 1.January(2016), 1.January(2026));
                person.AddTravelPermit(travel);
                var birthDate = birth.Date ?? new LocalDate(birth.Year, 1, 1);
                var residenceNumber = PermitNumber(birthDate);
                var residence = ResidencePermit.Create(residenceNumber, 1.January(2019), 1.January(2024));
                person.RecordVaccinationConsent(1.March(2021), true, true, true);
                person.RecordVaccinationDose(Id<VaccinationDose>.From("d1"), 2.March(2021));

                var shown = new List<string?>
                {
                    person.ToString(), name.ToString(), travel.ToString(), permitNumber.ToString(), residence.ToString(),
                    residenceNumber.ToString(), birth.ToString(), person.VaccinationDoses[0].ToString(),
                    person.AsYouthOn(1.June(2021))?.ToString() ?? string.Empty,
                };
                var failures = new Action[]
                {
                    () => person.RecordVaccinationDose(Id<VaccinationDose>.From("d1"), 1.April(2021)),
                    () => person.AddTravelPermit(TravelPermit.Create(permitNumber, 1.January(2010), 1.January(2020))),
                    () => TravelPermit.Create(permitNumber, 1.January(2020), 1.January(2019)),
                    () => person.AddResidencePermit(ResidencePermit.Create(PermitNumber(birthDate.PlusYears(1)), 1.January(2019), 1.January(2024))),
                    () => person.RecordVaccinationConsent(1.March(2021), true, false, true),
                    () => Compatriot.Register(Id<Compatriot>.From("c-y"), name, birth, District.Nankai, 1.January(1923)),
                    () => person.RecordOccupation(Occupation.Entrepreneur, 1.March(2021)),
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
