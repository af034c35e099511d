using System.Text.Json;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.Reporting;
using S = TaiAffairs.Domain.Interchange.Format.Shapes;

namespace TaiAffairs.Domain.Interchange;

/// <content>Districts' review outlines.</content>
internal sealed partial class DataSetReader
{
    private ReviewOutline? ReadOutline(JsonElement item, string path)
    {
        if (!f.Object(item, path, S.Outline.Shape))
        {
            return null;
        }

        var district = f.District(item, S.Outline.District, path);
        var title = f.String(item, S.Outline.Title, path);
        var subtitle = f.String(item, S.Outline.Subtitle, path);
        var lead = f.TryField(item, S.Outline.Lead, path, out var leadElement) ? ReadParagraph(leadElement, At(path, S.Outline.Lead)) : null;
        var sections = new List<OutlineSection>();
        foreach (var (section, at) in f.Array(item, S.Outline.Sections, path))
        {
            if (ReadSection(section, at, nested: false) is { } read)
            {
                sections.Add(read);
            }
        }

        return district is null || title is null ? null : Create(path, () => ReviewOutline.Create(district, title, subtitle, lead, sections));
    }

    private CityOutline? ReadCity(JsonElement item, string path)
    {
        if (!f.Object(item, path, S.City.Shape))
        {
            return null;
        }

        var title = f.String(item, S.City.Title, path);
        var lead = f.TryField(item, S.City.Lead, path, out var leadElement) ? ReadParagraph(leadElement, At(path, S.City.Lead)) : null;
        var summary = f.TryField(item, S.City.Summary, path, out var summaryElement) ? ReadParagraph(summaryElement, At(path, S.City.Summary)) : null;
        return title is null ? null : Create(path, () => CityOutline.Create(title, lead, summary));
    }

    private OutlineSection? ReadSection(JsonElement item, string path, bool nested)
    {
        if (!f.Object(item, path, nested ? S.Subsection.Shape : S.Section.Shape))
        {
            return null;
        }

        var heading = f.String(item, nested ? S.Subsection.Heading : S.Section.Heading, path);
        var paragraphs = new List<OutlineParagraph>();
        foreach (var (paragraph, at) in f.Array(item, nested ? S.Subsection.Paragraphs : S.Section.Paragraphs, path))
        {
            if (ReadParagraph(paragraph, at) is { } read)
            {
                paragraphs.Add(read);
            }
        }

        var subsections = new List<OutlineSection>();
        if (!nested)
        {
            foreach (var (subsection, at) in f.Array(item, S.Section.Subsections, path))
            {
                if (ReadSection(subsection, at, nested: true) is { } read)
                {
                    subsections.Add(read);
                }
            }
        }

        return heading is null ? null : Create(path, () => OutlineSection.Create(heading, paragraphs, subsections));
    }

    private OutlineParagraph? ReadParagraph(JsonElement item, string path)
    {
        if (!f.Object(item, path, S.Paragraph.Shape))
        {
            return null;
        }

        var items = new List<OutlineItem>();
        foreach (var (element, at) in f.Array(item, S.Paragraph.Items, path))
        {
            if (ReadItem(element, at) is { } read)
            {
                items.Add(read);
            }
        }

        return items.Count == 0 ? null : Create(path, () => OutlineParagraph.Create(items));
    }

    private OutlineItem? ReadItem(JsonElement item, string path)
    {
        if (!f.Object(item, path, S.OutlineItem.Shape))
        {
            return null;
        }

        if (JsonFields.Present(item, S.OutlineItem.Text))
        {
            return f.String(item, S.OutlineItem.Text, path) is { } text ? Create(At(path, S.OutlineItem.Text), () => OutlineItem.Stated(text)) : null;
        }

        if (JsonFields.Present(item, S.OutlineItem.Figure))
        {
            var key = f.Enum<FigureKey>(item, S.OutlineItem.Figure, path);
            var qualifier = f.String(item, S.OutlineItem.Qualifier, path);
            var valueOnly = f.Bool(item, S.OutlineItem.Value, path) ?? false;
            return key is null ? null : OutlineItem.OfFigure(key, qualifier, valueOnly);
        }

        if (JsonFields.Present(item, S.OutlineItem.Award))
        {
            return f.Id<Subsidies.SubsidyAward>(item, S.OutlineItem.Award, path) is { } award ? OutlineItem.OfAward(award) : null;
        }

        var issue = f.Id<ServiceIssue>(item, S.OutlineItem.Case, path);
        return issue is { } id && Resolve(issues, id, At(path, S.OutlineItem.Case), "issue") is not null ? OutlineItem.OfCase(id) : null;
    }
}
