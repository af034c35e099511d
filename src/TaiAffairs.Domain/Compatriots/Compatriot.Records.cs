using System.Diagnostics;
using Ardalis.GuardClauses;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Common.Rules;
using TaiAffairs.Domain.Compatriots.Rules;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Compatriots;

/// <content>Compatriot: the records kept about the person (vaccination consent and doses, care visits, services rendered, recurring services).</content>
public sealed partial class Compatriot
{
    /// <summary>Records vaccination consent: informed, agreed and voluntary (知情、同意、自愿).</summary>
    /// <param name="date">The date consent was given.</param>
    /// <param name="informed">Whether the person was informed.</param>
    /// <param name="agreed">Whether the person agreed.</param>
    /// <param name="voluntary">Whether it was voluntary.</param>
    /// <returns>The consent.</returns>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="ConsentIsInformedAndVoluntary"/> or <see cref="RecordedOnOrAfterRegistration"/> is broken.</exception>
    public VaccinationConsent RecordVaccinationConsent(LocalDate date, bool informed, bool agreed, bool voluntary)
    {
        BusinessRule.Check(new RecordedOnOrAfterRegistration(RecordedOnOrAfterRegistration.CompatriotCode, RegisteredOn, date));
        BusinessRule.Check(new ConsentIsInformedAndVoluntary(informed, agreed, voluntary));
        var consent = new VaccinationConsent(date);
        CanonicalOrder.Insert(consents, consent, c => c.Date);
        return consent;
    }

    /// <summary>Records a vaccination dose; consent must have been recorded on or before its date.</summary>
    /// <param name="id">The dose's id.</param>
    /// <param name="date">The date of the dose.</param>
    /// <param name="doseNumber">Which dose, 1 or more.</param>
    /// <returns>The dose.</returns>
    /// <exception cref="ArgumentException">The id is default or the dose number below 1.</exception>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="RecordIdsAreUnique"/>, <see cref="RecordedOnOrAfterRegistration"/> or <see cref="DoseAfterConsent"/> is broken.</exception>
    public VaccinationDose RecordVaccinationDose(Id<VaccinationDose> id, LocalDate date, int doseNumber = 1)
    {
        Guard.Against.Expression(i => i.IsDefault, id, "A dose needs an id.");
        Guard.Against.OutOfRange(doseNumber, nameof(doseNumber), 1, 10, "A dose number is 1 to 10.");
        CheckNewRecord("d:" + id.Value, date);
        BusinessRule.Check(new DoseAfterConsent(consents, date));
        var dose = new VaccinationDose(id, Id, ResidenceOn(date)!, date, doseNumber);
        recordIds.Add("d:" + id.Value);
        CanonicalOrder.Insert(doses, dose, d => (d.Date, d.Id));
        return dose;
    }

    /// <summary>Gets whether the person had a dose on or before a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether any dose is recorded by then.</returns>
    public bool IsVaccinatedBy(LocalDate date) => doses.Exists(d => d.Date <= date);

    /// <summary>Records a care visit (慰问).</summary>
    /// <param name="id">The visit's id.</param>
    /// <param name="date">The date.</param>
    /// <param name="unit">The visiting unit.</param>
    /// <param name="purpose">Why.</param>
    /// <returns>The visit.</returns>
    /// <exception cref="ArgumentException">A required argument is missing or default.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="RecordIdsAreUnique"/> or <see cref="RecordedOnOrAfterRegistration"/> is broken.</exception>
    public CareVisit RecordCareVisit(Id<CareVisit> id, LocalDate date, Id<Department> unit, string purpose)
    {
        Guard.Against.Expression(i => i.IsDefault, id, "A care visit needs an id.");
        Guard.Against.Expression(u => u.IsDefault, unit, "A care visit names the visiting unit.");
        Guard.Against.NullOrWhiteSpace(purpose, message: "A care visit needs a purpose.");
        CheckNewRecord("c:" + id.Value, date);
        var visit = new CareVisit(id, Id, ResidenceOn(date)!, date, unit, purpose.Trim());
        recordIds.Add("c:" + id.Value);
        CanonicalOrder.Insert(careVisits, visit, v => (v.Date, v.Id));
        return visit;
    }

    /// <summary>Records a service done for the person (代办 a permit, 空调安装 ...).</summary>
    /// <param name="id">The service's id.</param>
    /// <param name="kind">The kind of service.</param>
    /// <param name="date">The date it was done.</param>
    /// <param name="description">What was done.</param>
    /// <returns>The service.</returns>
    /// <exception cref="ArgumentException">A required argument is missing or default.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="RecordIdsAreUnique"/> or <see cref="RecordedOnOrAfterRegistration"/> is broken.</exception>
    public ServiceRendered RecordService(Id<ServiceRendered> id, ServiceKind kind, LocalDate date, string description)
    {
        Guard.Against.Expression(i => i.IsDefault, id, "A service needs an id.");
        Guard.Against.Null(kind, message: "A service needs a kind.");
        Guard.Against.NullOrWhiteSpace(description, message: "A service needs a description.");
        CheckNewRecord("s:" + id.Value, date);
        var service = new ServiceRendered(id, Id, ResidenceOn(date)!, kind, date, description.Trim());
        recordIds.Add("s:" + id.Value);
        CanonicalOrder.Insert(services, service, s => (s.Date, s.Id));
        return service;
    }

    /// <summary>Starts a quarterly recurring service (坚持每季度帮助代缴水费).</summary>
    /// <param name="id">The service's id.</param>
    /// <param name="kind">The kind of service.</param>
    /// <param name="startedOn">The date the promise starts.</param>
    /// <returns>The recurring service.</returns>
    /// <exception cref="ArgumentException">A required argument is missing or default.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="RecordIdsAreUnique"/> or <see cref="RecordedOnOrAfterRegistration"/> is broken.</exception>
    public RecurringService StartRecurringService(Id<RecurringService> id, ServiceKind kind, LocalDate startedOn)
    {
        Guard.Against.Expression(i => i.IsDefault, id, "A recurring service needs an id.");
        Guard.Against.Null(kind, message: "A recurring service needs a kind.");
        CheckNewRecord("r:" + id.Value, startedOn);
        var service = new RecurringService(id, kind, startedOn);
        recordIds.Add("r:" + id.Value);
        CanonicalOrder.Insert(recurring, service, r => (r.StartedOn, r.Id));
        return service;
    }

    /// <summary>Records one occurrence of a recurring service.</summary>
    /// <param name="service">The recurring service's id.</param>
    /// <param name="date">The date it was done; on or after the service started.</param>
    /// <exception cref="BusinessRuleViolationException"><see cref="OccurrenceOfAKnownService"/> is broken.</exception>
    public void RecordOccurrence(Id<RecurringService> service, LocalDate date)
    {
        var found = recurring.Find(r => r.Id == service);
        BusinessRule.Check(new OccurrenceOfAKnownService(found, date));
        found!.Record(date);
    }
}
