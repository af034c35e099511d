using System.Text.Json;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Reporting;
using TaiAffairs.Domain.Subsidies;
using S = TaiAffairs.Domain.Interchange.Format.Shapes;

namespace TaiAffairs.Domain.Interchange;

/// <summary>
/// Reads a parsed data-set document into aggregates, collecting every problem with its path. Every field name,
/// type and presence comes from <see cref="S"/>: the reader holds no field name of its own.
/// </summary>
internal sealed partial class DataSetReader
{
    private readonly JsonFields f;
    private readonly Dictionary<Id<Department>, Department> departments = [];
    private readonly Dictionary<string, Department> departmentsByText = new(StringComparer.Ordinal);
    private readonly Dictionary<Id<Enterprise>, Enterprise> enterprises = [];
    private readonly Dictionary<Id<Compatriot>, Compatriot> compatriots = [];
    private int formatVersion = DataSetFormat.Version;
    private readonly Dictionary<long, Area> hostAreas = [];
    private readonly Dictionary<Id<ServiceIssue>, ServiceIssue> issues = [];
    private readonly HashSet<(string Kind, string Id)> recordIds = [];
    private readonly Dictionary<(District District, int Year), AwardRegister> registers = [];
    private readonly List<RecordAnnotation> annotations = [];
    private readonly List<StatedField> stated = [];
    private int year;

    public DataSetReader(ImportLimits limits) => f = new JsonFields(limits);

    /// <summary>Makes records defined outside the document known to its references (an aggregate's snapshot).</summary>
    public void Preload(SnapshotReferences references)
    {
        foreach (var department in references.Departments)
        {
            departments[department.Id] = department;
            departmentsByText[department.Id.Value] = department;
        }

        foreach (var enterprise in references.Enterprises)
        {
            enterprises[enterprise.Id] = enterprise;
        }

        foreach (var compatriot in references.Compatriots)
        {
            compatriots[compatriot.Id] = compatriot;
        }

        foreach (var issue in references.Issues)
        {
            issues[issue.Id] = issue;
        }
    }

    public IReadOnlyList<ImportProblem> Problems => f.Problems;

    public DataSet? Read(JsonElement root)
    {
        const string at = "$";
        if (!f.Object(root, at, S.Root.Shape))
        {
            return null;
        }

        var version = f.Int(root, S.Root.FormatVersion, at);
        if (version is { } v && v is < DataSetFormat.OldestReadableVersion or > DataSetFormat.Version)
        {
            f.Problem(
                at + "." + S.Root.FormatVersion.Name, "format.version",
                $"Unknown format version; this package reads versions {DataSetFormat.OldestReadableVersion} to {DataSetFormat.Version}.");
            return null;
        }

        formatVersion = version ?? DataSetFormat.Version;

        var year = f.Int(root, S.Root.Year, at);
        if (year is { } y && y is < 1900 or > 9999)
        {
            f.Problem(at + "." + S.Root.Year.Name, "field.range", "The year must be between 1900 and 9999.");
            year = null;
        }

        if (version is null || year is null)
        {
            return null;
        }

        if (!WorkingDayCalendar.ChinaMainland.Covers(new LocalDate(year.Value, 6, 1)))
        {
            // Checked first: stated dates (中秋节来临之际) and issues' working days need the year's calendar.
            f.Problem(at + "." + S.Root.Year.Name, "calendar.year-not-covered", "The embedded working-day calendar has no holiday data for this year.");
            return null;
        }

        this.year = year.Value;
        var note = f.String(root, S.Root.Note, at);
        _ = Collect(root, S.Root.Areas, ReadAreaEntry);
        var departmentList = Collect(root, S.Root.Departments, ReadDepartment);
        var groups = Collect(root, S.Root.LeadingGroups, ReadLeadingGroup);
        var enterpriseList = Collect(root, S.Root.Enterprises, ReadEnterprise);
        var compatriotList = Collect(root, S.Root.Compatriots, ReadCompatriot);
        var issueList = Collect(root, S.Root.Issues, ReadIssue);
        var awards = Collect(root, S.Root.Awards, ReadAward);
        var mechanisms = Collect(root, S.Root.Mechanisms, ReadMechanism);
        var events = Collect(root, S.Root.Events, ReadEvent);
        var trainings = Collect(root, S.Root.Trainings, ReadTraining);
        var publicity = Collect(root, S.Root.Publicity, ReadPublicity);
        var declared = Collect(root, S.Root.Declared, ReadDeclared);
        var cases = Collect(root, S.Root.Cases, ReadCase);
        var titles = Collect(root, S.Root.Titles, ReadTitles);
        var outlines = Collect(root, S.Root.Outlines, ReadOutline);
        var city = f.TryField(root, S.Root.City, at, out var cityElement) ? ReadCity(cityElement, at + "." + S.Root.City.Name) : null;
        if (f.ProblemCount > 0)
        {
            return null;
        }

        var dataSet = DataSet.Create(year.Value, note, departmentList, groups, enterpriseList, compatriotList, issueList, awards, mechanisms, events, trainings, publicity, declared, cases, titles, annotations, outlines, city);
        if (dataSet.Cases.Count > 0 || dataSet.Declared.Count > 0 || dataSet.Titles.Count > 0 || dataSet.Outlines.Count > 0 || dataSet.CityOutline is not null)
        {
            // Cases, declarations, titles and outlines are checked against the records by the builder itself. Records
            // alone need no second pass: every rule the builder applies to them (calendar coverage, one award per
            // programme and year) was applied while reading.
            Try(at + "." + S.Root.Cases.Name, () => dataSet.ToReviewBuilder(WorkingDayCalendar.ChinaMainland));
        }
        return f.ProblemCount > 0 ? null : dataSet;
    }

