using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TaiAffairs.Domain.Reporting;

/// <summary>
/// Renders reviews as stable JSON: fixed property order, figures in key order, money as decimal strings in
/// yuan, counts as phrase and bounds, Chinese text unescaped. The same review always gives the same text.
/// </summary>
/// <remarks>Stateless and thread-safe. Output uses only published names (masked unless consented).</remarks>
public static class JsonReviewRenderer
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Renders a district's review.</summary>
    /// <param name="review">The review.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is <see langword="null"/>.</exception>
    public static string Render(DistrictAnnualReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return Write(writer => District(writer, review));
    }

    /// <summary>Renders the city's review with every district's.</summary>
    /// <param name="review">The review.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is <see langword="null"/>.</exception>
    public static string Render(CityAnnualReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("scope", "天津市");
            writer.WriteNumber("year", review.Year);
            if (review.Outline is { } outline)
            {
                writer.WriteStartObject("outline");
                writer.WriteString("title", outline.Title);
                writer.WriteString("lead", outline.Lead is { } lead ? ChineseTextRenderer.Paragraph(review, lead) : null);
                writer.WriteString("summary", outline.Summary is { } summary ? ChineseTextRenderer.Paragraph(review, summary) : null);
                writer.WriteEndObject();
            }

            Figures(writer, review.Headline);
            Findings(writer, review.Findings);
            writer.WriteStartArray("districts");
            foreach (var district in review.Districts)
            {
                District(writer, district);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void District(Utf8JsonWriter writer, DistrictAnnualReview review)
    {
        writer.WriteStartObject();
        writer.WriteNumber("districtCode", review.District.Code);
        writer.WriteString("district", review.District.ChineseName);
        writer.WriteNumber("year", review.Year);
        if (review.Title is { } title)
        {
            writer.WriteString("title", title);
        }

        if (review.Outline is { } outline)
        {
            // The same outline the text prints: headings and paragraphs as printed, figures resolved.
            writer.WriteStartObject("outline");
            writer.WriteString("title", outline.Title);
            writer.WriteString("subtitle", outline.Subtitle);
            writer.WriteString("lead", outline.Lead is { } lead ? ChineseTextRenderer.Paragraph(review, lead) : null);
            OutlineSections(writer, review, outline.Sections);
            writer.WriteEndObject();
        }

        writer.WriteStartArray("sections");
        foreach (var section in review.Sections)
        {
            writer.WriteStartObject();
            writer.WriteString("theme", section.Theme.Name);
            writer.WriteString("title", section.Title);
            Figures(writer, section.Figures);
            writer.WriteStartArray("highlights");
            foreach (var highlight in section.Highlights)
            {
                writer.WriteStringValue(HighlightText.Chinese(highlight));
            }

            writer.WriteEndArray();
            writer.WriteStartArray("mechanisms");
            foreach (var check in section.Mechanisms)
            {
                writer.WriteStartObject();
                writer.WriteString("mechanism", check.Mechanism.Value);
                writer.WriteString("kind", check.Kind.Name);
                writer.WriteBoolean("kept", check.IsKept);
                writer.WriteStartArray("findings");
                foreach (var finding in check.Findings)
                {
                    writer.WriteStartObject();
                    writer.WriteString("code", finding.Code);
                    writer.WriteString("requirement", MechanismText.Requirement(finding));
                    writer.WriteBoolean("kept", finding.Kept);
                    writer.WriteString("record", finding.Record);
                    writer.WriteString("detail", MechanismText.Detail(finding));
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("cases");
            foreach (var namedCase in section.Cases)
            {
                writer.WriteStartObject();
                writer.WriteString("issue", namedCase.Issue.Value);
                writer.WriteString("title", namedCase.Title);
                writer.WriteString("subject", namedCase.Subject);
                writer.WriteString("category", namedCase.Category);
                writer.WriteStartArray("departments");
                foreach (var department in namedCase.Departments)
                {
                    writer.WriteStringValue(department);
                }

                writer.WriteEndArray();
                // As the review prints them: stated by the source or days of record, never a made-up day.
                writer.WriteString("raised", namedCase.Raised?.ToString());
                writer.WriteString("resolved", namedCase.Resolved?.ToString());
                writer.WriteBoolean("isResolved", namedCase.ResolvedOn is not null);
                if (namedCase.WorkingDays is { } days)
                {
                    writer.WriteNumber("workingDays", days);
                }

                writer.WriteString("outcome", namedCase.Outcome);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        Findings(writer, review.Findings);
        writer.WriteEndObject();
    }

    private static void Figures(Utf8JsonWriter writer, IEnumerable<HeadlineFigure> figures)
    {
        writer.WriteStartArray("figures");
        foreach (var figure in figures)
        {
            writer.WriteStartObject();
            writer.WriteString("key", figure.Key.Name);
            writer.WriteString("label", figure.Label);
            Value(writer, "published", figure.Published);
            writer.WriteString("provenance", figure.Provenance.ToString());
            if (figure.Computed is { } computed)
            {
                Value(writer, "computed", computed);
            }

            if (figure.Declared is { } declared)
            {
                Value(writer, "declared", declared);
            }

            if (figure.IsConsistent is { } consistent)
            {
                writer.WriteBoolean("consistent", consistent);
            }

            if (figure.Note is { } note)
            {
                writer.WriteString("note", note);
            }

            if (figure.Qualifier is { } qualifier)
            {
                writer.WriteString("qualifier", qualifier);
            }

            if (figure.IsIncomplete)
            {
                writer.WriteBoolean("incomplete", true);
            }

            if (figure.Sources.Count > 0)
            {
                writer.WriteStartArray("sources");
                foreach (var source in figure.Sources)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("district", source.District.Code);
                    writer.WriteString("kind", source.Kind.ToString());
                    Value(writer, "value", source.Value);
                    if (source.Records.Count > 0)
                    {
                        writer.WriteStartArray("records");
                        foreach (var record in source.Records)
                        {
                            writer.WriteStringValue(record.ToString());
                        }

                        writer.WriteEndArray();
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Findings(Utf8JsonWriter writer, IEnumerable<ReviewFinding> findings)
    {
        writer.WriteStartArray("findings");
        foreach (var finding in findings)
        {
            writer.WriteStartObject();
            writer.WriteString("code", finding.Code);
            writer.WriteString("key", finding.Key.Name);
            if (finding.District is { } district)
            {
                writer.WriteNumber("district", district.Code);
            }

            writer.WriteStartArray("figures");
            foreach (var figure in finding.Figures)
            {
                writer.WriteStartObject();
                writer.WriteString("key", figure.Key.Name);
                if (figure.Qualifier is { } qualifier)
                {
                    writer.WriteString("qualifier", qualifier);
                }

                if (figure.District is { } own)
                {
                    writer.WriteNumber("district", own.Code);
                }

                writer.WriteString("provenance", figure.Provenance.ToString());
                Value(writer, "value", figure.Value);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Value(Utf8JsonWriter writer, string name, FigureValue value)
    {
        writer.WriteStartObject(name);
        if (value.Money is { } money)
        {
            writer.WriteString("yuan", money.ToString("N", null));
        }
        else
        {
            writer.WriteString("phrase", value.Quantity.ToString());
            writer.WriteNumber("lower", value.Quantity.Lower);
            if (value.Quantity.Upper is { } upper)
            {
                writer.WriteNumber("upper", upper);
            }
            else
            {
                writer.WriteNull("upper");
            }

            writer.WriteString("unit", value.Quantity.Unit?.Symbol);
        }

        writer.WriteEndObject();
    }

    private static void OutlineSections(Utf8JsonWriter writer, DistrictAnnualReview review, IReadOnlyList<OutlineSection> sections)
    {
        writer.WriteStartArray("sections");
        foreach (var section in sections)
        {
            writer.WriteStartObject();
            writer.WriteString("heading", section.Heading);
            writer.WriteStartArray("paragraphs");
            foreach (var paragraph in section.Paragraphs)
            {
                writer.WriteStringValue(ChineseTextRenderer.Paragraph(review, paragraph));
            }

            writer.WriteEndArray();
            if (section.Subsections.Count > 0)
            {
                OutlineSections(writer, review, section.Subsections);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
