using System.Text.Json;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Exchanges;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Mechanisms;
using TaiAffairs.Domain.Subsidies;

namespace TaiAffairs.Domain.Interchange;

/// <summary>Issues, awards, mechanisms, events, trainings and publicity.</summary>
internal sealed partial class DataSetReader
{
    private ServiceIssue? ReadIssue(JsonElement item, string path)
    {
        if (!f.Object(item, path, "id", "district", "subject", "category", "channel", "raisedOn", "summary", "deadline", "steps"))
        {
            return null;
        }

        var id = f.Id<ServiceIssue>(item, "id", path);
        var district = f.District(item, "district", path);
        var subject = ReadSubject(item, path);
        var category = f.Enum<IssueCategory>(item, "category", path);
        var channel = f.Enum<IssueChannel>(item, "channel", path);
        var raised = f.Date(item, "raisedOn", path);
        var summary = f.String(item, "summary", path);
        if (id is null || district is null || subject is null || category is null || channel is null || raised is null || summary is null
            || !NewId("issue", id.Value.Value, path + ".id"))
        {
            return null;
        }

        var issue = Create(path, () => ServiceIssue.Raise(id.Value, district, subject.Value, category, channel, raised.Value, summary));
        if (issue is null)
        {
            return null;
        }

        issues[issue.Id] = issue;
        if (f.TryField(item, "deadline", path, false, out var deadline) && f.Object(deadline, path + ".deadline", "workingDays", "countedFrom")
            && f.Int(deadline, "workingDays", path + ".deadline") is { } days && f.Date(deadline, "countedFrom", path + ".deadline") is { } from)
        {
            Try(path + ".deadline", () => issue.SetDeadline(days, from));
        }

        foreach (var (step, at) in f.Array(item, "steps", path))
        {
            if (!f.Object(step, at, "to", "date", "lead", "co", "by", "outcome", "applicantTrips", "reason", "reportIn") || f.Date(step, "date", at) is not { } date)
            {
                continue;
            }

            if (step.TryGetProperty("reportIn", out _))
            {
                if (DepartmentRef(step, "reportIn", at) is { } reporting)
                {
                    Try(at, () => issue.RecordReportIn(reporting.Id, date));
                }

                continue;
            }

            var to = f.String(step, "to", at);
            switch (to)
            {
                case null:
                    break;
                case "Accepted":
                    Try(at, () => issue.Accept(date));
                    break;
                case "Assigned":
                    if (DepartmentRef(step, "lead", at) is { } lead)
                    {
                        var co = DepartmentRefs(step, "co", at);
                        Try(at, () => issue.Assign(date, lead.Id, co));
                    }

                    break;
                case "Resolved":
                    var by = DepartmentRef(step, "by", at);
                    var outcome = f.String(step, "outcome", at);
                    var trips = f.Int(step, "applicantTrips", at, required: false);
                    if (by is not null && outcome is not null)
                    {
                        Try(at, () => issue.Resolve(date, by.Id, outcome, trips));
                    }

                    break;
                case "ClosedUnresolved":
                    var closeReason = f.String(step, "reason", at, required: false);
                    Try(at, () => issue.CloseUnresolved(date, closeReason ?? string.Empty));
                    break;
                case "Reopened":
                    var reopenReason = f.String(step, "reason", at, required: false);
                    Try(at, () => issue.Reopen(date, reopenReason ?? string.Empty));
                    break;
                default:
                    f.Problem(at + ".to", "field.enum", "Unknown step; expected Accepted, Assigned, Resolved, ClosedUnresolved or Reopened (or a reportIn).");
                    break;
            }
        }

        return issue;
    }

    private IssueSubject? ReadSubject(JsonElement item, string path)
    {
        if (!f.TryField(item, "subject", path, true, out var subject))
        {
            return null;
        }

        var at = path + ".subject";
        if (!f.Object(subject, at, "enterprise", "compatriot"))
        {
            return null;
        }

        var hasEnterprise = subject.TryGetProperty("enterprise", out _);
        if (hasEnterprise == subject.TryGetProperty("compatriot", out _))
        {
            f.Problem(at, "field.missing", "A subject names exactly one of \"enterprise\" and \"compatriot\".");
            return null;
        }

        if (hasEnterprise)
        {
            var id = f.Id<Enterprise>(subject, "enterprise", at);
            return id is { } e && Resolve(enterprises, e, at + ".enterprise", "enterprise") is not null ? IssueSubject.Enterprise(e) : null;
        }

        var person = f.Id<Compatriot>(subject, "compatriot", at);
        return person is { } c && Resolve(compatriots, c, at + ".compatriot", "compatriot") is not null ? IssueSubject.Compatriot(c) : null;
    }

