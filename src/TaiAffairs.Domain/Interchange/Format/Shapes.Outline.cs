using TaiAffairs.Domain.Reporting;

namespace TaiAffairs.Domain.Interchange.Format;

/// <content>A district review's own outline.</content>
internal static partial class Shapes
{
    internal static class OutlineItem
    {
        public static readonly Field Text = Field.String("text", required: false, description: "Stated text, with its punctuation; no count (a number with a unit is a figure).");
        public static readonly Field Figure = Field.SmartEnum<FigureKey>("figure", required: false, description: "A figure of the district's review, printed with its label and value.");
        public static readonly Field Qualifier = Field.String("qualifier", required: false, description: "The sub-figure's qualifier, as declared.");
        public static readonly Field Value = Field.Boolean("value", required: false, description: "Print only the figure's value (its label stands in the text around it).");
        public static readonly Field Case = Field.Id("case", required: false, description: "A named case (an issue told under cases).");
        public static readonly Field Award = Field.Id("award", required: false, description: "A subsidy award of the district's records, printed as its amount.");
        public static readonly Shape Shape = new Shape("outlineItem", "One item of a paragraph: exactly one of text, figure, case and award.", Text, Figure, Qualifier, Value, Case, Award)
            .WithExactlyOneOf(Text, Figure, Case, Award);
    }

    internal static class Paragraph
    {
        public static readonly Field Items = Field.Objects("items", OutlineItem.Shape, required: true, minItems: 1);
        public static readonly Shape Shape = new("paragraph", "A paragraph: its items printed one after the other.", Items);
    }

    internal static class Subsection
    {
        public static readonly Field Heading = Field.String("heading", description: "The heading with the district's own numbering (1. or 创立……).");
        public static readonly Field Paragraphs = Field.Objects("paragraphs", Paragraph.Shape);
        public static readonly Shape Shape = new("subsection", "A nested section.", Heading, Paragraphs);
    }

    internal static class Section
    {
        public static readonly Field Heading = Field.String("heading", description: "The heading with the district's own numbering (一、).");
        public static readonly Field Paragraphs = Field.Objects("paragraphs", Paragraph.Shape);
        public static readonly Field Subsections = Field.Objects("subsections", Subsection.Shape);
        public static readonly Shape Shape = new("section", "A section of the district's review.", Heading, Paragraphs, Subsections);
    }

    internal static class City
    {
        public static readonly Field Title = Field.String("title");
        public static readonly Field Lead = Field.Object("lead", Paragraph.Shape, required: false);
        public static readonly Field Summary = Field.Object("summary", Paragraph.Shape, required: false, description: "Its figure items are the city's (各区合计).");
        public static readonly Shape Shape = new("cityOutline", "The city review's own title, lead and summary.", Title, Lead, Summary);
    }

    internal static class Outline
    {
        public static readonly Field District = Field.District("district");
        public static readonly Field Title = Field.String("title");
        public static readonly Field Subtitle = Field.String("subtitle", required: false);
        public static readonly Field Lead = Field.Object("lead", Paragraph.Shape, required: false);
        public static readonly Field Sections = Field.Objects("sections", Section.Shape, required: true, minItems: 1);
        public static readonly Shape Shape = new("outline", "A district's review as the district tells it: title, lead and its own sections.", District, Title, Subtitle, Lead, Sections);
    }
}
