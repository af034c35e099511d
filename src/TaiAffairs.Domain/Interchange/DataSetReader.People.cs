using System.Text.Json;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots;

namespace TaiAffairs.Domain.Interchange;

/// <summary>Compatriots.</summary>
internal sealed partial class DataSetReader
{
    private Compatriot? ReadCompatriot(JsonElement item, string path)
    {
        if (!f.Object(item, path, "id", "surname", "givenName", "birthDate", "birthYear", "district", "registeredOn", "moves", "travelPermits", "residencePermits",
                "consents", "doses", "careVisits", "services", "recurringServices", "hardship", "publicityConsent", "occupations"))
        {
            return null;
        }

        var id = f.Id<Compatriot>(item, "id", path);
        var surname = f.String(item, "surname", path);
        var given = f.String(item, "givenName", path);
        var birthDate = f.Date(item, "birthDate", path, required: false);
        var birthYear = f.Int(item, "birthYear", path, required: false);
        var district = f.District(item, "district", path);
        var registered = f.Date(item, "registeredOn", path);
        if ((birthDate is null) == (birthYear is null))
        {
            f.Problem(path, "field.missing", "A compatriot has exactly one of \"birthDate\" and \"birthYear\".");
            return null;
        }

        if (id is null || surname is null || given is null || district is null || registered is null || !NewId("compatriot", id.Value.Value, path + ".id"))
        {
            return null;
        }

        var person = Create(path, () => Compatriot.Register(
            id.Value, PersonName.Create(surname, given), birthDate is { } d ? BirthInfo.OnDate(d) : BirthInfo.InYear(birthYear!.Value), district, registered.Value));
        if (person is null)
        {
            return null;
        }

        compatriots[person.Id] = person;
        foreach (var (move, at) in f.Array(item, "moves", path))
        {
            if (f.Object(move, at, "district", "from") && f.District(move, "district", at) is { } to && f.Date(move, "from", at) is { } from)
            {
                Try(at, () => person.MoveTo(to, from));
            }
        }

        foreach (var (permit, at) in f.Array(item, "travelPermits", path))
        {
            if (ReadPermitFields(permit, at, out var number, out var issued, out var expires))
            {
                var parsed = TravelPermitNumber.Pattern.Parse(number);
                if (!parsed.Success)
                {
                    f.Problem(at + ".number", parsed.Error.Code, parsed.Error.Message);
                    continue;
                }

                Try(at, () => person.AddTravelPermit(TravelPermit.Create(parsed.Value, issued, expires)));
            }
        }

        foreach (var (residence, at) in f.Array(item, "residencePermits", path))
        {
            if (!ReadPermitFields(residence, at, out var residenceNumber, out var rIssued, out var rExpires))
            {
                continue;
            }

            var parsed = ResidencePermitNumber.Pattern.Parse(residenceNumber);
            if (parsed.Success)
            {
                Try(at, () => person.AddResidencePermit(ResidencePermit.Create(parsed.Value, rIssued, rExpires)));
            }
            else
            {
                f.Problem(at + ".number", parsed.Error.Code, parsed.Error.Message);
            }
        }

        foreach (var (consent, at) in f.Array(item, "consents", path))
        {
            if (f.Object(consent, at, "date", "informed", "agreed", "voluntary") && f.Date(consent, "date", at) is { } date)
            {
                var informed = f.Bool(consent, "informed", at) ?? false;
                var agreed = f.Bool(consent, "agreed", at) ?? false;
                var voluntary = f.Bool(consent, "voluntary", at) ?? false;
                Try(at, () => person.RecordVaccinationConsent(date, informed, agreed, voluntary));
            }
        }

        foreach (var (dose, at) in f.Array(item, "doses", path))
        {
            if (f.Object(dose, at, "id", "date", "dose") && f.Id<VaccinationDose>(dose, "id", at) is { } doseId && f.Date(dose, "date", at) is { } date
                && NewId("dose", doseId.Value, at + ".id"))
            {
                var number = f.Int(dose, "dose", at, required: false) ?? 1;
                Try(at, () => person.RecordVaccinationDose(doseId, date, number));
            }
        }

        foreach (var (visit, at) in f.Array(item, "careVisits", path))
        {
            if (f.Object(visit, at, "id", "date", "unit", "purpose") && f.Id<CareVisit>(visit, "id", at) is { } visitId && f.Date(visit, "date", at) is { } date
                && DepartmentRef(visit, "unit", at) is { } unit && f.String(visit, "purpose", at) is { } purpose && NewId("care", visitId.Value, at + ".id"))
            {
                Try(at, () => person.RecordCareVisit(visitId, date, unit.Id, purpose));
            }
        }

        foreach (var (service, at) in f.Array(item, "services", path))
        {
            if (f.Object(service, at, "id", "kind", "date", "description") && f.Id<ServiceRendered>(service, "id", at) is { } serviceId && f.Enum<ServiceKind>(service, "kind", at) is { } kind
                && f.Date(service, "date", at) is { } date && f.String(service, "description", at) is { } description && NewId("service", serviceId.Value, at + ".id"))
            {
                Try(at, () => person.RecordService(serviceId, kind, date, description));
            }
        }

        foreach (var (service, at) in f.Array(item, "recurringServices", path))
        {
            if (!f.Object(service, at, "id", "kind", "startedOn", "occurrences")
                || f.Id<RecurringService>(service, "id", at) is not { } serviceId || f.Enum<ServiceKind>(service, "kind", at) is not { } kind
                || f.Date(service, "startedOn", at) is not { } started || !NewId("recurring", serviceId.Value, at + ".id")
                || !Try(at, () => person.StartRecurringService(serviceId, kind, started)))
            {
                continue;
            }

            foreach (var (occurrence, occurrencePath) in f.Array(service, "occurrences", at))
            {
                if (occurrence.ValueKind != JsonValueKind.String || !NodaTime.Text.LocalDatePattern.Iso.Parse(occurrence.GetString()!).TryGetValue(default, out var on))
                {
                    f.Problem(occurrencePath, "field.format", "Expected an ISO date, yyyy-MM-dd.");
                    continue;
                }

                Try(occurrencePath, () => person.RecordOccurrence(serviceId, on));
            }
        }

        foreach (var (assessment, at) in f.Array(item, "hardship", path))
        {
            if (f.Object(assessment, at, "date", "inDifficulty") && f.Date(assessment, "date", at) is { } date && f.Bool(assessment, "inDifficulty", at) is { } value)
            {
                Try(at, () => person.AssessHardship(date, value));
            }
        }

        foreach (var (consent, at) in f.Array(item, "publicityConsent", path))
        {
            if (f.Object(consent, at, "date", "granted") && f.Date(consent, "date", at) is { } date && f.Bool(consent, "granted", at) is { } granted)
            {
                Try(at, () => person.RecordPublicityConsent(date, granted));
            }
        }

        foreach (var (occupation, at) in f.Array(item, "occupations", path))
        {
            if (!f.Object(occupation, at, "occupation", "from", "startup") || f.Enum<Occupation>(occupation, "occupation", at) is not { } kind || f.Date(occupation, "from", at) is not { } from)
            {
                continue;
            }

            Startup? startup = null;
            if (f.TryField(occupation, "startup", at, false, out var s) && f.Object(s, at + ".startup", "name", "district", "registeredOn"))
            {
                var name = f.String(s, "name", at + ".startup");
                var startupDistrict = f.District(s, "district", at + ".startup");
                var on = f.Date(s, "registeredOn", at + ".startup");
                if (name is null || startupDistrict is null || on is null)
                {
                    continue;
                }

                startup = Create(at + ".startup", () => Startup.Create(name, startupDistrict, on.Value));
            }

            Try(at, () => person.RecordOccupation(kind, from, startup));
        }

        return person;
    }

    private bool ReadPermitFields(JsonElement permit, string path, out string number, out NodaTime.LocalDate issued, out NodaTime.LocalDate expires)
    {
        number = string.Empty;
        issued = expires = default;
        if (!f.Object(permit, path, "number", "issuedOn", "expiresOn"))
        {
            return false;
        }

        var n = f.String(permit, "number", path);
        var i = f.Date(permit, "issuedOn", path);
        var e = f.Date(permit, "expiresOn", path);
        if (n is null || i is null || e is null)
        {
            return false;
        }

        (number, issued, expires) = (n, i.Value, e.Value);
        return true;
    }
}
