using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Exchanges;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Mechanisms;
using TaiAffairs.Domain.Reporting;
using TaiAffairs.Domain.Subsidies;

namespace TaiAffairs.Domain.Interchange;

/// <summary>A case a data set asks its review to tell: which issue, in which section, under which title.</summary>
/// <param name="Issue">The issue's id.</param>
/// <param name="Theme">The section it is told in.</param>
/// <param name="Title">The title; <c>{name}</c> places the subject's published name.</param>
/// <param name="Raised">When the issue was raised, as the source states it (今年4月), if it does.</param>
/// <param name="Resolved">When it was resolved, as the source states it (9月初), if it does.</param>
/// <remarks>
/// A review prints a case's dates only as the source states them, or from the issue's own dates when those are not
/// marked illustrative (see <see cref="RecordAnnotation"/>). Equality is structural. Immutable.
/// </remarks>
public sealed record CaseSpec(Id<ServiceIssue> Issue, ReviewTheme Theme, string Title, ReportedDate? Raised = null, ReportedDate? Resolved = null);

/// <summary>
/// What a data set says about one of its records beyond the record itself: which of its fields the data set had to
/// make up (illustrative values, never printed as fact) and an editor's note (never rendered).
/// </summary>
/// <param name="Kind">The record's kind as the format names its list: <c>issue</c>, <c>enterprise</c>, <c>department</c> ...</param>
/// <param name="Id">The record's id.</param>
/// <param name="Illustrative">The names of its fields whose values are illustrative (<c>raisedOn</c>, <c>steps</c>, <c>creditCode</c>).</param>
/// <param name="EditorNote">An editor's note on the record, or <see langword="null"/>.</param>
/// <remarks>
/// A date field may be stated as its source states it (中秋节来临之际): the record then holds the first day of the
/// span (a rule needs a day), the field is illustrative, and <see cref="Stated"/> keeps the source's date, which an
/// export writes back. Equality is by reference of the lists. Immutable and thread-safe.
/// </remarks>
public sealed record RecordAnnotation(string Kind, string Id, IReadOnlyList<string> Illustrative, string? EditorNote)
{
    /// <summary>Gets the record's dates as the source states them, one per field, in field-name order.</summary>
    public IReadOnlyList<StatedField> Stated { get; init; } = [];
}

/// <summary>A record's date field as its source states it (中秋节来临之际, 今年4月).</summary>
/// <param name="Field">The date field's name in the format (<c>date</c>).</param>
/// <param name="Date">The date as stated; the record itself holds the first day of its span.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record StatedField(string Field, ReportedDate Date);

/// <summary>A district's own review title and section titles.</summary>
/// <param name="District">The district.</param>
/// <param name="Title">The review's title, if any.</param>
/// <param name="Sections">Section titles by theme.</param>
/// <remarks>Equality is by reference of the map. Immutable.</remarks>
public sealed record ReviewTitles(District District, string? Title, IReadOnlyDictionary<ReviewTheme, string> Sections);

/// <summary>
/// A year of records of one or more districts, as the interchange format holds them: the aggregates, the
/// declared figures, the cases to tell and the districts' titles. Import one with
/// <see cref="DataSetImporter"/>, write one with <see cref="DataSetExporter"/>, review it with
/// <see cref="ToReviewBuilder"/>.
/// </summary>
/// <remarks>
/// The records are a bag: every list is held in its canonical order (records by id; declared figures by district,
/// key and qualifier; cases by issue; titles by district), whatever order they were given or read in, so an export
/// and a review do not depend on input order. Equality is by reference; compare exports for content. Not
/// thread-safe: the aggregates are.
/// </remarks>
public sealed class DataSet
{
    private DataSet(int year, string? note)
    {
        Year = year;
        Note = note;
    }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the data set's note (what is illustrative, where the facts come from).</summary>
    public string? Note { get; }

    /// <summary>Gets the departments and partner units.</summary>
    public IReadOnlyList<Department> Departments { get; private init; } = [];

    /// <summary>Gets the leading groups.</summary>
    public IReadOnlyList<LeadingGroup> LeadingGroups { get; private init; } = [];

    /// <summary>Gets the enterprises.</summary>
    public IReadOnlyList<Enterprise> Enterprises { get; private init; } = [];

    /// <summary>Gets the compatriots.</summary>
    public IReadOnlyList<Compatriot> Compatriots { get; private init; } = [];

    /// <summary>Gets the service issues.</summary>
    public IReadOnlyList<ServiceIssue> Issues { get; private init; } = [];

    /// <summary>Gets the subsidy awards.</summary>
    public IReadOnlyList<SubsidyAward> Awards { get; private init; } = [];

