using System.Text.Json;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Interchange;

/// <summary>Leading groups and enterprises.</summary>
internal sealed partial class DataSetReader
{
    private LeadingGroup? ReadLeadingGroup(JsonElement item, string path)
    {
        if (!f.Object(item, path, "id", "district", "office", "establishedOn", "leaders", "deputies", "adjustments", "meetings", "instructions"))
        {
            return null;
        }

        var id = f.Id<LeadingGroup>(item, "id", path);
        var district = f.District(item, "district", path);
        var office = DepartmentRef(item, "office", path);
        var established = f.Date(item, "establishedOn", path);
        var leaders = new List<(Official Leader, NodaTime.LocalDate From, string Path)>();
        foreach (var (leader, at) in f.Array(item, "leaders", path, required: true))
        {
            if (f.Object(leader, at, "from", "post", "name") && f.Date(leader, "from", at) is { } from && f.String(leader, "post", at) is { } post)
            {
                var name = f.String(leader, "name", at, required: false);
                if (Create(at, () => Official.Create(post, name)) is { } official)
                {
                    leaders.Add((official, from, at));
                }
            }
        }

        if (leaders.Count == 0 && f.ProblemCount == 0)
        {
            f.Problem(path + ".leaders", "field.missing", "A leading group needs at least one leader.");
        }

        if (id is null || district is null || office is null || established is null || leaders.Count == 0 || !NewId("group", id.Value.Value, path + ".id"))
        {
            return null;
        }

        if (leaders[0].From != established.Value)
        {
            f.Problem(leaders[0].Path + ".from", "leading-group.first-leader-from-establishment", "The first leader serves from the group's establishment date.");
            return null;
        }

        var group = Create(path, () => LeadingGroup.Establish(id.Value, district, office, established.Value, leaders[0].Leader, []));
        if (group is null)
        {
            return null;
        }

        foreach (var (leader, from, at) in leaders.Skip(1))
        {
            Try(at, () => group.ChangeLeader(leader, from));
        }

        foreach (var (deputy, at) in f.Array(item, "deputies", path))
        {
            if (!f.Object(deputy, at, "post", "name", "from", "to"))
            {
                continue;
            }

            var official = ReadOfficialInline(deputy, at);
            var from = f.Date(deputy, "from", at);
            var to = f.Date(deputy, "to", at, required: false);
            if (official is not null && from is not null && Try(at, () => group.AppointDeputy(official, from.Value)) && to is { } end)
            {
                Try(at + ".to", () => group.RelieveDeputy(official, end.PlusDays(1)));
            }
        }

        foreach (var (adjustment, at) in f.Array(item, "adjustments", path))
        {
            if (!f.Object(adjustment, at, "date", "add", "remove"))
            {
                continue;
            }

            var date = f.Date(adjustment, "date", at);
            var add = new List<Department>();
            foreach (var (unit, unitPath) in f.Array(adjustment, "add", at))
            {
                if (unit.ValueKind == JsonValueKind.String && f.IdOf<Department>(unit.GetString()!, unitPath) is { } unitId && Resolve(departments, unitId, unitPath, "department") is { } department)
                {
                    add.Add(department);
                }
                else if (unit.ValueKind != JsonValueKind.String)
                {
                    f.Problem(unitPath, "field.type", "Expected a department id.");
                }
            }

            var remove = DepartmentRefs(adjustment, "remove", at);
            if (date is not null)
            {
                Try(at, () => group.Adjust(date.Value, add, remove));
            }
        }

        foreach (var (meeting, at) in f.Array(item, "meetings", path))
        {
            if (!f.Object(meeting, at, "id", "kind", "date", "host", "attending", "topics"))
            {
                continue;
            }

            var meetingId = f.Id<Meeting>(meeting, "id", at);
            var kind = f.Enum<MeetingKind>(meeting, "kind", at);
            var date = f.Date(meeting, "date", at);
            var host = ReadOfficial(meeting, "host", at);
            var attending = DepartmentRefs(meeting, "attending", at);
            var topics = f.Strings(meeting, "topics", at);
            if (meetingId is not null && kind is not null && date is not null && host is not null && NewId("meeting", meetingId.Value.Value, at + ".id"))
            {
                Try(at, () => group.HoldMeeting(meetingId.Value, kind, date.Value, host, attending, topics));
            }
        }

        foreach (var (instruction, at) in f.Array(item, "instructions", path))
        {
            if (!f.Object(instruction, at, "id", "date", "summary"))
            {
                continue;
            }

            var instructionId = f.Id<Instruction>(instruction, "id", at);
            var date = f.Date(instruction, "date", at);
            var summary = f.String(instruction, "summary", at);
            if (instructionId is not null && date is not null && summary is not null && NewId("instruction", instructionId.Value.Value, at + ".id"))
            {
                Try(at, () => group.RecordInstruction(instructionId.Value, date.Value, summary));
            }
        }

        return group;
    }

