using System.Text.Json;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.LeadingGroups;
using S = TaiAffairs.Domain.Interchange.Format.Shapes;

namespace TaiAffairs.Domain.Interchange;

/// <content>Leading groups and enterprises.</content>
internal sealed partial class DataSetReader
{
    private LeadingGroup? ReadLeadingGroup(JsonElement item, string path)
    {
        if (!f.Object(item, path, S.LeadingGroup.Shape))
        {
            return null;
        }

        var id = f.Id<LeadingGroup>(item, S.LeadingGroup.Id, path);
        var district = f.District(item, S.LeadingGroup.District, path);
        var office = DepartmentRef(item, S.LeadingGroup.Office, path);
        var established = f.Date(item, S.LeadingGroup.EstablishedOn, path);
        var leaders = new List<(Official Leader, LocalDate From, string Path)>();
        foreach (var (leader, at) in f.Array(item, S.LeadingGroup.Leaders, path))
        {
            if (f.Object(leader, at, S.Leader.Shape) && f.Date(leader, S.Leader.From, at) is { } from && f.String(leader, S.Leader.Post, at) is { } post)
            {
                var name = f.String(leader, S.Leader.Name, at);
                if (Create(at, () => Official.Create(post, name)) is { } official)
                {
                    leaders.Add((official, from, at));
                }
            }
        }

        if (id is null || district is null || office is null || established is null || leaders.Count == 0 || !NewId("group", id.Value.Value, At(path, S.LeadingGroup.Id)))
        {
            return null;
        }

        if (leaders[0].From != established.Value)
        {
            f.Problem(At(leaders[0].Path, S.Leader.From), "leading-group.first-leader-from-establishment", "The first leader serves from the group's establishment date.");
            return null;
        }

        Annotate("leadingGroup", id.Value.Value, item, path, S.LeadingGroup.Shape);
        var group = Create(path, () => LeadingGroup.Establish(id.Value, district, office, established.Value, leaders[0].Leader, []));
        if (group is null)
        {
            return null;
        }

        foreach (var (leader, from, at) in leaders.Skip(1))
        {
            Try(at, () => group.ChangeLeader(leader, from));
        }

        ReadDeputies(item, path, group);
        ReadAdjustments(item, path, group);
        ReadMeetings(item, path, group);
        foreach (var (instruction, at) in f.Array(item, S.LeadingGroup.Instructions, path))
        {
            if (!f.Object(instruction, at, S.Instruction.Shape))
            {
                continue;
            }

            var instructionId = f.Id<Instruction>(instruction, S.Instruction.Id, at);
            var date = f.Date(instruction, S.Instruction.Date, at);
            var summary = f.String(instruction, S.Instruction.Summary, at);
            if (instructionId is not null && date is not null && summary is not null && NewId("instruction", instructionId.Value.Value, At(at, S.Instruction.Id)))
            {
                Try(at, () => group.RecordInstruction(instructionId.Value, date.Value, summary));
            }
        }

        return group;
    }

    private void ReadDeputies(JsonElement item, string path, LeadingGroup group)
    {
        foreach (var (deputy, at) in f.Array(item, S.LeadingGroup.Deputies, path))
        {
            if (!f.Object(deputy, at, S.Deputy.Shape))
            {
                continue;
            }

            var post = f.String(deputy, S.Deputy.Post, at);
            var name = f.String(deputy, S.Deputy.Name, at);
            var official = post is null ? null : Create(at, () => Official.Create(post, name));
            var from = f.Date(deputy, S.Deputy.From, at);
            var to = f.Date(deputy, S.Deputy.To, at);
            if (official is not null && from is not null && Try(at, () => group.AppointDeputy(official, from.Value)) && to is { } end)
            {
                Try(At(at, S.Deputy.To), () => group.RelieveDeputy(official, end.PlusDays(1)));
            }
        }
    }

    private void ReadAdjustments(JsonElement item, string path, LeadingGroup group)
    {
        foreach (var (adjustment, at) in f.Array(item, S.LeadingGroup.Adjustments, path))
        {
            if (!f.Object(adjustment, at, S.Adjustment.Shape))
            {
                continue;
            }

            var date = f.Date(adjustment, S.Adjustment.Date, at);
            var add = f.Ids<Department>(adjustment, S.Adjustment.Add, at)
                .Select(r => Resolve(departments, r.Id, r.Path, "department"))
                .OfType<Department>()
                .ToList();
            var remove = DepartmentRefs(adjustment, S.Adjustment.Remove, at);
            if (date is not null)
            {
                Try(at, () => group.Adjust(date.Value, add, remove));
            }
        }
    }

