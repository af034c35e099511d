using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Interchange.Format;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Mechanisms;
using S = TaiAffairs.Domain.Interchange.Format.Shapes;

namespace TaiAffairs.Domain.Interchange;

/// <content>The aggregates with records of their own.</content>
public static partial class DataSetExporter
{
    private static void LeadingGroup(JsonOut o, LeadingGroup g)
    {
        o.Id(S.LeadingGroup.Id, g.Id);
        o.District(S.LeadingGroup.District, g.District);
        o.Id(S.LeadingGroup.Office, g.Office.Id);
        o.Date(S.LeadingGroup.EstablishedOn, g.EstablishedOn);
        o.Objects(S.LeadingGroup.Leaders, g.Leaders, (l, leader) =>
        {
            l.Date(S.Leader.From, leader.From);
            l.String(S.Leader.Post, leader.Value.Post);
            l.String(S.Leader.Name, leader.Value.Name);
        });
        o.Objects(S.LeadingGroup.Deputies, g.DeputyTerms, (d, term) =>
        {
            d.String(S.Deputy.Post, term.Deputy.Post);
            d.String(S.Deputy.Name, term.Deputy.Name);
            d.Date(S.Deputy.From, term.Term.From);
            d.Date(S.Deputy.To, term.Term.To);
        });
        o.Objects(S.LeadingGroup.Adjustments, g.Adjustments, (a, adjustment) =>
        {
            a.Date(S.Adjustment.Date, adjustment.Date);
            a.Ids(S.Adjustment.Add, adjustment.Additions);
            a.Ids(S.Adjustment.Remove, adjustment.Removals);
        });
        o.Objects(S.LeadingGroup.Meetings, g.Meetings, (m, meeting) =>
        {
            m.Id(S.Meeting.Id, meeting.Id);
            m.String(S.Meeting.Kind, meeting.Kind.Name);
            m.Date(S.Meeting.Date, meeting.Date);
            m.Object(S.Meeting.Host, h => Official(h, meeting.Host));
            m.Ids(S.Meeting.Attending, meeting.AttendingUnits);
            m.Strings(S.Meeting.Topics, meeting.Topics);
        });
        o.Objects(S.LeadingGroup.Instructions, g.Instructions, (i, instruction) =>
        {
            i.Id(S.Instruction.Id, instruction.Id);
            i.Date(S.Instruction.Date, instruction.Date);
            i.String(S.Instruction.Summary, instruction.Summary);
        });
    }

    private static void Enterprise(JsonOut o, Enterprise e)
    {
        o.Id(S.Enterprise.Id, e.Id);
        o.String(S.Enterprise.CreditCode, e.CreditCode.Value);
        o.String(S.Enterprise.Name, e.Name);
        o.String(S.Enterprise.Industry, e.Industry.Name);
        o.District(S.Enterprise.District, e.DistrictHistory[0].Value);
        o.Date(S.Enterprise.RegisteredOn, e.RegisteredOn);
        o.Boolean(S.Enterprise.Operating, e.OperatingHistory[0].Value);
        o.String(S.Enterprise.Park, e.Park);
        if (e.PartyBranch is { } branch)
        {
            o.Object(S.Enterprise.PartyBranch, b =>
            {
                b.String(S.PartyBranch.Name, branch.Name);
                b.Date(S.PartyBranch.EstablishedOn, branch.EstablishedOn);
            });
        }

        o.Objects(S.Enterprise.Moves, e.DistrictHistory.Skip(1), Move);
        o.String(S.Enterprise.Area, AreaCode(e.Area));
        o.Objects(S.Enterprise.StatusChanges, e.OperatingHistory.Skip(1), (s, change) =>
        {
            s.Boolean(S.StatusChange.Operating, change.Value);
            s.Date(S.StatusChange.From, change.From);
        });
        o.Objects(S.Enterprise.Designations, e.Designations, (d, designation) =>
        {
            d.String(S.Designation.Kind, designation.Kind.Name);
            d.Date(S.Designation.AwardedOn, designation.AwardedOn);
            d.Boolean(S.Designation.RecommendedByDistrict, designation.RecommendedByDistrict);
        });
        o.Objects(S.Enterprise.Visits, e.Visits, (v, visit) =>
        {
            v.Id(S.Visit.Id, visit.Id);
            v.Date(S.Visit.Date, visit.Date);
            v.Ids(S.Visit.Visitors, visit.Visitors);
            v.String(S.Visit.Purpose, visit.Purpose);
        });
        o.Objects(S.Enterprise.SafetyFindings, e.SafetyFindings, (f, finding) =>
        {
            f.Id(S.SafetyFinding.Id, finding.Id);
            f.Date(S.SafetyFinding.FoundOn, finding.FoundOn);
            f.String(S.SafetyFinding.Description, finding.Description);
            f.Date(S.SafetyFinding.RectifiedOn, finding.RectifiedOn);
        });
        MoneyRecords(o, S.Enterprise.Donations, S.Donation.Cause, e.MoneyRecords.Where(m => m.Kind == MoneyRecordKind.Donation));
        MoneyRecords(o, S.Enterprise.Investments, S.Investment.Purpose, e.MoneyRecords.Where(m => m.Kind == MoneyRecordKind.Investment));
        o.Objects(S.Enterprise.Alliances, e.Alliances, (a, alliance) =>
        {
            a.String(S.Alliance.Name, alliance.Alliance);
            a.Date(S.Alliance.JoinedOn, alliance.JoinedOn);
        });
        o.Objects(S.Enterprise.Trainings, e.Trainings, (t, training) =>
        {
            t.Id(S.TrainingAttendance.Training, training.Training);
            t.Date(S.TrainingAttendance.Date, training.Date);
        });
    }

