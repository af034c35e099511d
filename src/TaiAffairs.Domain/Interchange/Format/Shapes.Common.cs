using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Reporting;

namespace TaiAffairs.Domain.Interchange.Format;

/// <summary>
/// The data-set format, described once (decision 0011): one nested class per object kind, its fields, then its
/// <c>Shape</c>. <see cref="DataSetReader"/>, <see cref="DataSetExporter"/> and <see cref="DataSetSchema"/> read
/// every field name from here.
/// </summary>
internal static partial class Shapes
{
    /// <summary>The annotations every record may carry: what the data set made up, and an editor's note.</summary>
    internal static class Note
    {
        public static readonly Field Illustrative = Field.Strings(
            "illustrative", description: "Names of this record's fields whose values the data set had to make up (not facts of the source); never printed as fact.");

        public static readonly Field EditorNote = Field.String("editorNote", required: false, description: "An editor's note on the record; never rendered.");
    }

    internal static class Quantity
    {
        public static readonly Field Phrase = Field.String("phrase", description: "A count as the reviews state it: 20户次, 10余个, 近百人, 上百名, 十项, 11至19个, 不少于120名");
        public static readonly Field Lower = Field.Integer("lower", required: false);
        public static readonly Field Upper = Field.Integer("upper", required: false, nullable: true);
        public static readonly Shape Shape = new("quantity", "A reported count; bounds, when given, must match the phrase.", Phrase, Lower, Upper);
    }

    internal static class Official
    {
        public static readonly Field Post = Field.String("post", description: "The public post, e.g. 区委统战部部长.");
        public static readonly Field Name = Field.String("name", required: false, description: "The office-holder's name, a public role.");
        public static readonly Shape Shape = new("official", "An official in a public role.", Post, Name);
    }

    internal static class Permit
    {
        public static readonly Field Number = Field.String("number");
        public static readonly Field IssuedOn = Field.Date("issuedOn");
        public static readonly Field ExpiresOn = Field.Date("expiresOn");
        public static readonly Shape Shape = new("permit", "A travel or residence permit; its number is personal data.", Number, IssuedOn, ExpiresOn);
    }

    internal static class Move
    {
        public static readonly Field District = Field.District("district");
        public static readonly Field From = Field.Date("from");
        public static readonly Shape Shape = new("move", "A move to another district, from a date.", District, From);
    }

    internal static class AreaEntry
    {
        public static readonly IReadOnlyList<string> Kinds = [nameof(Common.AreaKind.Community), nameof(Common.AreaKind.Village)];
        public static readonly Field Code = Field.String("code", description: "Twelve digits starting with its township-level area's nine (120115001001).");
        public static readonly Field Name = Field.String("name");
        public static readonly Field Kind = Field.Choice("kind", Kinds);
        public static readonly Shape Shape = new("area", "A community or village under a township-level area, as a host supplies it (format version 2); township-level areas come from the embedded division data.", Code, Name, Kind);
    }

    internal static class Department
    {
        public static readonly Field Id = Field.Id("id");
        public static readonly Field Name = Field.String("name");
        public static readonly Field Kind = Field.SmartEnum<DepartmentKind>("kind");
        public static readonly Field District = Field.District("district", required: false, description: "Absent for a city-level body.");
        public static readonly Field Area = Field.String("area", required: false, description: "The code of the area of its district it is in (version 2).");
        public static readonly Shape Shape = new("department", "A government body or partner unit; define it before it is referred to.", Id, Name, Kind, District, Area, Note.Illustrative, Note.EditorNote);
    }

    internal static class Declared
    {
        public static readonly Field District = Field.District("district");
        public static readonly Field Key = Field.SmartEnum<FigureKey>("key", description: "A count must use a unit of the figure's measure (docs/reporting.md).");
        public static readonly Field Count = Field.Quantity("count", required: false);
        public static readonly Field Amount = Field.Money("amount", required: false);
        public static readonly Field Label = Field.String("label", required: false);
        public static readonly Field Note = Field.String("note", required: false);
        public static readonly Field Qualifier = Field.String("qualifier", required: false, description: "For a sub-figure, what part of the figure it counts; absent for the figure's total.");
        public static readonly Shape Shape = new Shape("declared", "A figure a district states, with exactly one of count and amount.", District, Key, Count, Amount, Label, Note, Qualifier)
            .WithExactlyOneOf(Count, Amount);
    }

    internal static class Case
    {
        public static readonly Field Issue = Field.Id("issue");
        public static readonly Field Theme = Field.SmartEnum<ReviewTheme>("theme");
        public static readonly Field Title = Field.String("title");
        public static readonly Field Raised = Field.String("raised", required: false, description: "When the issue was raised, as the source states it (今年4月, 疫情期间, 寒潮来临).");
        public static readonly Field Resolved = Field.String("resolved", required: false, description: "When it was resolved, as the source states it (9月初).");
        public static readonly Shape Shape = new("case", "An issue told as a named case in a review section.", Issue, Theme, Title, Raised, Resolved);
    }

    internal static class Titles
    {
        public static readonly Field District = Field.District("district");
        public static readonly Field Title = Field.String("title", required: false);
        public static readonly Field Sections = Field.Map("sections", () => ReviewTheme.All.Select(t => t.Name), Field.String(string.Empty));
        public static readonly Shape Shape = new("titles", "A district's own review and section titles.", District, Title, Sections);
    }

    internal static class Root
    {
        public static readonly Field FormatVersion = Field.Integer("formatVersion");
        public static readonly Field Year = Field.Integer("year");
        public static readonly Field Note = Field.String("note", required: false);
        public static readonly Field Areas = Field.Objects("areas", AreaEntry.Shape, description: "Communities and villages the records point to (version 2); define them before they are referred to.");
        public static readonly Field Departments = Field.Objects("departments", Department.Shape);
        public static readonly Field LeadingGroups = Field.Objects("leadingGroups", LeadingGroup.Shape);
        public static readonly Field Enterprises = Field.Objects("enterprises", Enterprise.Shape);
        public static readonly Field Compatriots = Field.Objects("compatriots", Compatriot.Shape);
        public static readonly Field Issues = Field.Objects("issues", Issue.Shape);
        public static readonly Field Awards = Field.Objects("awards", Award.Shape);
        public static readonly Field Mechanisms = Field.Objects("mechanisms", Mechanism.Shape);
        public static readonly Field Events = Field.Objects("events", Event.Shape);
        public static readonly Field Trainings = Field.Objects("trainings", Training.Shape);
        public static readonly Field Publicity = Field.Objects("publicity", Shapes.Publicity.Shape);
        public static readonly Field Declared = Field.Objects("declared", Shapes.Declared.Shape);
        public static readonly Field Cases = Field.Objects("cases", Case.Shape);
        public static readonly Field Titles = Field.Objects("titles", Shapes.Titles.Shape);
        public static readonly Field City = Field.Object("city", Shapes.City.Shape, required: false, description: "The city review's own title, lead and summary.");
        public static readonly Field Outlines = Field.Objects("outlines", Outline.Shape, description: "Districts' own review outlines, in the order the review prints the districts.");
        public static readonly Shape Shape = new(
            "dataSet",
            "A year of records of one or more county-level districts. Referenced ids must be defined earlier in the document (departments first). The importer checks every domain rule on top of this schema.",
            FormatVersion, Year, Note, Areas, Departments, LeadingGroups, Enterprises, Compatriots, Issues, Awards, Mechanisms, Events, Trainings, Publicity, Declared, Cases, Titles, City, Outlines);
    }
}
