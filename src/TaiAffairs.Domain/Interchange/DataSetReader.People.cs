using System.Text.Json;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots;
using S = TaiAffairs.Domain.Interchange.Format.Shapes;

namespace TaiAffairs.Domain.Interchange;

/// <content>Compatriots and the records kept about them.</content>
internal sealed partial class DataSetReader
{
    private Compatriot? ReadCompatriot(JsonElement item, string path)
    {
        if (!f.Object(item, path, S.Compatriot.Shape))
        {
            return null;
        }

        var id = f.Id<Compatriot>(item, S.Compatriot.Id, path);
        var surname = f.String(item, S.Compatriot.Surname, path);
        var given = f.String(item, S.Compatriot.GivenName, path);
        var birthDate = f.Date(item, S.Compatriot.BirthDate, path);
        var birthYear = f.Int(item, S.Compatriot.BirthYear, path);
        var district = f.District(item, S.Compatriot.District, path);
        var registered = f.Date(item, S.Compatriot.RegisteredOn, path);
        if (id is null || surname is null || given is null || district is null || registered is null || (birthDate is null && birthYear is null)
            || !NewId("compatriot", id.Value.Value, At(path, S.Compatriot.Id)))
        {
            return null;
        }

        // Every domain call runs inside Create/Try, so a value the domain refuses (a birth year out of its range) is a
        // problem at the record, never an exception out of the importer.
        var person = Create(path, () => Compatriot.Register(
            id.Value, PersonName.Create(surname, given), birthDate is { } d ? BirthInfo.OnDate(d) : BirthInfo.InYear(birthYear!.Value), district, registered.Value));
        if (person is null)
        {
            return null;
        }

        compatriots[person.Id] = person;
        Annotate("compatriot", person.Id.Value, item, path, S.Compatriot.Shape);
        foreach (var (move, at) in f.Array(item, S.Compatriot.Moves, path))
        {
            if (f.Object(move, at, S.Move.Shape) && f.District(move, S.Move.District, at) is { } to && f.Date(move, S.Move.From, at) is { } from)
            {
                Try(at, () => person.MoveTo(to, from));
            }
        }

        if (AreaRef(item, S.Compatriot.Area, path) is { } area)
        {
            Try(At(path, S.Compatriot.Area), () => person.LocateIn(area));
        }

        ReadPermits(item, S.Compatriot.TravelPermits, path, TravelPermitNumber.Pattern, (n, i, e) => person.AddTravelPermit(TravelPermit.Create(n, i, e)));
        ReadPermits(item, S.Compatriot.ResidencePermits, path, ResidencePermitNumber.Pattern, (n, i, e) => person.AddResidencePermit(ResidencePermit.Create(n, i, e)));
        ReadHealth(item, path, person);
        ReadServices(item, path, person);
        ReadAssessments(item, path, person);
        return person;
    }

    private void ReadPermits<TNumber>(JsonElement item, Format.Field list, string path, ValuePattern<TNumber> pattern, Action<TNumber, LocalDate, LocalDate> add)
    {
        foreach (var (permit, at) in f.Array(item, list, path))
        {
            if (!f.Object(permit, at, S.Permit.Shape))
            {
                continue;
            }

            var text = f.String(permit, S.Permit.Number, at);
            var issued = f.Date(permit, S.Permit.IssuedOn, at);
            var expires = f.Date(permit, S.Permit.ExpiresOn, at);
            if (text is null || issued is null || expires is null)
            {
                continue;
            }

            var parsed = pattern.Parse(text);
            if (parsed.Success)
            {
                Try(at, () => add(parsed.Value, issued.Value, expires.Value));
            }
            else
            {
                f.Problem(At(at, S.Permit.Number), parsed.Error.Code, parsed.Error.Message);
            }
        }
    }

    private void ReadHealth(JsonElement item, string path, Compatriot person)
    {
        foreach (var (consent, at) in f.Array(item, S.Compatriot.Consents, path))
        {
            if (f.Object(consent, at, S.Consent.Shape) && f.Date(consent, S.Consent.Date, at) is { } date)
            {
                var informed = f.Bool(consent, S.Consent.Informed, at) ?? false;
                var agreed = f.Bool(consent, S.Consent.Agreed, at) ?? false;
                var voluntary = f.Bool(consent, S.Consent.Voluntary, at) ?? false;
                Try(at, () => person.RecordVaccinationConsent(date, informed, agreed, voluntary));
            }
        }

        foreach (var (dose, at) in f.Array(item, S.Compatriot.Doses, path))
        {
            if (f.Object(dose, at, S.Dose.Shape) && f.Id<VaccinationDose>(dose, S.Dose.Id, at) is { } doseId && f.Date(dose, S.Dose.Date, at) is { } date
                && NewId("dose", doseId.Value, At(at, S.Dose.Id)))
            {
                var number = f.Int(dose, S.Dose.Number, at) ?? 1;
                Try(at, () => person.RecordVaccinationDose(doseId, date, number));
            }
        }
    }