    private List<T> Collect<T>(JsonElement root, Format.Field field, Func<JsonElement, string, T?> read)
        where T : class
    {
        var list = new List<T>();
        foreach (var (item, path) in f.Array(root, field, "$"))
        {
            stated.Clear();
            if (read(item, path) is { } value)
            {
                list.Add(value);
            }
        }

        return list;
    }

    /// <summary>Runs domain code, turning a broken rule or a rejected argument into a problem at a path.</summary>
    private bool Try(string path, Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (Exception ex) when (Caught(path, ex))
        {
            return false;
        }
    }

    /// <summary>
    /// Records a rule's refusal as a problem at a path and says whether it was one (an exception filter: hot paths call
    /// a verb inside <c>try</c> with <c>catch (Exception ex) when (Caught(path, ex))</c>, with no delegate to allocate).
    /// </summary>
    private bool Caught(string path, Exception exception)
    {
        switch (exception)
        {
            case BusinessRuleViolationException ex:
                f.Problem(path, ex.RuleCode, ex.Message);
                return true;
            case CalendarYearNotCoveredException ex:
                f.Problem(path, "calendar.year-not-covered", ex.Message);
                return true;
            case ArgumentException ex:
                f.Problem(path, "argument.invalid", ex.Message);
                return true;
            case OverflowException:
                f.Problem(path, "field.range", "A number is too large.");
                return true;
            default:
                return false;
        }
    }

    private T? Create<T>(string path, Func<T> create)
        where T : class
    {
        T? result = null;
        return Try(path, () => { result = create(); }) ? result : null;
    }

    private bool NewId(string kind, string value, FieldPath path)
    {
        if (recordIds.Add((kind, value)))
        {
            return true;
        }

        f.Problem(path, "id.duplicate", "This id is already used by another record of the same kind.");
        return false;
    }

    private static FieldPath At(FieldPath path, Format.Field field) => path.Child(field.Name);

    private Department? DepartmentRef(JsonElement obj, Format.Field field, FieldPath path)
    {
        if (JsonFields.Lookup(obj, field, out var value) && KnownDepartment(value) is { } known)
        {
            return known;
        }

        var id = f.Id<Department>(obj, field, path);
        return id is { } key ? Resolve(departments, key, At(path, field), "department") : null;
    }

    private List<Id<Department>> DepartmentRefs(JsonElement obj, Format.Field field, FieldPath path)
    {
        var result = new List<Id<Department>>();
        foreach (var (item, at) in f.Array(obj, field, path).WithLazyPaths())
        {
            if (KnownDepartment(item) is { } known)
            {
                result.Add(known.Id);
            }
            else if (f.IdItem<Department>(item, at) is { } id && Resolve(departments, id, at, "department") is not null)
            {
                result.Add(id);
            }
        }

        return result;
    }

