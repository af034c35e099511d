using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Mechanisms;

namespace TaiAffairs.Domain.Interchange;

/// <summary>
/// Writes a <see cref="DataSet"/> in the JSON data-set format that <see cref="DataSetImporter"/> reads:
/// importing the export gives back the same data set (its export is identical).
/// </summary>
/// <remarks>
/// Stateless and thread-safe. The export is the interchange form of everything held, personal data included
/// (names, birth dates, permit numbers, health records): protect the file as the data requires.
/// </remarks>
public static class DataSetExporter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes a data set as JSON text.</summary>
    /// <param name="dataSet">The data set.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataSet"/> is <see langword="null"/>.</exception>
    public static string Export(DataSet dataSet)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteNumber("formatVersion", DataSetFormat.Version);
            w.WriteNumber("year", dataSet.Year);
            if (dataSet.Note is { } note)
            {
                w.WriteString("note", note);
            }

            Array(w, "departments", dataSet.Departments, Department);
            Array(w, "leadingGroups", dataSet.LeadingGroups, LeadingGroup);
            Array(w, "enterprises", dataSet.Enterprises, Enterprise);
            Array(w, "compatriots", dataSet.Compatriots, Compatriot);
            Array(w, "issues", dataSet.Issues, Issue);
            Array(w, "awards", dataSet.Awards, (w2, a) =>
            {
                w2.WriteString("id", a.Id.Value);
                w2.WriteString("recipient", a.Recipient.Value);
                w2.WriteNumber("district", a.District.Code);
                Strings(w2, "programmes", a.Programmes.Select(p => p.Name));
                w2.WriteString("level", a.Level.Name);
                w2.WriteString("amount", a.Amount.ToString("N", null));
                Date(w2, "awardedOn", a.AwardedOn);
                if (a.ProjectTitle is { } title)
                {
                    w2.WriteString("projectTitle", title);
                }

                if (a.Split is { } split)
                {
                    w2.WriteStartObject("split");
                    w2.WriteString("city", split.City.ToString("N", null));
                    w2.WriteString("district", split.District.ToString("N", null));
                    w2.WriteEndObject();
                }
            });
            Array(w, "mechanisms", dataSet.Mechanisms, Mechanism);
            Array(w, "events", dataSet.Events, (w2, e) =>
            {
                w2.WriteString("id", e.Id.Value);
                w2.WriteString("kind", e.Kind.Name);
                w2.WriteString("title", e.Title);
                Date(w2, "date", e.Date);
                w2.WriteString("venue", e.Venue);
                w2.WriteStartArray("organizers");
                foreach (var district in e.OrganizingDistricts)
                {
                    w2.WriteNumberValue(district.Code);
                }

                w2.WriteEndArray();
                Strings(w2, "partners", e.PartnerUnits.Select(p => p.Value));
                Strings(w2, "participants", e.KnownParticipants.Select(p => p.Value));
                if (e.ParticipantCount is { } count)
                {
                    Quantity(w2, "count", count);
                }

                Strings(w2, "media", e.MediaCoverage);
            });
            Array(w, "trainings", dataSet.Trainings, (w2, t) =>
            {
                w2.WriteString("id", t.Id.Value);
                w2.WriteNumber("district", t.District.Code);
                w2.WriteString("topic", t.Topic);
                Official(w2, "speaker", t.Speaker);
                Date(w2, "date", t.Date);
                if (t.Attendance is { } attendance)
                {
                    Quantity(w2, "attendance", attendance);
                }

                if (t.Audience is { } audience)
                {
                    w2.WriteString("audience", audience);
                }
            });
            Array(w, "publicity", dataSet.Publicity, (w2, p) =>
            {
                w2.WriteString("id", p.Id.Value);
                w2.WriteNumber("district", p.District.Code);
                Date(w2, "date", p.Date);
                Strings(w2, "packages", p.Packages.Select(x => x.Name));
                if (p.Sessions is { } sessions)
                {
                    Quantity(w2, "sessions", sessions);
                }

                if (p.Materials is { } materials)
                {
                    Quantity(w2, "materials", materials);
                }

                Strings(w2, "recipients", p.Recipients);
                Strings(w2, "channels", p.Channels);
            });
            Array(w, "declared", dataSet.Declared, (w2, d) =>
            {
                w2.WriteNumber("district", d.District.Code);
                w2.WriteString("key", d.Key.Name);
                if (d.Value.Money is { } money)
                {
                    w2.WriteString("amount", money.ToString("N", null));
                }
                else
                {
                    Quantity(w2, "count", d.Value.Quantity);
                }

                if (d.Label != d.Key.Label)
                {
                    w2.WriteString("label", d.Label);
                }

                if (d.Note is { } note)
                {
                    w2.WriteString("note", note);
                }

                if (d.Qualifier is { } qualifier)
                {
                    w2.WriteString("qualifier", qualifier);
                }
            });
            Array(w, "cases", dataSet.Cases, (w2, c) =>
            {
                w2.WriteString("issue", c.Issue.Value);
                w2.WriteString("theme", c.Theme.Name);
                w2.WriteString("title", c.Title);
            });
            Array(w, "titles", dataSet.Titles, (w2, t) =>
            {
                w2.WriteNumber("district", t.District.Code);
                if (t.Title is { } title)
                {
                    w2.WriteString("title", title);
                }

                w2.WriteStartObject("sections");
                foreach (var (theme, text) in t.Sections.OrderBy(s => s.Key.Value))
                {
                    w2.WriteString(theme.Name, text);
                }

                w2.WriteEndObject();
            });
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Department(Utf8JsonWriter w, Department d)
    {
        w.WriteString("id", d.Id.Value);
        w.WriteString("name", d.Name);
        w.WriteString("kind", d.Kind.Name);
        if (d.District is { } district)
        {
            w.WriteNumber("district", district.Code);
        }
    }

    private static void LeadingGroup(Utf8JsonWriter w, LeadingGroup g)
    {
        w.WriteString("id", g.Id.Value);
        w.WriteNumber("district", g.District.Code);
        w.WriteString("office", g.Office.Id.Value);
        Date(w, "establishedOn", g.EstablishedOn);
        Array(w, "leaders", g.Leaders, (w2, l) =>
        {
            Date(w2, "from", l.From);
            OfficialFields(w2, l.Value);
        });
        Array(w, "deputies", g.DeputyTerms, (w2, d) =>
        {
            OfficialFields(w2, d.Deputy);
            Date(w2, "from", d.Term.From);
            if (d.Term.To is { } to)
            {
                Date(w2, "to", to);
            }
        });
        Array(w, "adjustments", g.Adjustments, (w2, a) =>
        {
            Date(w2, "date", a.Date);
            Strings(w2, "add", a.Additions.Select(x => x.Value));
            Strings(w2, "remove", a.Removals.Select(x => x.Value));
        });
        Array(w, "meetings", g.Meetings, (w2, m) =>
        {
            w2.WriteString("id", m.Id.Value);
            w2.WriteString("kind", m.Kind.Name);
            Date(w2, "date", m.Date);
            Official(w2, "host", m.Host);
            Strings(w2, "attending", m.AttendingUnits.Select(x => x.Value));
            Strings(w2, "topics", m.Topics);
        });
        Array(w, "instructions", g.Instructions, (w2, i) =>
        {
            w2.WriteString("id", i.Id.Value);
            Date(w2, "date", i.Date);
            w2.WriteString("summary", i.Summary);
        });
    }

    private static void Enterprise(Utf8JsonWriter w, Enterprise e)
    {
        w.WriteString("id", e.Id.Value);
        w.WriteString("creditCode", e.CreditCode.Value);
        w.WriteString("name", e.Name);
        w.WriteString("industry", e.Industry.Name);
        w.WriteNumber("district", e.DistrictHistory[0].Value.Code);
        Date(w, "registeredOn", e.RegisteredOn);
        w.WriteBoolean("operating", e.OperatingHistory[0].Value);
        if (e.Park is { } park)
        {
            w.WriteString("park", park);
        }

        if (e.PartyBranch is { } branch)
        {
            w.WriteStartObject("partyBranch");
            w.WriteString("name", branch.Name);
            if (branch.EstablishedOn is { } on)
            {
                Date(w, "establishedOn", on);
            }

            w.WriteEndObject();
        }

        Array(w, "moves", e.DistrictHistory.Skip(1), (w2, m) =>
        {
            w2.WriteNumber("district", m.Value.Code);
            Date(w2, "from", m.From);
        });
        Array(w, "statusChanges", e.OperatingHistory.Skip(1), (w2, s) =>
        {
            w2.WriteBoolean("operating", s.Value);
            Date(w2, "from", s.From);
        });
        Array(w, "designations", e.Designations, (w2, d) =>
        {
            w2.WriteString("kind", d.Kind.Name);
            Date(w2, "awardedOn", d.AwardedOn);
            w2.WriteBoolean("recommendedByDistrict", d.RecommendedByDistrict);
        });
        Array(w, "visits", e.Visits, (w2, v) =>
        {
            w2.WriteString("id", v.Id.Value);
            Date(w2, "date", v.Date);
            Strings(w2, "visitors", v.Visitors.Select(x => x.Value));
            w2.WriteString("purpose", v.Purpose);
        });
        Array(w, "safetyFindings", e.SafetyFindings, (w2, f) =>
        {
            w2.WriteString("id", f.Id.Value);
            Date(w2, "foundOn", f.FoundOn);
            w2.WriteString("description", f.Description);
            if (f.RectifiedOn is { } on)
            {
                Date(w2, "rectifiedOn", on);
            }
        });
        foreach (var (name, kind, field) in new[] { ("donations", MoneyRecordKind.Donation, "cause"), ("investments", MoneyRecordKind.Investment, "purpose") })
        {
            Array(w, name, e.MoneyRecords.Where(m => m.Kind == kind), (w2, m) =>
            {
                w2.WriteString("id", m.Id.Value);
                Date(w2, "date", m.Date);
                w2.WriteString("amount", m.Amount.ToString("N", null));
                w2.WriteString(field, m.Purpose);
            });
        }

        Array(w, "alliances", e.Alliances, (w2, a) =>
        {
            w2.WriteString("name", a.Alliance);
            Date(w2, "joinedOn", a.JoinedOn);
        });
        Array(w, "trainings", e.Trainings, (w2, t) =>
        {
            w2.WriteString("training", t.Training.Value);
            Date(w2, "date", t.Date);
        });
    }

    private static void Compatriot(Utf8JsonWriter w, Compatriot c)
    {
        w.WriteString("id", c.Id.Value);
        w.WriteString("surname", c.Name.RevealSurname());
        w.WriteString("givenName", c.Name.Reveal()[c.Name.RevealSurname().Length..]);
        if (c.Birth.Date is { } birth)
        {
            Date(w, "birthDate", birth);
        }
        else
        {
            w.WriteNumber("birthYear", c.Birth.Year);
        }

        w.WriteNumber("district", c.ResidenceHistory[0].Value.Code);
        Date(w, "registeredOn", c.RegisteredOn);
        Array(w, "moves", c.ResidenceHistory.Skip(1), (w2, m) =>
        {
            w2.WriteNumber("district", m.Value.Code);
            Date(w2, "from", m.From);
        });
        Array(w, "travelPermits", c.TravelPermits, (w2, p) =>
        {
            w2.WriteString("number", p.Number.Reveal());
            Date(w2, "issuedOn", p.IssuedOn);
            Date(w2, "expiresOn", p.ExpiresOn);
        });
        Array(w, "residencePermits", c.ResidencePermits, (w2, p) =>
        {
            w2.WriteString("number", p.Number.Reveal());
            Date(w2, "issuedOn", p.IssuedOn);
            Date(w2, "expiresOn", p.ExpiresOn);
        });

        Array(w, "consents", c.VaccinationConsents, (w2, k) =>
        {
            Date(w2, "date", k.Date);
            w2.WriteBoolean("informed", true);
            w2.WriteBoolean("agreed", true);
            w2.WriteBoolean("voluntary", true);
        });
        Array(w, "doses", c.VaccinationDoses, (w2, d) =>
        {
            w2.WriteString("id", d.Id.Value);
            Date(w2, "date", d.Date);
            w2.WriteNumber("dose", d.DoseNumber);
        });
        Array(w, "careVisits", c.CareVisits, (w2, v) =>
        {
            w2.WriteString("id", v.Id.Value);
            Date(w2, "date", v.Date);
            w2.WriteString("unit", v.Unit.Value);
            w2.WriteString("purpose", v.Purpose);
        });
        Array(w, "services", c.Services, (w2, s) =>
        {
            w2.WriteString("id", s.Id.Value);
            w2.WriteString("kind", s.Kind.Name);
            Date(w2, "date", s.Date);
            w2.WriteString("description", s.Description);
        });
        Array(w, "recurringServices", c.RecurringServices, (w2, r) =>
        {
            w2.WriteString("id", r.Id.Value);
            w2.WriteString("kind", r.Kind.Name);
            Date(w2, "startedOn", r.StartedOn);
            Strings(w2, "occurrences", r.Occurrences.Select(IsoDate));
        });
        Array(w, "hardship", c.HardshipAssessments, (w2, h) =>
        {
            Date(w2, "date", h.From);
            w2.WriteBoolean("inDifficulty", h.Value);
        });
        Array(w, "publicityConsent", c.PublicityConsents, (w2, p) =>
        {
            Date(w2, "date", p.From);
            w2.WriteBoolean("granted", p.Value);
        });
        Array(w, "occupations", c.OccupationHistory, (w2, o) =>
        {
            w2.WriteString("occupation", o.Value.Occupation.Name);
            Date(w2, "from", o.From);
            if (o.Value.Startup is { } startup)
            {
                w2.WriteStartObject("startup");
                w2.WriteString("name", startup.Name);
                w2.WriteNumber("district", startup.RegisteredIn.Code);
                Date(w2, "registeredOn", startup.RegisteredOn);
                w2.WriteEndObject();
            }
        });
    }

    private static void Issue(Utf8JsonWriter w, ServiceIssue i)
    {
        w.WriteString("id", i.Id.Value);
        w.WriteNumber("district", i.District.Code);
        w.WriteStartObject("subject");
        w.WriteString(i.Subject.IsEnterprise ? "enterprise" : "compatriot", i.Subject.Key);
        w.WriteEndObject();
        w.WriteString("category", i.Category.Name);
        w.WriteString("channel", i.Channel.Name);
        Date(w, "raisedOn", i.RaisedOn);
        w.WriteString("summary", i.Summary);
        if (i.Deadline is { } deadline)
        {
            w.WriteStartObject("deadline");
            w.WriteNumber("workingDays", deadline.WorkingDays);
            Date(w, "countedFrom", deadline.CountedFrom);
            w.WriteEndObject();
        }

        var lastAssigned = -1;
        var lastResolved = -1;
        for (var s = 1; s < i.History.Count; s++)
        {
            lastAssigned = i.History[s].To == IssueStatus.Assigned ? s : lastAssigned;
            lastResolved = i.History[s].To == IssueStatus.Resolved ? s : lastResolved;
        }

        w.WriteStartArray("steps");
        for (var s = 1; s < i.History.Count; s++)
        {
            var step = i.History[s];
            w.WriteStartObject();
            w.WriteString("to", step.To.Name);
            Date(w, "date", step.Date);
            if (step.To == IssueStatus.Assigned)
            {
                var assignment = s == lastAssigned ? i.Assignment! : null;
                w.WriteString("lead", step.Department!.Value.Value);
                Strings(w, "co", assignment?.CoDepartments.Select(x => x.Value) ?? []);
            }
            else if (step.To == IssueStatus.Resolved)
            {
                w.WriteString("by", step.Department!.Value.Value);
                w.WriteString("outcome", step.Reason);
                if (s == lastResolved && i.ApplicantTrips is { } trips)
                {
                    w.WriteNumber("applicantTrips", trips);
                }
            }
            else if (step.Reason is { } reason)
            {
                w.WriteString("reason", reason);
            }

            w.WriteEndObject();
            if (s == lastAssigned)
            {
                foreach (var (department, on) in i.Assignment!.ReportIns.OrderBy(r => r.Value).ThenBy(r => r.Key))
                {
                    w.WriteStartObject();
                    w.WriteString("reportIn", department.Value);
                    Date(w, "date", on);
                    w.WriteEndObject();
                }
            }
        }

        w.WriteEndArray();
    }

    private static void Mechanism(Utf8JsonWriter w, ServiceMechanism m)
    {
        w.WriteString("id", m.Id.Value);
        w.WriteNumber("district", m.District.Code);
        w.WriteString("kind", m.Kind.Name);
        w.WriteString("name", m.Name);
        Date(w, "startedOn", m.StartedOn);
        w.WriteStartObject("terms");
        switch (m.Terms)
        {
            case GreenChannelTerms g:
                w.WriteBoolean("oneWindow", g.OneWindow);
                w.WriteBoolean("jointApproval", g.JointApproval);
                w.WriteNumber("workingDayLimit", g.WorkingDayLimit);
                w.WriteBoolean("oneTrip", g.OneTrip);
                Strings(w, "partners", g.PartnerUnits.Select(p => p.Value));
                break;
            case WhistleAndReportTerms r:
                w.WriteNumber("reportInWorkingDays", r.ReportInWorkingDays);
                break;
            case SanZhuanTerms z:
                Strings(w, "topics", z.Topics);
                Array(w, "units", z.Units, (w2, u) =>
                {
                    w2.WriteString("unit", u.Unit.Value);
                    w2.WriteStartObject("roles");
                    foreach (var (role, official) in u.Roles.OrderBy(r => r.Key))
                    {
                        Official(w2, role.ToString(), official);
                    }

                    w2.WriteEndObject();
                    w2.WriteStartObject("contacts");
                    foreach (var (channel, contact) in u.Contacts.OrderBy(c => c.Key))
                    {
                        w2.WriteString(channel.ToString(), contact);
                    }

                    w2.WriteEndObject();
                });
                break;
            case ThreeTierNetworkTerms n:
                if (n.DistrictOffice is { } office)
                {
                    w.WriteString("districtOffice", office.Value);
                }

                if (n.StreetCommittee is { } street)
                {
                    w.WriteString("streetCommittee", street.Value);
                }

                if (n.CommunityCommittee is { } community)
                {
                    w.WriteString("communityCommittee", community.Value);
                }

                Strings(w, "tasks", n.Tasks);
                w.WriteNumber("declaredTaskCount", n.DeclaredTaskCount);
                break;
            case StandingArrangementTerms s:
                w.WriteString("partner", s.Partner);
                Strings(w, "members", s.Members.Select(x => x.Value));
                if (s.EndsOn is { } ends)
                {
                    Date(w, "endsOn", ends);
                }

                break;
        }

        w.WriteEndObject();
        Strings(w, "cases", m.Cases.Select(c => c.Value));
    }

    private static void Official(Utf8JsonWriter w, string name, Official official)
    {
        w.WriteStartObject(name);
        OfficialFields(w, official);
        w.WriteEndObject();
    }

    private static void OfficialFields(Utf8JsonWriter w, Official official)
    {
        w.WriteString("post", official.Post);
        if (official.Name is { } person)
        {
            w.WriteString("name", person);
        }
    }

    private static void Quantity(Utf8JsonWriter w, string name, ReportedQuantity quantity)
    {
        w.WriteStartObject(name);
        w.WriteString("phrase", quantity.ToString());
        w.WriteNumber("lower", quantity.Lower);
        if (quantity.Upper is { } upper)
        {
            w.WriteNumber("upper", upper);
        }
        else
        {
            w.WriteNull("upper");
        }

        w.WriteEndObject();
    }

    private static void Array<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            write(w, item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void Date(Utf8JsonWriter w, string name, LocalDate date) => w.WriteString(name, IsoDate(date));

    private static string IsoDate(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
