using TaiAffairs.Domain.Compatriots;

namespace TaiAffairs.Domain.Interchange.Format;

/// <content>Compatriots and the records kept about them.</content>
internal static partial class Shapes
{
    internal static class Consent
    {
        public static readonly Field Date = Field.Date("date");
        public static readonly Field Informed = Field.Boolean("informed");
        public static readonly Field Agreed = Field.Boolean("agreed");
        public static readonly Field Voluntary = Field.Boolean("voluntary");
        public static readonly Shape Shape = new("consent", "Vaccination consent: informed, agreed and voluntary (知情、同意、自愿).", Date, Informed, Agreed, Voluntary);
    }

    internal static class Dose
    {
        public static readonly Field Id = Field.Id("id");
        public static readonly Field Date = Field.Date("date");
        public static readonly Field Number = Field.Integer("dose", required: false, description: "The dose number, 1 to 10; 1 when absent.");
        public static readonly Shape Shape = new("dose", "A vaccination dose (health data: sensitive).", Id, Date, Number);
    }

    internal static class CareVisit
    {
        public static readonly Field Id = Field.Id("id");
        public static readonly Field Date = Field.Date("date");
        public static readonly Field Unit = Field.Id("unit", description: "The visiting department.");
        public static readonly Field Purpose = Field.String("purpose");
        public static readonly Shape Shape = new("careVisit", "A care visit to the person.", Id, Date, Unit, Purpose);
    }

    internal static class Service
    {
        public static readonly Field Id = Field.Id("id");
        public static readonly Field Kind = Field.SmartEnum<ServiceKind>("kind");
        public static readonly Field Date = Field.Date("date");
        public static readonly Field Description = Field.String("description");
        public static readonly Shape Shape = new("service", "A service rendered to the person.", Id, Kind, Date, Description);
    }

    internal static class RecurringService
    {
        public static readonly Field Id = Field.Id("id");
        public static readonly Field Kind = Field.SmartEnum<ServiceKind>("kind");
        public static readonly Field StartedOn = Field.Date("startedOn");
        public static readonly Field Occurrences = Field.Dates("occurrences");
        public static readonly Shape Shape = new("recurringService", "A service rendered again and again (代缴水费), with its occurrences.", Id, Kind, StartedOn, Occurrences);
    }

    internal static class Hardship
    {
        public static readonly Field Date = Field.Date("date");
        public static readonly Field InDifficulty = Field.Boolean("inDifficulty");
        public static readonly Shape Shape = new("hardship", "A dated assessment of hardship.", Date, InDifficulty);
    }

    internal static class PublicityConsent
    {
        public static readonly Field Date = Field.Date("date");
        public static readonly Field Granted = Field.Boolean("granted");
        public static readonly Shape Shape = new("publicityConsent", "Consent (or its withdrawal) to be named in publicity.", Date, Granted);
    }

    internal static class Startup
    {
        public static readonly Field Name = Field.String("name");
        public static readonly Field District = Field.District("district");
        public static readonly Field RegisteredOn = Field.Date("registeredOn");
        public static readonly Shape Shape = new("startup", "An entrepreneur's startup.", Name, District, RegisteredOn);
    }

    internal static class OccupationChange
    {
        public static readonly Field Occupation = Field.SmartEnum<Occupation>("occupation");
        public static readonly Field From = Field.Date("from");
        public static readonly Field Startup = Field.Object("startup", Shapes.Startup.Shape, required: false, description: "An entrepreneur's startup; only an entrepreneur has one.");
        public static readonly Shape Shape = new("occupationChange", "The person's occupation from a date.", Occupation, From, Startup);
    }

    internal static class Compatriot
    {
        public static readonly Field Id = Field.Id("id");
        public static readonly Field Surname = Field.String("surname", description: "Personal data.");
        public static readonly Field GivenName = Field.String("givenName", description: "Personal data.");
        public static readonly Field BirthDate = Field.Date("birthDate", required: false, description: "Personal data; exactly one of birthDate and birthYear.");
        public static readonly Field BirthYear = Field.Integer("birthYear", required: false);
        public static readonly Field District = Field.District("district", description: "The district of residence at registration; later ones are moves.");
        public static readonly Field RegisteredOn = Field.Date("registeredOn");
        public static readonly Field Moves = Field.Objects("moves", Move.Shape);
        public static readonly Field Area = Field.String("area", required: false, description: "Personal data: the code of the area of the current residence district (version 2).");
        public static readonly Field TravelPermits = Field.Objects("travelPermits", Permit.Shape);
        public static readonly Field ResidencePermits = Field.Objects("residencePermits", Permit.Shape);
        public static readonly Field Consents = Field.Objects("consents", Consent.Shape);
        public static readonly Field Doses = Field.Objects("doses", Dose.Shape);
        public static readonly Field CareVisits = Field.Objects("careVisits", CareVisit.Shape);
        public static readonly Field Services = Field.Objects("services", Service.Shape);
        public static readonly Field RecurringServices = Field.Objects("recurringServices", RecurringService.Shape);
        public static readonly Field Hardship = Field.Objects("hardship", Shapes.Hardship.Shape);
        public static readonly Field PublicityConsent = Field.Objects("publicityConsent", Shapes.PublicityConsent.Shape);
        public static readonly Field Occupations = Field.Objects("occupations", OccupationChange.Shape);
        public static readonly Shape Shape = new Shape(
            "compatriot", "A Taiwan compatriot and the records kept about the person; much of it is personal data.",
            Id, Surname, GivenName, BirthDate, BirthYear, District, RegisteredOn, Moves, Area, TravelPermits, ResidencePermits, Consents, Doses, CareVisits, Services,
            RecurringServices, Hardship, PublicityConsent, Occupations, Note.Illustrative, Note.EditorNote)
            .WithExactlyOneOf(BirthDate, BirthYear);
    }
}