    private SubsidyAward? ReadAward(JsonElement item, string path)
    {
        if (!f.Object(item, path, "id", "recipient", "district", "programmes", "level", "amount", "awardedOn", "projectTitle", "split"))
        {
            return null;
        }

        var id = f.Id<SubsidyAward>(item, "id", path);
        var recipientId = f.Id<Enterprise>(item, "recipient", path);
        var recipient = recipientId is { } r ? Resolve(enterprises, r, path + ".recipient", "enterprise") : null;
        var district = f.District(item, "district", path);
        var programmes = new List<SubsidyProgramme>();
        foreach (var (programme, at) in f.Array(item, "programmes", path, required: true))
        {
            if (programme.ValueKind == JsonValueKind.String && SubsidyProgramme.TryFromName(programme.GetString()!, out var p))
            {
                programmes.Add(p);
            }
            else
            {
                f.Problem(at, "field.enum", $"Unknown SubsidyProgramme; expected one of {string.Join(", ", SubsidyProgramme.All.Select(x => x.Name))}.");
            }
        }

        var level = f.Enum<FundingLevel>(item, "level", path);
        var amount = f.Money(item, "amount", path);
        var awardedOn = f.Date(item, "awardedOn", path);
        var title = f.String(item, "projectTitle", path, required: false);
        FundingSplit? split = null;
        if (f.TryField(item, "split", path, false, out var splitElement) && f.Object(splitElement, path + ".split", "city", "district"))
        {
            var city = f.Money(splitElement, "city", path + ".split");
            var part = f.Money(splitElement, "district", path + ".split");
            if (city is not null && part is not null)
            {
                split = Create(path + ".split", () => FundingSplit.Create(city.Value, part.Value));
            }
        }

        if (id is null || recipient is null || district is null || level is null || amount is null || awardedOn is null || !NewId("award", id.Value.Value, path + ".id"))
        {
            return null;
        }

        var award = Create(path, () => SubsidyAward.Grant(id.Value, recipient, district, programmes, level, amount.Value, awardedOn.Value, title, split));
        if (award is null)
        {
            return null;
        }

        // The once-a-year rule of a programme holds across the whole document: each award joins its district's register.
        if (!registers.TryGetValue((award.District, award.Year), out var register))
        {
            registers[(award.District, award.Year)] = register = new AwardRegister(award.District, award.Year);
        }

        return Try(path, () => register.Add(award)) ? award : null;
    }

    private ServiceMechanism? ReadMechanism(JsonElement item, string path)
    {
        if (!f.Object(item, path, "id", "district", "kind", "name", "startedOn", "terms", "cases"))
        {
            return null;
        }

        var id = f.Id<ServiceMechanism>(item, "id", path);
        var district = f.District(item, "district", path);
        var kind = f.Enum<MechanismKind>(item, "kind", path);
        var name = f.String(item, "name", path);
        var started = f.Date(item, "startedOn", path);
        var terms = kind is not null && f.TryField(item, "terms", path, true, out var termsElement) ? ReadTerms(kind, termsElement, path + ".terms") : null;
        if (id is null || district is null || kind is null || name is null || started is null || terms is null || !NewId("mechanism", id.Value.Value, path + ".id"))
        {
            return null;
        }

        var mechanism = Create(path, () => ServiceMechanism.Establish(id.Value, district, kind, name, started.Value, terms));
        if (mechanism is null)
        {
            return null;
        }

        foreach (var (issueRef, at) in f.Array(item, "cases", path))
        {
            if (issueRef.ValueKind == JsonValueKind.String && f.IdOf<ServiceIssue>(issueRef.GetString()!, at) is { } issueId && Resolve(issues, issueId, at, "issue") is { } issue)
            {
                Try(at, () => mechanism.RecordCase(issue));
            }
            else if (issueRef.ValueKind != JsonValueKind.String)
            {
                f.Problem(at, "field.type", "Expected an issue id.");
            }
        }

        return mechanism;
    }

