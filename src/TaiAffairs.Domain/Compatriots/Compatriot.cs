using System.Diagnostics;
using Ardalis.GuardClauses;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Common.Rules;
using TaiAffairs.Domain.Compatriots.Rules;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Compatriots;

/// <summary>
/// A Taiwan compatriot (台胞) living in a district: protected personal information (name, birth, permits,
/// health), derived facts (age, youth, elderly), recorded assessments, vaccination with consent, care visits,
/// services done on the person's behalf, and whether the person's name may be published.
/// </summary>
/// <remarks>
/// <para>Personal data never appears in <see cref="ToString"/>, the debugger display or any exception
/// message: they show the id only. The name is available masked (<see cref="PersonName.Masked"/>) or, where
/// consent allows, through <see cref="PublishedNameOn"/>; revealing is always an explicit call.</para>
/// <para>Invariants: a permit expires after its issue, a renewal is a new permit issued after the previous;
/// a residence permit's birth date matches the person's; a dose is recorded only with consent recorded first;
/// dated facts change in date order; record ids are unique. Youth and age are derived, never stored.</para>
/// <para>An aggregate root: equality is by <see cref="Id"/>. Not thread-safe for writes.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed partial class Compatriot : IEquatable<Compatriot>
{
    private readonly DatedHistory<District> residence = new();
    private readonly DatedHistory<bool> hardship = new();
    private readonly DatedHistory<bool> publicity = new();
    private readonly DatedHistory<OccupationRecord> occupations = new();
    private readonly List<TravelPermit> travelPermits = [];
    private readonly List<ResidencePermit> residencePermits = [];
    private readonly List<VaccinationConsent> consents = [];
    private readonly List<VaccinationDose> doses = [];
    private readonly List<CareVisit> careVisits = [];
    private readonly List<ServiceRendered> services = [];
    private readonly List<RecurringService> recurring = [];
    private readonly HashSet<string> recordIds = new(StringComparer.Ordinal);

    private Compatriot(Id<Compatriot> id, PersonName name, BirthInfo birth, LocalDate registeredOn)
    {
        Id = id;
        Name = name;
        Birth = birth;
        RegisteredOn = registeredOn;
    }

    /// <summary>Gets the person's id (never personal data).</summary>
    public Id<Compatriot> Id { get; }

    /// <summary>Gets the name (masked when shown; see <see cref="PersonName.Reveal"/>).</summary>
    public PersonName Name { get; }

    /// <summary>Gets when the person was born (personal data).</summary>
    public BirthInfo Birth { get; }

    /// <summary>Gets the first date the person is on record.</summary>
    public LocalDate RegisteredOn { get; }

    /// <summary>Gets the district the person lives in now.</summary>
    public District ResidenceDistrict => residence.Current!;

    /// <summary>Gets the residence history: each district holds from its date until the next move.</summary>
    public IReadOnlyList<DatedValue<District>> ResidenceHistory => residence.Changes;

    /// <summary>Gets the hardship assessments in date order.</summary>
    public IReadOnlyList<DatedValue<bool>> HardshipAssessments => hardship.Changes;

    /// <summary>Gets the publicity consents and withdrawals in date order.</summary>
    public IReadOnlyList<DatedValue<bool>> PublicityConsents => publicity.Changes;

    /// <summary>Gets the occupation history in date order.</summary>
    public IReadOnlyList<DatedValue<OccupationRecord>> OccupationHistory => occupations.Changes;

    /// <summary>Gets the travel permits in issue order; a renewal is a new entry.</summary>
    public IReadOnlyList<TravelPermit> TravelPermits => travelPermits.AsReadOnly();

    /// <summary>Gets the residence permits in issue order; a renewal is a new entry.</summary>
    public IReadOnlyList<ResidencePermit> ResidencePermits => residencePermits.AsReadOnly();

    /// <summary>Gets the latest residence permit, if the person holds one.</summary>
    public ResidencePermit? ResidencePermit => residencePermits.Count > 0 ? residencePermits[^1] : null;

    /// <summary>Gets the vaccination consents recorded (health data).</summary>
    public IReadOnlyList<VaccinationConsent> VaccinationConsents => consents.AsReadOnly();

    /// <summary>Gets the vaccination doses recorded (health data).</summary>
    public IReadOnlyList<VaccinationDose> VaccinationDoses => doses.AsReadOnly();

    /// <summary>Gets the care visits (慰问).</summary>
    public IReadOnlyList<CareVisit> CareVisits => careVisits.AsReadOnly();

    /// <summary>Gets the services done for the person.</summary>
    public IReadOnlyList<ServiceRendered> Services => services.AsReadOnly();

    /// <summary>Gets the recurring services promised to the person.</summary>
    public IReadOnlyList<RecurringService> RecurringServices => recurring.AsReadOnly();

    /// <summary>Registers a compatriot.</summary>
    /// <param name="id">The person's id; it must not carry personal data.</param>
    /// <param name="name">The name.</param>
    /// <param name="birth">The birth date or year.</param>
    /// <param name="residenceDistrict">The district the person lives in from <paramref name="registeredOn"/>.</param>
    /// <param name="registeredOn">The first date the person is on record.</param>
    /// <returns>The compatriot.</returns>
    /// <exception cref="ArgumentException">A required argument is missing or default.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="BornBeforeRegistration"/> is broken.</exception>
    public static Compatriot Register(Id<Compatriot> id, PersonName name, BirthInfo birth, District residenceDistrict, LocalDate registeredOn)
    {
        Guard.Against.Expression(i => i.IsDefault, id, "A compatriot needs an id.");
        Guard.Against.Null(name, message: "A compatriot needs a name.");
        Guard.Against.Expression(b => b.IsDefault, birth, "A compatriot needs a birth date or year.");
        Guard.Against.Null(residenceDistrict, message: "A compatriot lives in a district.");
        BusinessRule.Check(new BornBeforeRegistration(birth, registeredOn));
        var person = new Compatriot(id, name, birth, registeredOn);
        person.residence.Append(registeredOn, residenceDistrict);
        return person;
    }

    /// <summary>Gets the district the person lived in on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The district, or <see langword="null"/> before <see cref="RegisteredOn"/>.</returns>
    public District? ResidenceOn(LocalDate date) => residence.TryGetValueOn(date, out var d) ? d : null;

    /// <summary>Records a move to another district.</summary>
    /// <param name="district">The new district.</param>
    /// <param name="from">The first day there.</param>
    /// <exception cref="ArgumentNullException"><paramref name="district"/> is <see langword="null"/>.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="ChangesInDateOrder"/> or <see cref="MoveAfterExistingRecords"/> is broken.</exception>
    public void MoveTo(District district, LocalDate from)
    {
        Guard.Against.Null(district, message: "A move needs a district.");
        BusinessRule.Check(new ChangesInDateOrder(ChangesInDateOrder.CompatriotCode, residence.LastChangeDate, from));
        BusinessRule.Check(new MoveChangesTheDistrict(MoveChangesTheDistrict.CompatriotCode, ResidenceDistrict, district));
        var recordDates = doses.Select(d => d.Date).Concat(careVisits.Select(v => v.Date)).Concat(services.Select(v => v.Date));
        BusinessRule.Check(new MoveAfterExistingRecords(MoveAfterExistingRecords.CompatriotCode, recordDates, from));
        residence.Append(from, district);
        Area = null;
    }

    /// <summary>
    /// Gets the area (街道, 镇, 社区 ...) of the current residence district the person lives in, or <see langword="null"/>
    /// when not recorded; a move clears it. A location: never rendered without consent.
    /// </summary>
    public Area? Area { get; private set; }

    /// <summary>Records the area of the current residence district the person lives in.</summary>
    /// <param name="area">The area.</param>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is <see langword="null"/>.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="LeadingGroups.Rules.AreaOfTheDistrict"/>: the area lies in another district; the person is unchanged.</exception>
    public void LocateIn(Area area)
    {
        Guard.Against.Null(area, message: "An area is required.");
        BusinessRule.Check(new LeadingGroups.Rules.AreaOfTheDistrict(ResidenceDistrict, area, false));
        Area = area;
    }

    /// <summary>Gets the youngest and oldest the person can be on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>(Min, Max) completed years; equal when the birth date is known.</returns>
    public (int Min, int Max) AgeOn(LocalDate date) => Birth.AgeOn(date);

    /// <summary>Gets whether the person is a Taiwan youth (台青) on a date under a policy.</summary>
    /// <param name="date">The date.</param>
    /// <param name="policy">The age bands; <see cref="AgeBandPolicy.Default"/> when <see langword="null"/>.</param>
    /// <returns>Inside, outside, or uncertain (birth year only).</returns>
    public BandMembership YouthOn(LocalDate date, AgeBandPolicy? policy = null)
    {
        var p = policy ?? AgeBandPolicy.Default;
        return Band(date, p.YouthFrom, p.YouthTo);
    }

    /// <summary>Gets whether the person is elderly (老年台胞) on a date under a policy.</summary>
    /// <param name="date">The date.</param>
    /// <param name="policy">The age bands; <see cref="AgeBandPolicy.Default"/> when <see langword="null"/>.</param>
    /// <returns>Inside, outside, or uncertain (birth year only).</returns>
    public BandMembership ElderlyOn(LocalDate date, AgeBandPolicy? policy = null) =>
        Band(date, (policy ?? AgeBandPolicy.Default).ElderlyFrom, int.MaxValue);

    /// <summary>Gets the person as a Taiwan youth on a date, when certainly in the youth band.</summary>
    /// <param name="date">The date.</param>
    /// <param name="policy">The age bands; <see cref="AgeBandPolicy.Default"/> when <see langword="null"/>.</param>
    /// <returns>The youth view, or <see langword="null"/> when outside the band or uncertain.</returns>
    public TaiwanYouth? AsYouthOn(LocalDate date, AgeBandPolicy? policy = null) =>
        YouthOn(date, policy) == BandMembership.Inside ? new TaiwanYouth(this, date, OccupationOn(date)) : null;

    /// <summary>Gets how a kind of the person's data is classified on a date (PIPL).</summary>
    /// <param name="field">The kind of data.</param>
    /// <param name="date">The date.</param>
    /// <returns>Sensitive for identity documents and health, and for everything while the person may be under 14.</returns>
    public DataSensitivity SensitivityOf(PersonalDataField field, LocalDate date) =>
        field is PersonalDataField.IdentityDocuments or PersonalDataField.Health || AgeOn(date).Min < AgeBandPolicy.MinorUnder
            ? DataSensitivity.Sensitive
            : DataSensitivity.General;

    /// <summary>Adds a travel permit; a renewal is a new permit issued after the previous one.</summary>
    /// <param name="permit">The permit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="permit"/> is <see langword="null"/>.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="RenewalIssuedAfterPrevious"/> is broken.</exception>
    public void AddTravelPermit(TravelPermit permit)
    {
        Guard.Against.Null(permit, message: "A permit is required.");
        BusinessRule.Check(new RenewalIssuedAfterPrevious(travelPermits.Count > 0 ? travelPermits[^1].IssuedOn : null, permit.IssuedOn));

        travelPermits.Add(permit);
    }

    /// <summary>Gets the travel permit in force on a date: the latest issued on or before it.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The permit, or <see langword="null"/> when none had been issued.</returns>
    public TravelPermit? TravelPermitOn(LocalDate date) => travelPermits.LastOrDefault(p => p.IssuedOn <= date);

    /// <summary>Gets whether the person's travel permit had expired on a date (derived, never stored).</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether the latest permit issued by then had expired; <see langword="false"/> when there is none.</returns>
    public bool IsTravelPermitExpiredOn(LocalDate date) => TravelPermitOn(date)?.IsExpiredOn(date) ?? false;

    /// <summary>
    /// Adds a residence permit; a renewal is a new permit issued after the previous one, and the history is kept, as
    /// for travel permits. Its number's birth date must match the person's.
    /// </summary>
    /// <param name="permit">The permit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="permit"/> is <see langword="null"/>.</exception>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="ResidencePermitMatchesBirth"/> or <see cref="RenewalIssuedAfterPrevious"/> is broken; the person is unchanged.</exception>
    public void AddResidencePermit(ResidencePermit permit)
    {
        Guard.Against.Null(permit, message: "A permit is required.");
        BusinessRule.Check(new ResidencePermitMatchesBirth(Birth, permit.Number));
        BusinessRule.Check(new RenewalIssuedAfterPrevious(residencePermits.Count > 0 ? residencePermits[^1].IssuedOn : null, permit.IssuedOn));
        residencePermits.Add(permit);
    }

    /// <summary>Records an assessment of whether the person is in difficulty (困难台胞).</summary>
    /// <param name="date">The date of the assessment.</param>
    /// <param name="inDifficulty">The finding.</param>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="RecordedOnOrAfterRegistration"/> or <see cref="ChangesInDateOrder"/> is broken.</exception>
    public void AssessHardship(LocalDate date, bool inDifficulty) => AppendDated(hardship, date, inDifficulty);

    /// <summary>Gets whether the latest assessment on or before a date found the person in difficulty.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The finding; <see langword="false"/> when never assessed.</returns>
    public bool IsInDifficultyOn(LocalDate date) => hardship.TryGetValueOn(date, out var value) && value;

    /// <summary>Records the person's consent to having their name published, or its withdrawal.</summary>
    /// <param name="date">The date.</param>
    /// <param name="granted">Whether the name may be published from that date.</param>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="RecordedOnOrAfterRegistration"/> or <see cref="ChangesInDateOrder"/> is broken.</exception>
    public void RecordPublicityConsent(LocalDate date, bool granted) => AppendDated(publicity, date, granted);

    /// <summary>Gets whether the person's name may be published on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether consent was granted by then and not withdrawn.</returns>
    public bool MayBeNamedOn(LocalDate date) => publicity.TryGetValueOn(date, out var value) && value;

    /// <summary>Gets the name a published text may use on a date: the full name with consent, otherwise <c>许某某</c>.</summary>
    /// <param name="date">The publication date.</param>
    /// <returns>The name to publish.</returns>
    public string PublishedNameOn(LocalDate date) => MayBeNamedOn(date) ? Name.Reveal() : Name.Masked;

    /// <summary>Records what the person does from a date (台生, 就业, 创业 with its startup).</summary>
    /// <param name="occupation">The occupation.</param>
    /// <param name="from">The date.</param>
    /// <param name="startup">The startup, for an entrepreneur only.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="occupation"/> is <see langword="null"/>.</exception>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="EntrepreneurHasStartup"/>, <see cref="RecordedOnOrAfterRegistration"/> or <see cref="ChangesInDateOrder"/> is broken.</exception>
    public OccupationRecord RecordOccupation(Occupation occupation, LocalDate from, Startup? startup = null)
    {
        Guard.Against.Null(occupation, message: "An occupation is required.");
        BusinessRule.Check(new EntrepreneurHasStartup(occupation, startup));
        var record = new OccupationRecord(occupation, startup);
        AppendDated(occupations, from, record);
        return record;
    }

    /// <summary>Gets what the person does on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The occupation record, or <see langword="null"/> when none is recorded by then.</returns>
    public OccupationRecord? OccupationOn(LocalDate date) => occupations.TryGetValueOn(date, out var value) ? value : null;

    /// <inheritdoc />
    public bool Equals(Compatriot? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Compatriot);

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Returns the id only: no personal data.</summary>
    /// <returns>E.g. <c>台胞 (beichen-c-01)</c>.</returns>
    public override string ToString() => $"台胞 ({Id})";

    private BandMembership Band(LocalDate date, int from, int to)
    {
        var (min, max) = AgeOn(date);
        if (min >= from && max <= to)
        {
            return BandMembership.Inside;
        }

        return max < from || min > to ? BandMembership.Outside : BandMembership.Uncertain;
    }

    private void AppendDated<T>(DatedHistory<T> history, LocalDate date, T value)
    {
        BusinessRule.Check(new RecordedOnOrAfterRegistration(RecordedOnOrAfterRegistration.CompatriotCode, RegisteredOn, date));
        BusinessRule.Check(new ChangesInDateOrder(ChangesInDateOrder.CompatriotCode, history.LastChangeDate, date));

        history.Append(date, value);
    }

    private void CheckNewRecord(string key, LocalDate date)
    {
        BusinessRule.Check(new RecordIdsAreUnique(RecordIdsAreUnique.CompatriotCode, recordIds, key));
        BusinessRule.Check(new RecordedOnOrAfterRegistration(RecordedOnOrAfterRegistration.CompatriotCode, RegisteredOn, date));
    }
}