    private void ReadServices(JsonElement item, string path, Compatriot person)
    {
        foreach (var (visit, at) in f.Array(item, S.Compatriot.CareVisits, path))
        {
            if (f.Object(visit, at, S.CareVisit.Shape) && f.Id<CareVisit>(visit, S.CareVisit.Id, at) is { } visitId && f.Date(visit, S.CareVisit.Date, at) is { } date
                && DepartmentRef(visit, S.CareVisit.Unit, at) is { } unit && f.String(visit, S.CareVisit.Purpose, at) is { } purpose && NewId("care", visitId.Value, At(at, S.CareVisit.Id)))
            {
                Try(at, () => person.RecordCareVisit(visitId, date, unit.Id, purpose));
            }
        }

        foreach (var (service, at) in f.Array(item, S.Compatriot.Services, path))
        {
            if (f.Object(service, at, S.Service.Shape) && f.Id<ServiceRendered>(service, S.Service.Id, at) is { } serviceId && f.Enum<ServiceKind>(service, S.Service.Kind, at) is { } kind
                && f.Date(service, S.Service.Date, at) is { } date && f.String(service, S.Service.Description, at) is { } description && NewId("service", serviceId.Value, At(at, S.Service.Id)))
            {
                Try(at, () => person.RecordService(serviceId, kind, date, description));
            }
        }

        foreach (var (service, at) in f.Array(item, S.Compatriot.RecurringServices, path))
        {
            if (!f.Object(service, at, S.RecurringService.Shape)
                || f.Id<RecurringService>(service, S.RecurringService.Id, at) is not { } serviceId || f.Enum<ServiceKind>(service, S.RecurringService.Kind, at) is not { } kind
                || f.Date(service, S.RecurringService.StartedOn, at) is not { } started || !NewId("recurring", serviceId.Value, At(at, S.RecurringService.Id))
                || !Try(at, () => person.StartRecurringService(serviceId, kind, started)))
            {
                continue;
            }

            var paths = new List<string>();
            var dates = f.Dates(service, S.RecurringService.Occurrences, at, paths);
            for (var i = 0; i < dates.Count; i++)
            {
                var on = dates[i];
                Try(paths[i], () => person.RecordOccurrence(serviceId, on));
            }
        }
    }

    private void ReadAssessments(JsonElement item, string path, Compatriot person)
    {
        foreach (var (assessment, at) in f.Array(item, S.Compatriot.Hardship, path))
        {
            if (f.Object(assessment, at, S.Hardship.Shape) && f.Date(assessment, S.Hardship.Date, at) is { } date && f.Bool(assessment, S.Hardship.InDifficulty, at) is { } value)
            {
                Try(at, () => person.AssessHardship(date, value));
            }
        }

        foreach (var (consent, at) in f.Array(item, S.Compatriot.PublicityConsent, path))
        {
            if (f.Object(consent, at, S.PublicityConsent.Shape) && f.Date(consent, S.PublicityConsent.Date, at) is { } date && f.Bool(consent, S.PublicityConsent.Granted, at) is { } granted)
            {
                Try(at, () => person.RecordPublicityConsent(date, granted));
            }
        }

        foreach (var (occupation, at) in f.Array(item, S.Compatriot.Occupations, path))
        {
            if (!f.Object(occupation, at, S.OccupationChange.Shape)
                || f.Enum<Occupation>(occupation, S.OccupationChange.Occupation, at) is not { } kind || f.Date(occupation, S.OccupationChange.From, at) is not { } from)
            {
                continue;
            }

            Startup? startup = null;
            var startupPath = At(at, S.OccupationChange.Startup);
            if (f.TryField(occupation, S.OccupationChange.Startup, at, out var s) && f.Object(s, startupPath, S.Startup.Shape))
            {
                var name = f.String(s, S.Startup.Name, startupPath);
                var startupDistrict = f.District(s, S.Startup.District, startupPath);
                var on = f.Date(s, S.Startup.RegisteredOn, startupPath);
                if (name is null || startupDistrict is null || on is null)
                {
                    continue;
                }

                startup = Create(startupPath, () => Startup.Create(name, startupDistrict, on.Value));
            }

            Try(at, () => person.RecordOccupation(kind, from, startup));
        }
    }
}