    private Official? ReadOfficialInline(JsonElement obj, string path)
    {
        var post = f.String(obj, "post", path);
        var name = f.String(obj, "name", path, required: false);
        return post is null ? null : Create(path, () => Official.Create(post, name));
    }

    private Enterprise? ReadEnterprise(JsonElement item, string path)
    {
        if (!f.Object(item, path, "id", "creditCode", "name", "industry", "district", "registeredOn", "operating", "park", "partyBranch", "moves", "statusChanges",
                "designations", "visits", "safetyFindings", "donations", "investments", "alliances", "trainings"))
        {
            return null;
        }

        var id = f.Id<Enterprise>(item, "id", path);
        var codeText = f.String(item, "creditCode", path);
        UnifiedSocialCreditCode? code = null;
        if (codeText is not null)
        {
            var parsed = UnifiedSocialCreditCode.Pattern.Parse(codeText);
            if (parsed.Success)
            {
                code = parsed.Value;
            }
            else
            {
                f.Problem(path + ".creditCode", parsed.Error.Code, parsed.Error.Message);
            }
        }

        var name = f.String(item, "name", path);
        var industry = f.Enum<Industry>(item, "industry", path);
        var district = f.District(item, "district", path);
        var registered = f.Date(item, "registeredOn", path);
        var operating = f.Bool(item, "operating", path, required: false) ?? true;
        var park = f.String(item, "park", path, required: false);
        if (id is null || code is null || name is null || industry is null || district is null || registered is null || !NewId("enterprise", id.Value.Value, path + ".id"))
        {
            return null;
        }

        var enterprise = Create(path, () => Enterprise.Register(id.Value, code.Value, name, industry, district, registered.Value, operating, park));
        if (enterprise is null)
        {
            return null;
        }

        enterprises[enterprise.Id] = enterprise;
        if (f.TryField(item, "partyBranch", path, false, out var branch) && f.Object(branch, path + ".partyBranch", "name", "establishedOn"))
        {
            var branchName = f.String(branch, "name", path + ".partyBranch");
            var branchDate = f.Date(branch, "establishedOn", path + ".partyBranch", required: false);
            if (branchName is not null)
            {
                Try(path + ".partyBranch", () => enterprise.EstablishPartyBranch(PartyBranch.Create(branchName, branchDate)));
            }
        }

        foreach (var (move, at) in f.Array(item, "moves", path))
        {
            if (f.Object(move, at, "district", "from") && f.District(move, "district", at) is { } to && f.Date(move, "from", at) is { } from)
            {
                Try(at, () => enterprise.MoveTo(to, from));
            }
        }

        foreach (var (change, at) in f.Array(item, "statusChanges", path))
        {
            if (f.Object(change, at, "operating", "from") && f.Bool(change, "operating", at) is { } value && f.Date(change, "from", at) is { } from)
            {
                Try(at, () => enterprise.ChangeOperatingStatus(value, from));
            }
        }

        foreach (var (designation, at) in f.Array(item, "designations", path))
        {
            if (f.Object(designation, at, "kind", "awardedOn", "recommendedByDistrict")
                && f.Enum<DesignationKind>(designation, "kind", at) is { } kind && f.Date(designation, "awardedOn", at) is { } on)
            {
                var recommended = f.Bool(designation, "recommendedByDistrict", at, required: false) ?? false;
                Try(at, () => enterprise.AddDesignation(kind, on, recommended));
            }
        }

        foreach (var (visit, at) in f.Array(item, "visits", path))
        {
            if (!f.Object(visit, at, "id", "date", "visitors", "purpose"))
            {
                continue;
            }

            var visitId = f.Id<EnterpriseVisit>(visit, "id", at);
            var date = f.Date(visit, "date", at);
            var visitors = DepartmentRefs(visit, "visitors", at);
            var purpose = f.String(visit, "purpose", at);
            if (visitId is not null && date is not null && purpose is not null && NewId("visit", visitId.Value.Value, at + ".id"))
            {
                Try(at, () => enterprise.RecordVisit(visitId.Value, date.Value, visitors, purpose));
            }
        }

        foreach (var (finding, at) in f.Array(item, "safetyFindings", path))
        {
            if (!f.Object(finding, at, "id", "foundOn", "description", "rectifiedOn"))
            {
                continue;
            }

            var findingId = f.Id<SafetyFinding>(finding, "id", at);
            var found = f.Date(finding, "foundOn", at);
            var description = f.String(finding, "description", at);
            var rectified = f.Date(finding, "rectifiedOn", at, required: false);
            if (findingId is not null && found is not null && description is not null && NewId("finding", findingId.Value.Value, at + ".id")
                && Try(at, () => enterprise.RecordSafetyFinding(findingId.Value, found.Value, description)) && rectified is { } on)
            {
                Try(at + ".rectifiedOn", () => enterprise.RectifySafetyFinding(findingId.Value, on));
            }
        }

        ReadMoney(item, "donations", "cause", path, (recordId, date, amount, text) => enterprise.RecordDonation(recordId, date, amount, text));
        ReadMoney(item, "investments", "purpose", path, (recordId, date, amount, text) => enterprise.RecordInvestment(recordId, date, amount, text));
        foreach (var (alliance, at) in f.Array(item, "alliances", path))
        {
            if (f.Object(alliance, at, "name", "joinedOn") && f.String(alliance, "name", at) is { } allianceName && f.Date(alliance, "joinedOn", at) is { } joined)
            {
                Try(at, () => enterprise.JoinAlliance(allianceName, joined));
            }
        }

        foreach (var (training, at) in f.Array(item, "trainings", path))
        {
            if (f.Object(training, at, "training", "date") && f.Id<Exchanges.Training>(training, "training", at) is { } trainingId && f.Date(training, "date", at) is { } date)
            {
                Try(at, () => enterprise.RecordTraining(trainingId, date));
            }
        }

        return enterprise;
    }

    private void ReadMoney(JsonElement item, string name, string textField, string path, Func<Id<EnterpriseMoneyRecord>, NodaTime.LocalDate, Money, string, EnterpriseMoneyRecord> record)
    {
        foreach (var (entry, at) in f.Array(item, name, path))
        {
            if (!f.Object(entry, at, "id", "date", "amount", textField))
            {
                continue;
            }

            var recordId = f.Id<EnterpriseMoneyRecord>(entry, "id", at);
            var date = f.Date(entry, "date", at);
            var amount = f.Money(entry, "amount", at);
            var text = f.String(entry, textField, at);
            if (recordId is not null && date is not null && amount is not null && text is not null && NewId("money", recordId.Value.Value, at + ".id"))
            {
                Try(at, () => record(recordId.Value, date.Value, amount.Value, text));
            }
        }
    }
}