    private static void MoneyRecords(JsonOut o, Field list, Field text, IEnumerable<EnterpriseMoneyRecord> records) =>
        o.Objects(list, records, (m, record) =>
        {
            m.Id(S.Donation.Id, record.Id);
            m.Date(S.Donation.Date, record.Date);
            m.Money(S.Donation.Amount, record.Amount);
            m.String(text, record.Purpose);
        });

    private static void Move(JsonOut m, Common.DatedValue<Common.District> move)
    {
        m.District(S.Move.District, move.Value);
        m.Date(S.Move.From, move.From);
    }

    private static void Compatriot(JsonOut o, Compatriot c)
    {
        o.Id(S.Compatriot.Id, c.Id);
        o.String(S.Compatriot.Surname, c.Name.RevealSurname());
        o.String(S.Compatriot.GivenName, c.Name.Reveal()[c.Name.RevealSurname().Length..]);
        o.Date(S.Compatriot.BirthDate, c.Birth.Date);
        o.Integer(S.Compatriot.BirthYear, c.Birth.Date is null ? c.Birth.Year : null);
        o.District(S.Compatriot.District, c.ResidenceHistory[0].Value);
        o.Date(S.Compatriot.RegisteredOn, c.RegisteredOn);
        o.Objects(S.Compatriot.Moves, c.ResidenceHistory.Skip(1), Move);
        o.String(S.Compatriot.Area, AreaCode(c.Area));
        o.Objects(S.Compatriot.TravelPermits, c.TravelPermits, (p, permit) => Permit(p, permit.Number.Reveal(), permit.IssuedOn, permit.ExpiresOn));
        o.Objects(S.Compatriot.ResidencePermits, c.ResidencePermits, (p, permit) => Permit(p, permit.Number.Reveal(), permit.IssuedOn, permit.ExpiresOn));
        o.Objects(S.Compatriot.Consents, c.VaccinationConsents, (k, consent) =>
        {
            k.Date(S.Consent.Date, consent.Date);
            k.Boolean(S.Consent.Informed, true);
            k.Boolean(S.Consent.Agreed, true);
            k.Boolean(S.Consent.Voluntary, true);
        });
        o.Objects(S.Compatriot.Doses, c.VaccinationDoses, (d, dose) =>
        {
            d.Id(S.Dose.Id, dose.Id);
            d.Date(S.Dose.Date, dose.Date);
            d.Integer(S.Dose.Number, dose.DoseNumber);
        });
        o.Objects(S.Compatriot.CareVisits, c.CareVisits, (v, visit) =>
        {
            v.Id(S.CareVisit.Id, visit.Id);
            v.Date(S.CareVisit.Date, visit.Date);
            v.Id(S.CareVisit.Unit, visit.Unit);
            v.String(S.CareVisit.Purpose, visit.Purpose);
        });
        o.Objects(S.Compatriot.Services, c.Services, (s, service) =>
        {
            s.Id(S.Service.Id, service.Id);
            s.String(S.Service.Kind, service.Kind.Name);
            s.Date(S.Service.Date, service.Date);
            s.String(S.Service.Description, service.Description);
        });
        o.Objects(S.Compatriot.RecurringServices, c.RecurringServices, (r, service) =>
        {
            r.Id(S.RecurringService.Id, service.Id);
            r.String(S.RecurringService.Kind, service.Kind.Name);
            r.Date(S.RecurringService.StartedOn, service.StartedOn);
            r.Dates(S.RecurringService.Occurrences, service.Occurrences);
        });
        o.Objects(S.Compatriot.Hardship, c.HardshipAssessments, (h, assessment) =>
        {
            h.Date(S.Hardship.Date, assessment.From);
            h.Boolean(S.Hardship.InDifficulty, assessment.Value);
        });
        o.Objects(S.Compatriot.PublicityConsent, c.PublicityConsents, (p, consent) =>
        {
            p.Date(S.PublicityConsent.Date, consent.From);
            p.Boolean(S.PublicityConsent.Granted, consent.Value);
        });
        o.Objects(S.Compatriot.Occupations, c.OccupationHistory, (x, occupation) =>
        {
            x.String(S.OccupationChange.Occupation, occupation.Value.Occupation.Name);
            x.Date(S.OccupationChange.From, occupation.From);
            if (occupation.Value.Startup is { } startup)
            {
                x.Object(S.OccupationChange.Startup, s =>
                {
                    s.String(S.Startup.Name, startup.Name);
                    s.District(S.Startup.District, startup.RegisteredIn);
                    s.Date(S.Startup.RegisteredOn, startup.RegisteredOn);
                });
            }
        });
    }

    private static void Permit(JsonOut p, string number, NodaTime.LocalDate issuedOn, NodaTime.LocalDate expiresOn)
    {
        p.String(S.Permit.Number, number);
        p.Date(S.Permit.IssuedOn, issuedOn);
        p.Date(S.Permit.ExpiresOn, expiresOn);
    }
}
