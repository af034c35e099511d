using System.Text.Json;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Exchanges;
using S = TaiAffairs.Domain.Interchange.Format.Shapes;

namespace TaiAffairs.Domain.Interchange;

/// <content>Exchange events, trainings and policy publicity.</content>
internal sealed partial class DataSetReader
{
    private ExchangeEvent? ReadEvent(JsonElement item, string path)
    {
        if (!f.Object(item, path, S.Event.Shape))
        {
            return null;
        }

        var id = f.Id<ExchangeEvent>(item, S.Event.Id, path);
        var kind = f.Enum<ExchangeEventKind>(item, S.Event.Kind, path);
        var title = f.String(item, S.Event.Title, path);
        var date = DateOrStated(item, S.Event.Date, path);
        var venue = f.String(item, S.Event.Venue, path);
        var organizers = f.Districts(item, S.Event.Organizers, path);
        var partners = DepartmentRefs(item, S.Event.Partners, path);
        var participants = f.Ids<Compatriot>(item, S.Event.Participants, path)
            .Where(p => Resolve(compatriots, p.Id, p.Path, "compatriot") is not null)
            .Select(p => p.Id)
            .ToList();
        var count = f.Quantity(item, S.Event.Count, path);
        var media = f.Strings(item, S.Event.Media, path);
        if (id is null || kind is null || title is null || date is null || venue is null || !NewId("event", id.Value.Value, At(path, S.Event.Id)))
        {
            return null;
        }

        Annotate("event", id.Value.Value, item, path, S.Event.Shape);
        return Create(path, () => ExchangeEvent.Record(id.Value, kind, title, date.Value, venue, organizers, partners, participants, count, media));
    }

    private Training? ReadTraining(JsonElement item, string path)
    {
        if (!f.Object(item, path, S.Training.Shape))
        {
            return null;
        }

        var id = f.Id<Training>(item, S.Training.Id, path);
        var district = f.District(item, S.Training.District, path);
        var topic = f.String(item, S.Training.Topic, path);
        var speaker = ReadOfficial(item, S.Training.Speaker, path);
        var date = DateOrStated(item, S.Training.Date, path);
        var attendance = f.Quantity(item, S.Training.Attendance, path);
        var audience = f.String(item, S.Training.Audience, path);
        if (id is null || district is null || topic is null || speaker is null || date is null || !NewId("training", id.Value.Value, At(path, S.Training.Id)))
        {
            return null;
        }

        Annotate("training", id.Value.Value, item, path, S.Training.Shape);
        return Create(path, () => Training.Record(id.Value, district, topic, speaker, date.Value, attendance, audience));
    }

    private PolicyPublicity? ReadPublicity(JsonElement item, string path)
    {
        if (!f.Object(item, path, S.Publicity.Shape))
        {
            return null;
        }

        var id = f.Id<PolicyPublicity>(item, S.Publicity.Id, path);
        var district = f.District(item, S.Publicity.District, path);
        var date = DateOrStated(item, S.Publicity.Date, path);
        var packages = f.Enums<PolicyPackage>(item, S.Publicity.Packages, path);
        var sessions = f.Quantity(item, S.Publicity.Sessions, path);
        var materials = f.Quantity(item, S.Publicity.Materials, path);
        var recipients = f.Strings(item, S.Publicity.Recipients, path);
        var channels = f.Strings(item, S.Publicity.Channels, path);
        if (id is null || district is null || date is null || !NewId("publicity", id.Value.Value, At(path, S.Publicity.Id)))
        {
            return null;
        }

        Annotate("publicity", id.Value.Value, item, path, S.Publicity.Shape);
        return Create(path, () => PolicyPublicity.Record(id.Value, district, date.Value, packages, sessions, materials, recipients, channels));
    }
}
