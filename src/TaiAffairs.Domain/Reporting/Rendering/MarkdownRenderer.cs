using System.Globalization;
using System.Text;

namespace TaiAffairs.Domain.Reporting;

/// <summary>Renders reviews as Markdown: a heading per district, a table of figures per section, then mechanisms, cases and the reconciliation.</summary>
/// <remarks>Stateless and thread-safe. Output uses only published names (masked unless consented).</remarks>
public static class MarkdownRenderer
{
    /// <summary>Renders a district's review.</summary>
    /// <param name="review">The review.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is <see langword="null"/>.</exception>
    public static string Render(DistrictAnnualReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var text = new StringBuilder();
        Write(text, review, "#");
        return text.ToString();
    }

    /// <summary>Renders the city's review with every district's.</summary>
    /// <param name="review">The review.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is <see langword="null"/>.</exception>
    public static string Render(CityAnnualReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var text = new StringBuilder();
        if (review.Outline is { } outline)
        {
            text.Append("# ").Append(Escape(outline.Title)).Append("\n\n");
            foreach (var paragraph in new[] { outline.Lead, outline.Summary }.OfType<OutlineParagraph>())
            {
                text.Append(Escape(ChineseTextRenderer.Paragraph(review, paragraph))).Append("\n\n");
            }

            text.Append("## 全市\n\n");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"# {review.Year}年度天津对台工作巡礼\n\n## 全市\n\n");
        }

        Table(text, review.Headline);
        Findings(text, review.Findings);
        foreach (var district in review.Districts)
        {
            text.Append('\n');
            Write(text, district, "##");
        }

        return text.ToString();
    }

    private static void Write(StringBuilder text, DistrictAnnualReview review, string level)
    {
        text.Append(CultureInfo.InvariantCulture, $"{level} {review.District.ChineseName}{review.Year}年度对台工作巡礼");
        if (review.Title is { } title)
        {
            text.Append('：').Append(Escape(title));
        }

        text.Append("\n\n");
        if (review.Outline is { } outline)
        {
            // The district's own outline: subtitle, lead, and its sections as headings with their paragraphs.
            if (outline.Subtitle is { } subtitle)
            {
                text.Append('*').Append(Escape(subtitle)).Append("*\n\n");
            }

            if (outline.Lead is { } lead)
            {
                text.Append(Escape(ChineseTextRenderer.Paragraph(review, lead))).Append("\n\n");
            }

            foreach (var part in outline.Sections)
            {
                OutlineSection(text, review, part, level + "#");
            }

            foreach (var finding in review.Findings)
            {
                text.Append("> 核对：").Append(Escape(FindingText.Chinese(finding))).Append("。\n\n");
            }

            return;
        }

        foreach (var section in review.Sections)
        {
            text.Append(level).Append("# ").Append(Escape(section.Title)).Append("\n\n");
            if (section.Figures.Count > 0)
            {
                Table(text, section.Figures);
            }

            foreach (var highlight in section.Highlights)
            {
                text.Append("- ").Append(Escape(HighlightText.Chinese(highlight))).Append('\n');
            }

            foreach (var check in section.Mechanisms)
            {
                text.Append("- 机制：").Append(Escape(ChineseTextRenderer.Mechanism(check))).Append('\n');
            }

            foreach (var namedCase in section.Cases)
            {
                text.Append("- 案例：").Append(Escape(ChineseTextRenderer.Case(namedCase))).Append('\n');
            }

            if (section.Mechanisms.Count + section.Cases.Count + section.Highlights.Count > 0)
            {
                text.Append('\n');
            }
        }

        Findings(text, review.Findings);
    }

    private static void Table(StringBuilder text, IEnumerable<HeadlineFigure> figures)
    {
        text.Append("| 指标 | 数值 | 来源 | 核对 |\n| --- | --- | --- | --- |\n");
        foreach (var figure in figures)
        {
            var label = ChineseTextRenderer.Note(figure) is { } note ? $"{figure.Label}（{note}）" : figure.Label;
            text.Append("| ").Append(Escape(label)).Append(" | ").Append(Escape(figure.Published.ToString())).Append(" | ").Append(Source(figure.Provenance))
                .Append(" | ").Append(figure.IsConsistent switch { true => "一致", false => "不一致", null => "—" }).Append(" |\n");
        }

        text.Append('\n');
    }

    private static void Findings(StringBuilder text, IReadOnlyList<ReviewFinding> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        text.Append("**核对**\n\n");
        foreach (var finding in findings)
        {
            text.Append("- `").Append(finding.Code).Append("` ").Append(Escape(FindingText.Chinese(finding))).Append('\n');
        }

        text.Append('\n');
    }

    internal static string Source(Provenance provenance) => provenance switch
    {
        Provenance.Computed => "记录统计",
        Provenance.Declared => "区申报",
        Provenance.CombinedFromDistricts => "各区合计",
        _ => "申报并核对",
    };

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static void OutlineSection(StringBuilder text, DistrictAnnualReview review, OutlineSection section, string level)
    {
        text.Append(level).Append(' ').Append(Escape(section.Heading)).Append("\n\n");
        foreach (var paragraph in section.Paragraphs)
        {
            text.Append(Escape(ChineseTextRenderer.Paragraph(review, paragraph))).Append("\n\n");
        }

        foreach (var subsection in section.Subsections)
        {
            OutlineSection(text, review, subsection, level + "#");
        }
    }
}