    private void ReadMeetings(JsonElement item, string path, LeadingGroup group)
    {
        foreach (var (meeting, at) in f.Array(item, S.LeadingGroup.Meetings, path))
        {
            if (!f.Object(meeting, at, S.Meeting.Shape))
            {
                continue;
            }

            var meetingId = f.Id<Meeting>(meeting, S.Meeting.Id, at);
            var kind = f.Enum<MeetingKind>(meeting, S.Meeting.Kind, at);
            var date = f.Date(meeting, S.Meeting.Date, at);
            var host = ReadOfficial(meeting, S.Meeting.Host, at);
            var attending = DepartmentRefs(meeting, S.Meeting.Attending, at);
            var topics = f.Strings(meeting, S.Meeting.Topics, at);
            if (meetingId is not null && kind is not null && date is not null && host is not null && NewId("meeting", meetingId.Value.Value, At(at, S.Meeting.Id)))
            {
                Try(at, () => group.HoldMeeting(meetingId.Value, kind, date.Value, host, attending, topics));
            }
        }
    }

    private Enterprise? ReadEnterprise(JsonElement item, string path)
    {
        if (!f.Object(item, path, S.Enterprise.Shape))
        {
            return null;
        }

        var id = f.Id<Enterprise>(item, S.Enterprise.Id, path);
        var codeText = f.String(item, S.Enterprise.CreditCode, path);
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
                f.Problem(At(path, S.Enterprise.CreditCode), parsed.Error.Code, parsed.Error.Message);
            }
        }

        var name = f.String(item, S.Enterprise.Name, path);
        var industry = f.Enum<Industry>(item, S.Enterprise.Industry, path);
        var district = f.District(item, S.Enterprise.District, path);
        var registered = f.Date(item, S.Enterprise.RegisteredOn, path);
        var operating = f.Bool(item, S.Enterprise.Operating, path) ?? true;
        var park = f.String(item, S.Enterprise.Park, path);
        if (id is null || code is null || name is null || industry is null || district is null || registered is null || !NewId("enterprise", id.Value.Value, At(path, S.Enterprise.Id)))
        {
            return null;
        }

        var enterprise = Create(path, () => Enterprise.Register(id.Value, code.Value, name, industry, district, registered.Value, operating, park));
        if (enterprise is null)
        {
            return null;
        }

        enterprises[enterprise.Id] = enterprise;
        Annotate("enterprise", enterprise.Id.Value, item, path, S.Enterprise.Shape);
        ReadEnterpriseChanges(item, path, enterprise);
        if (AreaRef(item, S.Enterprise.Area, path) is { } area)
        {
            Try(At(path, S.Enterprise.Area), () => enterprise.LocateIn(area));
        }

        ReadEnterpriseRecords(item, path, enterprise);
        return enterprise;
    }

    private void ReadEnterpriseChanges(JsonElement item, string path, Enterprise enterprise)
    {
        if (f.TryField(item, S.Enterprise.PartyBranch, path, out var branch) && f.Object(branch, At(path, S.Enterprise.PartyBranch), S.PartyBranch.Shape))
        {
            var at = At(path, S.Enterprise.PartyBranch);
            var branchName = f.String(branch, S.PartyBranch.Name, at);
            var branchDate = f.Date(branch, S.PartyBranch.EstablishedOn, at);
            if (branchName is not null)
            {
                Try(at, () => enterprise.EstablishPartyBranch(PartyBranch.Create(branchName, branchDate)));
            }
        }

        foreach (var (move, at) in f.Array(item, S.Enterprise.Moves, path))
        {
            if (f.Object(move, at, S.Move.Shape) && f.District(move, S.Move.District, at) is { } to && f.Date(move, S.Move.From, at) is { } from)
            {
                Try(at, () => enterprise.MoveTo(to, from));
            }
        }

        foreach (var (change, at) in f.Array(item, S.Enterprise.StatusChanges, path))
        {
            if (f.Object(change, at, S.StatusChange.Shape) && f.Bool(change, S.StatusChange.Operating, at) is { } value && f.Date(change, S.StatusChange.From, at) is { } from)
            {
                Try(at, () => enterprise.ChangeOperatingStatus(value, from));
            }
        }

        foreach (var (designation, at) in f.Array(item, S.Enterprise.Designations, path))
        {
            if (f.Object(designation, at, S.Designation.Shape)
                && f.Enum<DesignationKind>(designation, S.Designation.Kind, at) is { } kind && f.Date(designation, S.Designation.AwardedOn, at) is { } on)
            {
                var recommended = f.Bool(designation, S.Designation.RecommendedByDistrict, at) ?? false;
                Try(at, () => enterprise.AddDesignation(kind, on, recommended));
            }
        }

        foreach (var (alliance, at) in f.Array(item, S.Enterprise.Alliances, path))
        {
            if (f.Object(alliance, at, S.Alliance.Shape) && f.String(alliance, S.Alliance.Name, at) is { } allianceName && f.Date(alliance, S.Alliance.JoinedOn, at) is { } joined)
            {
                Try(at, () => enterprise.JoinAlliance(allianceName, joined));
            }
        }

        foreach (var (training, at) in f.Array(item, S.Enterprise.Trainings, path))
        {
            if (f.Object(training, at, S.TrainingAttendance.Shape)
                && f.Id<Exchanges.Training>(training, S.TrainingAttendance.Training, at) is { } trainingId && f.Date(training, S.TrainingAttendance.Date, at) is { } date)
            {
                Try(at, () => enterprise.RecordTraining(trainingId, date));
            }
        }
    }
}