    /// <summary>Gets the service mechanisms.</summary>
    public IReadOnlyList<ServiceMechanism> Mechanisms { get; private init; } = [];

    /// <summary>Gets the exchange events.</summary>
    public IReadOnlyList<ExchangeEvent> Events { get; private init; } = [];

    /// <summary>Gets the trainings.</summary>
    public IReadOnlyList<Training> Trainings { get; private init; } = [];

    /// <summary>Gets the policy publicity records.</summary>
    public IReadOnlyList<PolicyPublicity> Publicity { get; private init; } = [];

    /// <summary>Gets the declared figures.</summary>
    public IReadOnlyList<DeclaredFigure> Declared { get; private init; } = [];

    /// <summary>Gets the cases to tell.</summary>
    public IReadOnlyList<CaseSpec> Cases { get; private init; } = [];

    /// <summary>Gets the districts' titles.</summary>
    public IReadOnlyList<ReviewTitles> Titles { get; private init; } = [];

    /// <summary>Gets the districts' own review outlines, in the order the review prints the districts (an outline's order is its own: it is told, not counted).</summary>
    public IReadOnlyList<ReviewOutline> Outlines { get; private init; } = [];

    /// <summary>Gets the city review's own title, lead and summary, if the data set gives them.</summary>
    public CityOutline? CityOutline { get; private init; }

    /// <summary>Gets the records' annotations: illustrative fields and editor's notes, by kind and id.</summary>
    public IReadOnlyList<RecordAnnotation> Annotations { get; private init; } = [];

    /// <summary>Gets whether the data set marks a field of a record as illustrative (made up, not a fact of the source).</summary>
    /// <param name="kind">The record's kind (<c>issue</c>, <c>enterprise</c> ...).</param>
    /// <param name="id">The record's id.</param>
    /// <param name="field">The field's name in the format.</param>
    /// <returns>Whether the field's value is illustrative.</returns>
    public bool IsIllustrative(string kind, string id, string field) =>
        Annotations.Any(a => a.Kind == kind && a.Id == id && a.Illustrative.Contains(field));

    /// <summary>Gets a record's date as its source states it, when the data set gives the source's words.</summary>
    /// <param name="kind">The record's kind (<c>event</c>, <c>training</c> ...).</param>
    /// <param name="id">The record's id.</param>
    /// <param name="field">The date field's name in the format.</param>
    /// <returns>The stated date, or <see langword="null"/>.</returns>
    public ReportedDate? StatedDate(string kind, string id, string field) =>
        Annotations.FirstOrDefault(a => a.Kind == kind && a.Id == id) is { } a && a.Stated.FirstOrDefault(s => s.Field == field) is { } stated ? stated.Date : null;

