using System.Globalization;
using System.Text;
using TaiAffairs.Domain.Mechanisms;

namespace TaiAffairs.Domain.Reporting;

/// <summary>
/// Renders reviews as Chinese text in the seed's style: the district's headline, numbered sections 一、二、三,
/// figures with their units ("全年入企服务20户次"), mechanisms, named cases and the reconciliation.
/// </summary>
/// <remarks>Stateless and thread-safe. Output uses only published names (masked unless consented).</remarks>
public static class ChineseTextRenderer
{
    private const string Numerals = "一二三四五六七八九十";

    /// <summary>Renders a district's review.</summary>
    /// <param name="review">The review.</param>
    /// <returns>The text, lines separated by <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is <see langword="null"/>.</exception>
    public static string Render(DistrictAnnualReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var text = new StringBuilder();
        Write(text, review);
        return text.ToString();
    }

    /// <summary>Renders the city's review: the city's figures, its reconciliation, then every district's review.</summary>
    /// <param name="review">The review.</param>
    /// <returns>The text, lines separated by <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is <see langword="null"/>.</exception>
    public static string Render(CityAnnualReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var text = new StringBuilder();
        if (review.Outline is { } outline)
        {
            text.Append(outline.Title).Append('\n');
            foreach (var paragraph in new[] { outline.Lead, outline.Summary }.OfType<OutlineParagraph>())
            {
                text.Append(Paragraph(review, paragraph)).Append('\n');
            }
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"{review.Year}年度天津对台工作巡礼\n");
            text.Append("全市：").Append(Join(review.Headline)).Append("。\n");
        }
        foreach (var finding in review.Findings)
        {
            text.Append("核对：").Append(FindingText.Chinese(finding)).Append("。\n");
        }

        foreach (var district in review.Districts)
        {
            text.Append('\n');
            Write(text, district);
        }