    private MechanismTerms? ReadTerms(MechanismKind kind, JsonElement terms, string at)
    {
        if (kind == MechanismKind.QuarterlyRoundTable)
        {
            return f.Object(terms, at) ? QuarterlyRoundTableTerms.Instance : null;
        }

        if (kind == MechanismKind.GreenChannel)
        {
            if (!f.Object(terms, at, "oneWindow", "jointApproval", "workingDayLimit", "oneTrip", "partners"))
            {
                return null;
            }

            var oneWindow = f.Bool(terms, "oneWindow", at);
            var joint = f.Bool(terms, "jointApproval", at);
            var limit = f.Int(terms, "workingDayLimit", at);
            var oneTrip = f.Bool(terms, "oneTrip", at);
            var partners = DepartmentRefs(terms, "partners", at);
            return oneWindow is null || joint is null || limit is null || oneTrip is null
                ? null
                : Create(at, () => GreenChannelTerms.Create(oneWindow.Value, joint.Value, limit.Value, oneTrip.Value, partners));
        }

        if (kind == MechanismKind.WhistleAndReport)
        {
            return f.Object(terms, at, "reportInWorkingDays") && f.Int(terms, "reportInWorkingDays", at) is { } days ? Create(at, () => WhistleAndReportTerms.Create(days)) : null;
        }

        if (kind == MechanismKind.SanZhuan)
        {
            if (!f.Object(terms, at, "topics", "units"))
            {
                return null;
            }

            var topics = f.Strings(terms, "topics", at);
            var units = new List<SanZhuanUnit>();
            foreach (var (unit, unitPath) in f.Array(terms, "units", at, required: true))
            {
                if (!f.Object(unit, unitPath, "unit", "roles", "contacts") || DepartmentRef(unit, "unit", unitPath) is not { } department)
                {
                    continue;
                }

                var roles = new Dictionary<ResponsibilityRole, Official>();
                if (f.TryField(unit, "roles", unitPath, false, out var roleMap) && f.Object(roleMap, unitPath + ".roles", Enum.GetNames<ResponsibilityRole>()))
                {
                    foreach (var role in Enum.GetValues<ResponsibilityRole>())
                    {
                        if (ReadOfficial(roleMap, role.ToString(), unitPath + ".roles", required: false) is { } official)
                        {
                            roles[role] = official;
                        }
                    }
                }

                var contacts = new Dictionary<ContactChannel, string>();
                if (f.TryField(unit, "contacts", unitPath, false, out var contactMap) && f.Object(contactMap, unitPath + ".contacts", Enum.GetNames<ContactChannel>()))
                {
                    foreach (var channel in Enum.GetValues<ContactChannel>())
                    {
                        if (f.String(contactMap, channel.ToString(), unitPath + ".contacts", required: false) is { } contact)
                        {
                            contacts[channel] = contact;
                        }
                    }
                }

                if (Create(unitPath, () => SanZhuanUnit.Create(department.Id, roles, contacts)) is { } chain)
                {
                    units.Add(chain);
                }
            }

            return Create(at, () => SanZhuanTerms.Create(topics, units));
        }

        if (kind == MechanismKind.ThreeTierNetwork)
        {
            if (!f.Object(terms, at, "districtOffice", "streetCommittee", "communityCommittee", "tasks", "declaredTaskCount"))
            {
                return null;
            }

            var office = DepartmentRef(terms, "districtOffice", at, required: false)?.Id;
            var street = DepartmentRef(terms, "streetCommittee", at, required: false)?.Id;
            var community = DepartmentRef(terms, "communityCommittee", at, required: false)?.Id;
            var tasks = f.Strings(terms, "tasks", at);
            var declared = f.Int(terms, "declaredTaskCount", at);
            return declared is null ? null : Create(at, () => ThreeTierNetworkTerms.Create(office, street, community, tasks, declared.Value));
        }

        if (!f.Object(terms, at, "partner", "members", "endsOn"))
        {
            return null;
        }

        var partner = f.String(terms, "partner", at);
        var members = new List<Id<Enterprise>>();
        foreach (var (member, memberPath) in f.Array(terms, "members", at))
        {
            if (member.ValueKind == JsonValueKind.String && f.IdOf<Enterprise>(member.GetString()!, memberPath) is { } e && Resolve(enterprises, e, memberPath, "enterprise") is not null)
            {
                members.Add(e);
            }
            else if (member.ValueKind != JsonValueKind.String)
            {
                f.Problem(memberPath, "field.type", "Expected an enterprise id.");
            }
        }

        var ends = f.Date(terms, "endsOn", at, required: false);
        return partner is null ? null : Create(at, () => StandingArrangementTerms.Create(partner, members, ends));
    }

