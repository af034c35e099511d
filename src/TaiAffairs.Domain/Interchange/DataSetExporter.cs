using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TaiAffairs.Domain.Interchange.Format;
using S = TaiAffairs.Domain.Interchange.Format.Shapes;

namespace TaiAffairs.Domain.Interchange;

/// <summary>
/// Writes a <see cref="DataSet"/> in the JSON data-set format that <see cref="DataSetImporter"/> reads:
/// importing the export gives back the same data set (its export is identical).
/// </summary>
/// <remarks>
/// Stateless and thread-safe. The export is the interchange form of everything held, personal data included
/// (names, birth dates, permit numbers, health records): protect the file as the data requires. Every field name
/// comes from the format's one description, which the importer and <see cref="DataSetFormat.JsonSchema"/> share.
/// </remarks>
public static partial class DataSetExporter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions CompactOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes a data set as JSON text.</summary>
    /// <param name="dataSet">The data set.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataSet"/> is <see langword="null"/>.</exception>
    public static string Export(DataSet dataSet)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        return Export(dataSet, compact: false);
    }

    /// <summary>
    /// Writes a data set; <paramref name="compact"/> (an aggregate's snapshot) writes no indentation and leaves out
    /// the lists of the document's root that are empty (the format makes them optional).
    /// </summary>
    internal static string Export(DataSet dataSet, bool compact)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, compact ? CompactOptions : Options))
        {
            var w = new JsonOut(writer);
            var notes = dataSet.Annotations.ToDictionary(a => (a.Kind, a.Id));
            writer.WriteStartObject();
            w.Integer(S.Root.FormatVersion, DataSetFormat.Version);
            w.Integer(S.Root.Year, dataSet.Year);
            w.String(S.Root.Note, dataSet.Note);
            var hostAreas = dataSet.Departments.Select(d => d.Area).Concat(dataSet.Enterprises.Select(e => e.Area)).Concat(dataSet.Compatriots.Select(c => c.Area))
                .Concat(dataSet.Mechanisms.SelectMany(m => m.Areas)).OfType<Common.Area>().Where(a => a.Parent is not null).DistinctBy(a => a.Code).OrderBy(a => a.Code).ToArray();
            if (hostAreas.Length > 0)
            {
                List(S.Root.Areas, hostAreas, (o, a) =>
                {
                    o.String(S.AreaEntry.Code, AreaCode(a));
                    o.String(S.AreaEntry.Name, a.Name);
                    o.String(S.AreaEntry.Kind, a.Kind.ToString());
                });
            }

            List(S.Root.Departments, dataSet.Departments, (o, d) =>
            {
                o.Id(S.Department.Id, d.Id);
                o.String(S.Department.Name, d.Name);
                o.String(S.Department.Kind, d.Kind.Name);
                o.District(S.Department.District, d.District);
                o.String(S.Department.Area, AreaCode(d.Area));
                Annotation(o, notes, "department", d.Id.Value);
            });
            List(S.Root.LeadingGroups, dataSet.LeadingGroups, (o, x) =>
            {
                LeadingGroup(o, x);
                Annotation(o, notes, "leadingGroup", x.Id.Value);
            });
            List(S.Root.Enterprises, dataSet.Enterprises, (o, x) =>
            {
                Enterprise(o, x);
                Annotation(o, notes, "enterprise", x.Id.Value);
            });
            List(S.Root.Compatriots, dataSet.Compatriots, (o, x) =>
            {
                Compatriot(o, x);
                Annotation(o, notes, "compatriot", x.Id.Value);
            });
            List(S.Root.Issues, dataSet.Issues, (o, x) =>
            {
                Issue(o, x);
                Annotation(o, notes, "issue", x.Id.Value);
            });
            List(S.Root.Awards, dataSet.Awards, (o, a) =>
            {
                o.Id(S.Award.Id, a.Id);
                o.Id(S.Award.Recipient, a.Recipient);
                o.District(S.Award.District, a.District);
                o.Strings(S.Award.Programmes, a.Programmes.Select(p => p.Name));
                o.String(S.Award.Level, a.Level.Name);
                o.Money(S.Award.Amount, a.Amount);
                o.Date(S.Award.AwardedOn, a.AwardedOn);
                o.String(S.Award.ProjectTitle, a.ProjectTitle);
                if (a.Split is { } split)
                {
                    o.Object(S.Award.Split, s =>
                    {
                        s.Money(S.Split.City, split.City);
                        s.Money(S.Split.District, split.District);
                    });
                }

                if (a.Application is { } application)
                {
                    o.Object(S.Award.Application, s =>
                    {
                        s.Money(S.Application.Amount, application.Amount);
                        s.Date(S.Application.AppliedOn, application.AppliedOn);
                    });
                }

                if (a.Disbursements.Count > 0)
                {
                    o.Objects(S.Award.Disbursements, a.Disbursements, (p, payment) =>
                    {
                        p.Date(S.Payment.Date, payment.On);
                        p.Money(S.Payment.Amount, payment.Amount);
                    });
                }

                Annotation(o, notes, "award", a.Id.Value);
            });
            List(S.Root.Mechanisms, dataSet.Mechanisms, (o, x) =>
            {
                Mechanism(o, x);
                Annotation(o, notes, "mechanism", x.Id.Value);
            });
            List(S.Root.Events, dataSet.Events, (o, e) =>
            {
                o.Id(S.Event.Id, e.Id);
                o.String(S.Event.Kind, e.Kind.Name);
                o.String(S.Event.Title, e.Title);
                Date(o, notes, "event", e.Id.Value, S.Event.Date, e.Date);
                o.String(S.Event.Venue, e.Venue);
                o.Districts(S.Event.Organizers, e.OrganizingDistricts);
                o.Ids(S.Event.Partners, e.PartnerUnits);
                o.Ids(S.Event.Participants, e.KnownParticipants);
                o.Quantity(S.Event.Count, e.ParticipantCount);
                o.Strings(S.Event.Media, e.MediaCoverage);
                Annotation(o, notes, "event", e.Id.Value);
            });
            List(S.Root.Trainings, dataSet.Trainings, (o, t) =>
            {
                o.Id(S.Training.Id, t.Id);
                o.District(S.Training.District, t.District);
                o.String(S.Training.Topic, t.Topic);
                o.Object(S.Training.Speaker, s => Official(s, t.Speaker));
                Date(o, notes, "training", t.Id.Value, S.Training.Date, t.Date);
                o.Quantity(S.Training.Attendance, t.Attendance);
                o.String(S.Training.Audience, t.Audience);
                Annotation(o, notes, "training", t.Id.Value);
            });
            List(S.Root.Publicity, dataSet.Publicity, (o, p) =>
            {
                o.Id(S.Publicity.Id, p.Id);
                o.District(S.Publicity.District, p.District);
                Date(o, notes, "publicity", p.Id.Value, S.Publicity.Date, p.Date);
                o.Strings(S.Publicity.Packages, p.Packages.Select(x => x.Name));
                o.Quantity(S.Publicity.Sessions, p.Sessions);
                o.Quantity(S.Publicity.Materials, p.Materials);
                o.Strings(S.Publicity.Recipients, p.Recipients);
                o.Strings(S.Publicity.Channels, p.Channels);
                Annotation(o, notes, "publicity", p.Id.Value);
            });
            List(S.Root.Declared, dataSet.Declared, (o, d) =>
            {
                o.District(S.Declared.District, d.District);
                o.String(S.Declared.Key, d.Key.Name);
                if (d.Value.Money is { } money)
                {
                    o.Money(S.Declared.Amount, money);
                }
                else
                {
                    o.Quantity(S.Declared.Count, d.Value.Quantity);
                }

                o.String(S.Declared.Label, d.Label != d.Key.Label ? d.Label : null);
                o.String(S.Declared.Note, d.Note);
                o.String(S.Declared.Qualifier, d.Qualifier);
            });
            List(S.Root.Cases, dataSet.Cases, (o, c) =>
            {
                o.Id(S.Case.Issue, c.Issue);
                o.String(S.Case.Theme, c.Theme.Name);
                o.String(S.Case.Title, c.Title);
                o.String(S.Case.Raised, c.Raised?.ToString());
                o.String(S.Case.Resolved, c.Resolved?.ToString());
            });
            List(S.Root.Titles, dataSet.Titles, (o, t) =>
            {
                o.District(S.Titles.District, t.District);
                o.String(S.Titles.Title, t.Title);
                o.Map(S.Titles.Sections, t.Sections.OrderBy(s => s.Key.Value).Select(s => (s.Key.Name, s.Value)), (m, key, text) => m.Entry(key, text));
            });
            if (dataSet.CityOutline is { } city)
            {
                w.Object(S.Root.City, c =>
                {
                    c.String(S.City.Title, city.Title);
                    if (city.Lead is { } lead)
                    {
                        c.Object(S.City.Lead, p => Paragraph(p, lead));
                    }

                    if (city.Summary is { } summary)
                    {
                        c.Object(S.City.Summary, p => Paragraph(p, summary));
                    }
                });
            }

            List(S.Root.Outlines, dataSet.Outlines, Outline);
            writer.WriteEndObject();

            void List<T>(Field field, IReadOnlyCollection<T> items, Action<JsonOut, T> write)
            {
                if (!compact || items.Count > 0)
                {
                    w.Objects(field, items, write);
                }
            }
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Outline(JsonOut o, Reporting.ReviewOutline outline)
    {
        o.District(S.Outline.District, outline.District);
        o.String(S.Outline.Title, outline.Title);
        o.String(S.Outline.Subtitle, outline.Subtitle);
        if (outline.Lead is { } lead)
        {
            o.Object(S.Outline.Lead, p => Paragraph(p, lead));
        }

        o.Objects(S.Outline.Sections, outline.Sections, (s, section) =>
        {
            s.String(S.Section.Heading, section.Heading);
            s.Objects(S.Section.Paragraphs, section.Paragraphs, Paragraph);
            s.Objects(S.Section.Subsections, section.Subsections, (n, subsection) =>
            {
                n.String(S.Subsection.Heading, subsection.Heading);
                n.Objects(S.Subsection.Paragraphs, subsection.Paragraphs, Paragraph);
            });
        });
    }

    private static void Paragraph(JsonOut p, Reporting.OutlineParagraph paragraph) =>
        p.Objects(S.Paragraph.Items, paragraph.Items, (i, item) =>
        {
            i.String(S.OutlineItem.Text, item.Text);
            i.String(S.OutlineItem.Figure, item.Figure?.Name);
            i.String(S.OutlineItem.Qualifier, item.Qualifier);
            if (item.ValueOnly)
            {
                i.Boolean(S.OutlineItem.Value, true);
            }

            i.Id(S.OutlineItem.Case, item.Case);
            i.Id(S.OutlineItem.Award, item.Award);
        });

    /// <summary>
    /// Writes a date as its source states it when the data set keeps the source's words and the record still holds
    /// the first day of that span (a record re-dated since keeps its new day), else the day.
    /// </summary>
    private static void Date(JsonOut o, Dictionary<(string Kind, string Id), RecordAnnotation> notes, string kind, string id, Field field, NodaTime.LocalDate day)
    {
        if (notes.TryGetValue((kind, id), out var note) && note.Stated.FirstOrDefault(s => s.Field == field.Name) is { } stated && stated.Date.Start == day)
        {
            o.String(field, stated.Date.ToString());
        }
        else
        {
            o.Date(field, day);
        }
    }

    private static void Annotation(JsonOut o, Dictionary<(string Kind, string Id), RecordAnnotation> notes, string kind, string id)
    {
        if (notes.TryGetValue((kind, id), out var note))
        {
            if (note.Illustrative.Count > 0)
            {
                o.Strings(S.Note.Illustrative, note.Illustrative);
            }

            o.String(S.Note.EditorNote, note.EditorNote);
        }
    }

    private static void Official(JsonOut o, LeadingGroups.Official official)
    {
        o.String(S.Official.Post, official.Post);
        o.String(S.Official.Name, official.Name);
    }

    private static string? AreaCode(Common.Area? area) => area?.Code.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