    /// <summary>Creates a data set from aggregates already built (for export).</summary>
    /// <param name="year">The year.</param>
    /// <param name="note">A note on the data.</param>
    /// <param name="departments">Departments.</param>
    /// <param name="leadingGroups">Leading groups.</param>
    /// <param name="enterprises">Enterprises.</param>
    /// <param name="compatriots">Compatriots.</param>
    /// <param name="issues">Issues.</param>
    /// <param name="awards">Awards.</param>
    /// <param name="mechanisms">Mechanisms.</param>
    /// <param name="events">Events.</param>
    /// <param name="trainings">Trainings.</param>
    /// <param name="publicity">Publicity.</param>
    /// <param name="declared">Declared figures.</param>
    /// <param name="cases">Cases to tell.</param>
    /// <param name="titles">Districts' titles.</param>
    /// <param name="annotations">Records' annotations (illustrative fields, editor's notes).</param>
    /// <param name="outlines">Districts' own review outlines, in print order.</param>
    /// <param name="cityOutline">The city review's own title, lead and summary.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static DataSet Create(
        int year,
        string? note = null,
        IEnumerable<Department>? departments = null,
        IEnumerable<LeadingGroup>? leadingGroups = null,
        IEnumerable<Enterprise>? enterprises = null,
        IEnumerable<Compatriot>? compatriots = null,
        IEnumerable<ServiceIssue>? issues = null,
        IEnumerable<SubsidyAward>? awards = null,
        IEnumerable<ServiceMechanism>? mechanisms = null,
        IEnumerable<ExchangeEvent>? events = null,
        IEnumerable<Training>? trainings = null,
        IEnumerable<PolicyPublicity>? publicity = null,
        IEnumerable<DeclaredFigure>? declared = null,
        IEnumerable<CaseSpec>? cases = null,
        IEnumerable<ReviewTitles>? titles = null,
        IEnumerable<RecordAnnotation>? annotations = null,
        IEnumerable<ReviewOutline>? outlines = null,
        CityOutline? cityOutline = null)
    {
        Guard.Against.OutOfRange(year, nameof(year), 1900, 9999, "A data set's year is 1900 to 9999.");
        return new DataSet(year, string.IsNullOrWhiteSpace(note) ? null : note)
        {
            Departments = Sorted(departments, d => d.Id.Value),
            LeadingGroups = Sorted(leadingGroups, g => g.Id.Value),
            Enterprises = Sorted(enterprises, e => e.Id.Value),
            Compatriots = Sorted(compatriots, c => c.Id.Value),
            Issues = Sorted(issues, i => i.Id.Value),
            Awards = Sorted(awards, a => a.Id.Value),
            Mechanisms = Sorted(mechanisms, m => m.Id.Value),
            Events = Sorted(events, e => e.Id.Value),
            Trainings = Sorted(trainings, t => t.Id.Value),
            Publicity = Sorted(publicity, p => p.Id.Value),
            Declared = Sorted(declared, d => string.Create(CultureInfo.InvariantCulture, $"{d.District.Code:D6}|{d.Key.Value:D4}|{d.Qualifier}|{d.Label}|{d.Value}|{d.Note}")),
            Cases = Sorted(cases, c => string.Create(CultureInfo.InvariantCulture, $"{c.Issue.Value}|{c.Theme.Value:D4}|{c.Title}")),
            Titles = Sorted(titles, t => t.District.Code.ToString("D6", CultureInfo.InvariantCulture)),
            Outlines = Array.AsReadOnly(outlines?.ToArray() ?? []),
            CityOutline = cityOutline,
            Annotations = Sorted(annotations?.Where(a => a.Illustrative.Count > 0 || a.EditorNote is not null), a => a.Kind + ":" + a.Id),
        };
    }

    /// <summary>Creates a review builder holding every record, declaration, case and title of the data set.</summary>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="policy">The publication policy.</param>
    /// <returns>The builder, ready to build district and city reviews.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    public AnnualReviewBuilder ToReviewBuilder(WorkingDayCalendar calendar, PublicationPolicy policy = PublicationPolicy.Exact)
    {
        Guard.Against.Null(calendar, message: "A calendar is required.");
        var builder = new AnnualReviewBuilder(Year, calendar, policy);
        foreach (var group in LeadingGroups)
        {
            builder.Add(group);
        }

        foreach (var enterprise in Enterprises)
        {
            builder.Add(enterprise);
        }

        foreach (var person in Compatriots)
        {
            builder.Add(person);
        }

        foreach (var issue in Issues)
        {
            builder.Add(issue);
        }

        foreach (var award in Awards)
        {
            builder.Add(award);
        }

        foreach (var mechanism in Mechanisms)
        {
            builder.Add(mechanism);
        }

        foreach (var exchangeEvent in Events)
        {
            builder.Add(exchangeEvent);
        }

        foreach (var training in Trainings)
        {
            builder.Add(training);
        }

        foreach (var publicity in Publicity)
        {
            builder.Add(publicity);
        }

        foreach (var figure in Declared)
        {
            builder.Declare(figure);
        }

        var names = Departments.ToDictionary(d => d.Id, d => d.Name);
        var publishedOn = new LocalDate(Year, 12, 31);
        foreach (var spec in Cases)
        {
            var issue = Issues.First(i => i.Id == spec.Issue);
            var namedCase = issue.Subject.IsEnterprise
                ? NamedCase.Of(issue, Enterprises.First(e => e.Id.Value == issue.Subject.Key), spec.Title, names, calendar)
                : NamedCase.Of(issue, Compatriots.First(c => c.Id.Value == issue.Subject.Key), spec.Title, names, calendar, publishedOn);
            var datesIllustrative = IsIllustrative("issue", issue.Id.Value, "raisedOn") || IsIllustrative("issue", issue.Id.Value, "steps");
            builder.Tell(namedCase.WithStatedDates(spec.Raised, spec.Resolved, datesIllustrative), spec.Theme);
        }

        foreach (var titles in Titles)
        {
            builder.Title(titles.District, titles.Title, titles.Sections);
        }

        foreach (var outline in Outlines)
        {
            builder.Outline(outline);
        }

        if (CityOutline is { } city)
        {
            builder.Outline(city);
        }

        return builder;
    }

    /// <summary>Holds records in their canonical order (by id, or by a documented key), whatever order they came in.</summary>
    private static System.Collections.ObjectModel.ReadOnlyCollection<T> Sorted<T>(IEnumerable<T>? items, Func<T, string> key) =>
        Array.AsReadOnly(items?.OrderBy(key, StringComparer.Ordinal).ToArray() ?? []);
}