    private ExchangeEvent? ReadEvent(JsonElement item, string path)
    {
        if (!f.Object(item, path, "id", "kind", "title", "date", "venue", "organizers", "partners", "participants", "count", "media"))
        {
            return null;
        }

        var id = f.Id<ExchangeEvent>(item, "id", path);
        var kind = f.Enum<ExchangeEventKind>(item, "kind", path);
        var title = f.String(item, "title", path);
        var date = f.Date(item, "date", path);
        var venue = f.String(item, "venue", path);
        var organizers = new List<District>();
        foreach (var (organizer, at) in f.Array(item, "organizers", path, required: true))
        {
            if (organizer.ValueKind == JsonValueKind.Number && organizer.TryGetInt32(out var code) && District.TryFromCode(code, out var d))
            {
                organizers.Add(d);
            }
            else
            {
                f.Problem(at, "field.enum", "Not a Tianjin district code (GB/T 2260: 120101-120106, 120110-120119).");
            }
        }

        var partners = DepartmentRefs(item, "partners", path);
        var participants = new List<Id<Compatriot>>();
        foreach (var (participant, at) in f.Array(item, "participants", path))
        {
            if (participant.ValueKind == JsonValueKind.String && f.IdOf<Compatriot>(participant.GetString()!, at) is { } c && Resolve(compatriots, c, at, "compatriot") is not null)
            {
                participants.Add(c);
            }
            else if (participant.ValueKind != JsonValueKind.String)
            {
                f.Problem(at, "field.type", "Expected a compatriot id.");
            }
        }

        var count = f.Quantity(item, "count", path, required: false);
        var media = f.Strings(item, "media", path);
        if (id is null || kind is null || title is null || date is null || venue is null || !NewId("event", id.Value.Value, path + ".id"))
        {
            return null;
        }

        return Create(path, () => ExchangeEvent.Record(id.Value, kind, title, date.Value, venue, organizers, partners, participants, count, media));
    }

    private Training? ReadTraining(JsonElement item, string path)
    {
        if (!f.Object(item, path, "id", "district", "topic", "speaker", "date", "attendance", "audience"))
        {
            return null;
        }

        var id = f.Id<Training>(item, "id", path);
        var district = f.District(item, "district", path);
        var topic = f.String(item, "topic", path);
        var speaker = ReadOfficial(item, "speaker", path);
        var date = f.Date(item, "date", path);
        var attendance = f.Quantity(item, "attendance", path, required: false);
        var audience = f.String(item, "audience", path, required: false);
        if (id is null || district is null || topic is null || speaker is null || date is null || !NewId("training", id.Value.Value, path + ".id"))
        {
            return null;
        }

        return Create(path, () => Training.Record(id.Value, district, topic, speaker, date.Value, attendance, audience));
    }

    private PolicyPublicity? ReadPublicity(JsonElement item, string path)
    {
        if (!f.Object(item, path, "id", "district", "date", "packages", "sessions", "materials", "recipients", "channels"))
        {
            return null;
        }

        var id = f.Id<PolicyPublicity>(item, "id", path);
        var district = f.District(item, "district", path);
        var date = f.Date(item, "date", path);
        var packages = new List<PolicyPackage>();
        foreach (var (package, at) in f.Array(item, "packages", path, required: true))
        {
            if (package.ValueKind == JsonValueKind.String && PolicyPackage.TryFromName(package.GetString()!, out var p))
            {
                packages.Add(p);
            }
            else
            {
                f.Problem(at, "field.enum", $"Unknown PolicyPackage; expected one of {string.Join(", ", PolicyPackage.All.Select(x => x.Name))}.");
            }
        }

        var sessions = f.Quantity(item, "sessions", path, required: false);
        var materials = f.Quantity(item, "materials", path, required: false);
        var recipients = f.Strings(item, "recipients", path);
        var channels = f.Strings(item, "channels", path);
        if (id is null || district is null || date is null || !NewId("publicity", id.Value.Value, path + ".id"))
        {
            return null;
        }

        return Create(path, () => PolicyPublicity.Record(id.Value, district, date.Value, packages, sessions, materials, recipients, channels));
    }
}