    /// <summary>
    /// The department a string value names, looked up from the document's bytes without making a string; null when
    /// the value is anything else (then read, checked and reported the usual way).
    /// </summary>
    private Department? KnownDepartment(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(value);
        if (raw.Length is < 3 or > Id<Department>.MaxLength + 2 || raw[0] != (byte)'"' || raw.Contains((byte)'\\'))
        {
            return null;
        }

        Span<char> text = stackalloc char[Id<Department>.MaxLength];
        return System.Text.Encoding.UTF8.TryGetChars(raw[1..^1], text, out var written)
            && departmentsByText.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text[..written], out var department) ? department : null;
    }

    private T? Resolve<TKey, T>(Dictionary<TKey, T> map, TKey key, FieldPath path, string what)
        where TKey : notnull
        where T : class
    {
        if (map.TryGetValue(key, out var value))
        {
            return value;
        }

        f.Problem(path, "reference.dangling", $"No {what} with this id is defined (define it before it is referred to).");
        return null;
    }

    private Official? ReadOfficial(JsonElement obj, Format.Field field, string path) =>
        f.TryField(obj, field, path, out var value) ? ReadOfficialObject(value, At(path, field)) : null;

    private Official? ReadOfficialObject(JsonElement value, string at)
    {
        if (!f.Object(value, at, S.Official.Shape))
        {
            return null;
        }

        var post = f.String(value, S.Official.Post, at);
        var person = f.String(value, S.Official.Name, at);
        return post is null ? null : Create(at, () => Official.Create(post, person));
    }

    private Area? ReadAreaEntry(JsonElement item, string path)
    {
        if (!f.Object(item, path, S.AreaEntry.Shape))
        {
            return null;
        }

        var codeText = f.String(item, S.AreaEntry.Code, path);
        var name = f.String(item, S.AreaEntry.Name, path);
        var kind = f.Choice(item, S.AreaEntry.Kind, path);
        if (codeText is null || name is null || kind is null)
        {
            return null;
        }

        var at = At(path, S.AreaEntry.Code);
        if (codeText.Length != 12 || !long.TryParse(codeText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
            || !Area.TryFromCode(code / 1000, out var township))
        {
            f.Problem(at, "field.format", "A community's or village's code is twelve digits, the first nine a township-level area's.");
            return null;
        }

        if (hostAreas.ContainsKey(code))
        {
            f.Problem(at, "id.duplicate", "The area is listed twice.");
            return null;
        }

        var area = Create(path, () => township.Below(code, name, Enum.Parse<AreaKind>(kind)));
        if (area is not null)
        {
            hostAreas[code] = area;
        }

        return area;
    }

    /// <summary>Resolves an area by its code: a township-level area of the embedded data, or a community or village listed in <c>areas</c>.</summary>
    private Area? AreaRef(JsonElement item, Format.Field field, string path) =>
        f.String(item, field, path) is { } text ? AreaOf(text, At(path, field)) : null;

    /// <summary>Finds the area a code names (nine digits: township-level; twelve: listed in <c>areas</c>), or records the dangling reference.</summary>
    private Area? AreaOf(string text, FieldPath at)
    {
        if (long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code))
        {
            if (text.Length == 9 && Area.TryFromCode(code, out var township))
            {
                return township;
            }

            if (text.Length == 12 && hostAreas.TryGetValue(code, out var listed))
            {
                return listed;
            }
        }

        f.Problem(at, "reference.dangling", "No such area: a township-level code (nine digits) of the embedded division data, or a community or village (twelve) listed in areas.");
        return null;
    }

    private Department? ReadDepartment(JsonElement item, string path)
    {
        if (!f.Object(item, path, S.Department.Shape))
        {
            return null;
        }

        var id = f.Id<Department>(item, S.Department.Id, path);
        var name = f.String(item, S.Department.Name, path);
        var kind = f.Enum<DepartmentKind>(item, S.Department.Kind, path);
        var district = f.District(item, S.Department.District, path);
        if (id is null || name is null || kind is null || !NewId("department", id.Value.Value, At(path, S.Department.Id)))
        {
            return null;
        }

        var area = AreaRef(item, S.Department.Area, path);
        if (area is not null && district is not null && area.District != district)
        {
            f.Problem(At(path, S.Department.Area), "directory.area-of-the-district", $"The area {area.Code} lies in {area.District.ChineseName}, not in the department's district.");
            return null;
        }

        var department = Create(path, () => area is null ? Department.Create(id.Value, name, kind, district) : Department.CreateIn(id.Value, name, kind, area));
        if (department is not null)
        {
            departments[department.Id] = department;
            departmentsByText[department.Id.Value] = department;
            Annotate("department", department.Id.Value, item, path, S.Department.Shape);
        }

        return department;
    }

    private DeclaredFigure? ReadDeclared(JsonElement item, string path)
    {
        if (!f.Object(item, path, S.Declared.Shape))
        {
            return null;
        }

        var district = f.District(item, S.Declared.District, path);
        var key = f.Enum<FigureKey>(item, S.Declared.Key, path);
        var label = f.String(item, S.Declared.Label, path);
        var note = f.String(item, S.Declared.Note, path);
        var qualifier = f.String(item, S.Declared.Qualifier, path);
        if (district is null || key is null)
        {
            return null;
        }

        if (JsonFields.Present(item, S.Declared.Count))
        {
            var count = f.Quantity(item, S.Declared.Count, path);
            return count is null ? null : Create(At(path, S.Declared.Count), () => DeclaredFigure.Count(district, key, count.Value, label, note, qualifier));
        }

        var amount = f.Money(item, S.Declared.Amount, path);
        return amount is null ? null : Create(path, () => DeclaredFigure.Amount(district, key, amount.Value, label, note, qualifier));
    }

    private CaseSpec? ReadCase(JsonElement item, string path)
    {
        if (!f.Object(item, path, S.Case.Shape))
        {
            return null;
        }

        var issue = f.Id<ServiceIssue>(item, S.Case.Issue, path);
        var theme = f.Enum<ReviewTheme>(item, S.Case.Theme, path);
        var title = f.String(item, S.Case.Title, path);
        var raised = Stated(item, S.Case.Raised, path);
        var resolved = Stated(item, S.Case.Resolved, path);
        if (issue is null || theme is null || title is null || Resolve(issues, issue.Value, At(path, S.Case.Issue), "issue") is null)
        {
            return null;
        }

        return new CaseSpec(issue.Value, theme, title, raised, resolved);
    }

    private ReviewTitles? ReadTitles(JsonElement item, string path)
    {
        if (!f.Object(item, path, S.Titles.Shape))
        {
            return null;
        }

        var district = f.District(item, S.Titles.District, path);
        var title = f.String(item, S.Titles.Title, path);
        var sections = new Dictionary<ReviewTheme, string>();
        foreach (var (key, value, at) in f.Map(item, S.Titles.Sections, path))
        {
            if (f.StringValue(value, at + "." + key) is { } text)
            {
                sections[ReviewTheme.FromName(key)] = text;
            }
        }

        return district is null ? null : new ReviewTitles(district, title, sections.AsReadOnly());
    }

    /// <summary>Reads a date as the source states it (今年4月, 9月初), in the data set's year.</summary>
    private ReportedDate? Stated(JsonElement item, Format.Field field, string path)
    {
        if (f.String(item, field, path) is not { } text)
        {
            return null;
        }

        var parsed = ReportedDate.PatternFor(year, WorkingDayCalendar.ChinaMainland).Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        f.Problem(At(path, field), parsed.Error.Code, parsed.Error.Message);
        return null;
    }

    /// <summary>Keeps a record's annotations: the names of its illustrative fields (each a field of its shape) and its editor's note.</summary>
    private void Annotate(string kind, string id, JsonElement item, string path, Format.Shape shape)
    {
        List<string>? illustrative = null;
        foreach (var (name, at) in f.Array(item, S.Note.Illustrative, path))
        {
            if (f.StringValue(name, at) is not { } text)
            {
                continue;
            }

            if (System.Array.IndexOf(shape.Names, text) < 0 || text == S.Note.Illustrative.Name || text == S.Note.EditorNote.Name)
            {
                f.Problem(at, "field.enum", "Not a field of this record: name the fields whose values are illustrative.");
                continue;
            }

            (illustrative ??= []).Add(text);
        }

        var note = f.String(item, S.Note.EditorNote, path);
        foreach (var statedField in stated)
        {
            (illustrative ??= []).Add(statedField.Field);
        }

        if (illustrative is not null || note is not null)
        {
            illustrative ??= [];
            annotations.Add(new RecordAnnotation(kind, id, illustrative.Distinct().Order(StringComparer.Ordinal).ToArray(), note)
            {
                Stated = [.. stated.OrderBy(s => s.Field, StringComparer.Ordinal)],
            });
        }

        stated.Clear();
    }

    /// <summary>
    /// Reads a record's date given as a day or as the source states it (中秋节来临之际, 今年4月). A stated date gives the
    /// record the first day of its span, which its rules use; the field is then illustrative, and the phrase is kept.
    /// </summary>
    private NodaTime.LocalDate? DateOrStated(JsonElement item, Format.Field field, string path)
    {
        stated.RemoveAll(s => s.Field == field.Name);
        if (f.String(item, field, path) is not { } text)
        {
            return null;
        }

        if (NodaTime.Text.LocalDatePattern.Iso.Parse(text).Success)
        {
            return f.Date(item, field, path);
        }

        var parsed = ReportedDate.PatternFor(year, WorkingDayCalendar.ChinaMainland).Parse(text);
        if (!parsed.Success)
        {
            f.Problem(At(path, field), "field.format", "Expected an ISO date, yyyy-MM-dd, or a date as the source states it (今年4月, 9月初, 中秋节来临之际).");
            return null;
        }

        stated.Add(new StatedField(field.Name, parsed.Value));
        return parsed.Value.Start;
    }
}
