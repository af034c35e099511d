using System.Text.Json;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Mechanisms;
using S = TaiAffairs.Domain.Interchange.Format.Shapes;

namespace TaiAffairs.Domain.Interchange;

/// <content>Service mechanisms and their terms.</content>
internal sealed partial class DataSetReader
{
    private ServiceMechanism? ReadMechanism(JsonElement item, string path)
    {
        if (!f.Object(item, path, S.Mechanism.Shape))
        {
            return null;
        }

        var id = f.Id<ServiceMechanism>(item, S.Mechanism.Id, path);
        var district = f.District(item, S.Mechanism.District, path);
        var kind = f.Enum<MechanismKind>(item, S.Mechanism.Kind, path);
        var name = f.String(item, S.Mechanism.Name, path);
        var started = f.Date(item, S.Mechanism.StartedOn, path);
        var terms = kind is not null && f.TryField(item, S.Mechanism.Terms, path, out var termsElement) ? ReadTerms(kind, termsElement, At(path, S.Mechanism.Terms)) : null;
        if (id is null || district is null || kind is null || name is null || started is null || terms is null || !NewId("mechanism", id.Value.Value, At(path, S.Mechanism.Id)))
        {
            return null;
        }

        Annotate("mechanism", id.Value.Value, item, path, S.Mechanism.Shape);
        var mechanism = Create(path, () => ServiceMechanism.Establish(id.Value, district, kind, name, started.Value, terms));
        if (mechanism is null)
        {
            return null;
        }

        foreach (var (issueId, at) in f.Ids<ServiceIssue>(item, S.Mechanism.Cases, path))
        {
            if (Resolve(issues, issueId, at, "issue") is { } issue)
            {
                Try(at, () => mechanism.RecordCase(issue));
            }
        }

        foreach (var (code, at) in f.Array(item, S.Mechanism.Areas, path).WithLazyPaths())
        {
            // Read like every string item (a malformed one is a problem at its path), then resolved like every area.
            if (f.StringItem(code, at) is { } text && AreaOf(text, at) is { } area)
            {
                Try(at, () => mechanism.Cover(area));
            }
        }

        return mechanism;
    }

    private MechanismTerms? ReadTerms(MechanismKind kind, JsonElement terms, string at)
    {
        var shape = S.Mechanism.Terms.Variants![kind.Name];
        if (!f.Object(terms, at, shape))
        {
            return null;
        }

        if (kind == MechanismKind.QuarterlyRoundTable)
        {
            return QuarterlyRoundTableTerms.Instance;
        }

        if (kind == MechanismKind.GreenChannel)
        {
            var oneWindow = f.Bool(terms, S.GreenChannel.OneWindow, at);
            var joint = f.Bool(terms, S.GreenChannel.JointApproval, at);
            var limit = f.Int(terms, S.GreenChannel.WorkingDayLimit, at);
            var oneTrip = f.Bool(terms, S.GreenChannel.OneTrip, at);
            var partners = DepartmentRefs(terms, S.GreenChannel.Partners, at);
            return oneWindow is null || joint is null || limit is null || oneTrip is null
                ? null
                : Create(at, () => GreenChannelTerms.Create(oneWindow.Value, joint.Value, limit.Value, oneTrip.Value, partners));
        }

        if (kind == MechanismKind.WhistleAndReport)
        {
            return f.Int(terms, S.WhistleAndReport.ReportInWorkingDays, at) is { } days ? Create(at, () => WhistleAndReportTerms.Create(days)) : null;
        }

        if (kind == MechanismKind.SanZhuan)
        {
            var topics = f.Strings(terms, S.SanZhuan.Topics, at);
            var units = new List<SanZhuanUnit>();
            foreach (var (unit, unitPath) in f.Array(terms, S.SanZhuan.Units, at))
            {
                if (ReadSanZhuanUnit(unit, unitPath) is { } chain)
                {
                    units.Add(chain);
                }
            }

            return Create(at, () => SanZhuanTerms.Create(topics, units));
        }

        if (kind == MechanismKind.ThreeTierNetwork)
        {
            var office = DepartmentRefOrNull(terms, S.ThreeTierNetwork.DistrictOffice, at);
            var street = DepartmentRefOrNull(terms, S.ThreeTierNetwork.StreetCommittee, at);
            var community = DepartmentRefOrNull(terms, S.ThreeTierNetwork.CommunityCommittee, at);
            var tasks = f.Strings(terms, S.ThreeTierNetwork.Tasks, at);
            var declared = f.Int(terms, S.ThreeTierNetwork.DeclaredTaskCount, at);
            return declared is null ? null : Create(at, () => ThreeTierNetworkTerms.Create(office, street, community, tasks, declared.Value));
        }

        var partner = f.String(terms, S.StandingArrangement.Partner, at);
        var members = f.Ids<Enterprise>(terms, S.StandingArrangement.Members, at)
            .Where(m => Resolve(enterprises, m.Id, m.Path, "enterprise") is not null)
            .Select(m => m.Id)
            .ToList();
        var ends = f.Date(terms, S.StandingArrangement.EndsOn, at);
        return partner is null ? null : Create(at, () => StandingArrangementTerms.Create(partner, members, ends));
    }

    private Id<Department>? DepartmentRefOrNull(JsonElement obj, Format.Field field, string path) => DepartmentRef(obj, field, path)?.Id;

    private SanZhuanUnit? ReadSanZhuanUnit(JsonElement unit, string unitPath)
    {
        if (!f.Object(unit, unitPath, S.SanZhuanUnit.Shape) || DepartmentRef(unit, S.SanZhuanUnit.Unit, unitPath) is not { } department)
        {
            return null;
        }

        var roles = new Dictionary<ResponsibilityRole, Official>();
        foreach (var (key, value, at) in f.Map(unit, S.SanZhuanUnit.Roles, unitPath))
        {
            if (ReadOfficialObject(value, at + "." + key) is { } official)
            {
                roles[Enum.Parse<ResponsibilityRole>(key)] = official;
            }
        }

        var contacts = new Dictionary<ContactChannel, string>();
        foreach (var (key, value, at) in f.Map(unit, S.SanZhuanUnit.Contacts, unitPath))
        {
            if (f.StringValue(value, at + "." + key) is { } contact)
            {
                contacts[Enum.Parse<ContactChannel>(key)] = contact;
            }
        }

        return Create(unitPath, () => SanZhuanUnit.Create(department.Id, roles, contacts));
    }
}