        return text.ToString();
    }

    private static void Write(StringBuilder text, DistrictAnnualReview review)
    {
        if (review.Outline is { } outline)
        {
            WriteOutline(text, review, outline);
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"{review.District.ChineseName}{review.Year}年度对台工作巡礼");
        if (review.Title is { } title)
        {
            text.Append('：').Append(title);
        }

        text.Append('\n');
        for (var i = 0; i < review.Sections.Count; i++)
        {
            var section = review.Sections[i];
            text.Append(Numerals[i]).Append('、').Append(section.Title).Append('\n');
            if (section.Figures.Count > 0)
            {
                text.Append(Join(section.Figures)).Append("。\n");
            }

            foreach (var highlight in section.Highlights)
            {
                text.Append(HighlightText.Chinese(highlight)).Append("。\n");
            }

            foreach (var check in section.Mechanisms)
            {
                text.Append("机制：").Append(Mechanism(check)).Append("。\n");
            }

            foreach (var namedCase in section.Cases)
            {
                text.Append("案例：").Append(Case(namedCase)).Append('\n');
            }
        }

        foreach (var finding in review.Findings)
        {
            text.Append("核对：").Append(FindingText.Chinese(finding)).Append("。\n");
        }
    }

    /// <summary>Prints a district's own outline: title and subtitle, lead, and each section's heading and paragraphs.</summary>
    private static void WriteOutline(StringBuilder text, DistrictAnnualReview review, ReviewOutline outline)
    {
        text.Append(CultureInfo.InvariantCulture, $"{review.District.ChineseName}{review.Year}年度对台工作巡礼：{outline.Title}\n");
        if (outline.Subtitle is { } subtitle)
        {
            text.Append(subtitle).Append('\n');
        }

        if (outline.Lead is { } lead)
        {
            text.Append(Paragraph(review, lead)).Append('\n');
        }

        foreach (var section in outline.Sections)
        {
            WriteSection(text, review, section);
        }

        foreach (var finding in review.Findings)
        {
            text.Append("核对：").Append(FindingText.Chinese(finding)).Append("。\n");
        }
    }

    private static void WriteSection(StringBuilder text, DistrictAnnualReview review, OutlineSection section)
    {
        text.Append(section.Heading).Append('\n');
        foreach (var paragraph in section.Paragraphs)
        {
            text.Append(Paragraph(review, paragraph)).Append('\n');
        }

        foreach (var subsection in section.Subsections)
        {
            WriteSection(text, review, subsection);
        }
    }

    /// <summary>A paragraph as printed: its items one after the other; what has no source is left out (and is a finding).</summary>
    internal static string Paragraph(DistrictAnnualReview review, OutlineParagraph paragraph) =>
        Paragraph(paragraph, review.Headline, review.Sections.SelectMany(s => s.Cases), review.Awards, text => Published(review, text), note: false);

    /// <summary>The city's paragraph: its figures are the city's, with their note (各区合计).</summary>
    internal static string Paragraph(CityAnnualReview review, OutlineParagraph paragraph) =>
        Paragraph(
            paragraph, review.Headline, review.Districts.SelectMany(d => d.Sections.SelectMany(s => s.Cases)), review.Districts.SelectMany(d => d.Awards),
            text => review.Districts.Aggregate(text, (t, d) => Published(d, t)), note: true);

    private static string Paragraph(
        OutlineParagraph paragraph, IReadOnlyList<HeadlineFigure> headline, IEnumerable<NamedCase> cases, IEnumerable<Subsidies.SubsidyAward> awards, Func<string, string> stated, bool note)
    {
        var text = new StringBuilder();
        foreach (var item in paragraph.Items)
        {
            switch (item.Kind)
            {
                case OutlineItemKind.Text:
                    text.Append(stated(item.Text!));
                    break;
                case OutlineItemKind.Figure when headline.FirstOrDefault(h => h.Key == item.Figure && h.Qualifier == item.Qualifier) is { } figure:
                    text.Append(item.ValueOnly ? figure.Published.ToString() : figure.Label + figure.Published);
                    if (note && Note(figure) is { } n)
                    {
                        text.Append('（').Append(n).Append('）');
                    }

                    break;
                case OutlineItemKind.Case when cases.FirstOrDefault(c => c.Issue == item.Case) is { } namedCase:
                    text.Append(Case(namedCase));
                    break;
                case OutlineItemKind.Award when awards.FirstOrDefault(a => a.Id == item.Award) is { } award:
                    text.Append(award.Amount.ToString("W", null));
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Stated text as printed: a private person on record is named only with consent (else masked, 许某某).</summary>
    private static string Published(DistrictAnnualReview review, string text)
    {
        foreach (var (name, published) in review.PrivateNames)
        {
            text = text.Replace(name, published, StringComparison.Ordinal);
        }

        return text;
    }

    internal static string Join(IEnumerable<HeadlineFigure> figures) =>
        string.Join("，", figures.Select(f => Note(f) is { } note ? $"{f.Label}{f.Published}（{note}）" : $"{f.Label}{f.Published}"));

    /// <summary>The note in brackets after a figure: what it covers, 各区合计, and 不完整 when a district could not be combined.</summary>
    internal static string? Note(HeadlineFigure figure) => figure.IsIncomplete ? (figure.Note is { } n ? n + "，不完整" : "不完整") : figure.Note;

    /// <summary>A mechanism as the seed states one, then what the records show was not kept, if anything.</summary>
    internal static string Mechanism(MechanismCheck check)
    {
        var broken = check.Broken.ToArray();
        var statement = MechanismText.Statement(check);
        return broken.Length == 0
            ? statement
            : statement + "；未落实：" + string.Join("；", broken.Select(b => b.Record is { } r ? $"{MechanismText.Requirement(b)}（{r}：{MechanismText.Detail(b)}）" : $"{MechanismText.Requirement(b)}（{MechanismText.Detail(b)}）"));
    }

    internal static string Case(NamedCase namedCase)
    {
        var text = new StringBuilder();
        text.Append(namedCase.Title).Append('。');
        if (namedCase.Raised is { IsExact: false } raised)
        {
            // When the source states it (今年4月, 寒潮来临): a day the data set made up is never printed.
            text.Append(raised.ToString()).Append('，');
        }

        text.Append(namedCase.Subject).Append("反映").Append(namedCase.Category).Append("问题");
        if (namedCase.Departments.Count > 0)
        {
            text.Append('，').Append(string.Join("、", namedCase.Departments)).Append("协调办理");
        }

        if (namedCase.ResolvedOn is not null)
        {
            // Dates as the source states them, or the record's own days; none when the data set made them up. A
            // duration only between exact days of record.
            text.Append('，').Append(namedCase.Resolved is { } resolved ? resolved + "解决" : "已解决");
            if (namedCase.WorkingDays is { } days)
            {
                text.Append(CultureInfo.InvariantCulture, $"，用时{days}个工作日");
            }

            if (namedCase.Outcome is { } outcome)
            {
                text.Append('：').Append(outcome);
            }
        }
        else
        {
            text.Append("，正在办理");
        }

        return text.Append('。').ToString();
    }
}
