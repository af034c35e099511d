using System.Text.Json;
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

/// <summary>Reads a parsed data-set document into aggregates, collecting every problem with its path.</summary>
internal sealed partial class DataSetReader
{
    private static readonly string[] RootFields =
        ["formatVersion", "year", "note", "departments", "leadingGroups", "enterprises", "compatriots", "issues", "awards", "mechanisms", "events", "trainings", "publicity", "declared", "cases", "titles"];

    private readonly JsonFields f;
    private readonly Dictionary<Id<Department>, Department> departments = [];
    private readonly Dictionary<Id<Enterprise>, Enterprise> enterprises = [];
    private readonly Dictionary<Id<Compatriot>, Compatriot> compatriots = [];
    private readonly Dictionary<Id<ServiceIssue>, ServiceIssue> issues = [];
    private readonly HashSet<string> recordIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(District District, int Year), AwardRegister> registers = [];

    public DataSetReader(ImportLimits limits) => f = new JsonFields(limits);

    public IReadOnlyList<ImportProblem> Problems => f.Problems;

    public DataSet? Read(JsonElement root)
    {
        const string at = "$";
        if (!f.Object(root, at, RootFields))
        {
            return null;
        }

        var version = f.Int(root, "formatVersion", at);
        if (version is { } v && v != DataSetFormat.Version)
        {
            f.Problem("$.formatVersion", "format.version", $"Unknown format version; this package reads version {DataSetFormat.Version}.");
            return null;
        }

        var year = f.Int(root, "year", at);
        if (year is { } y && y is < 1900 or > 9999)
        {
            f.Problem("$.year", "field.range", "The year must be between 1900 and 9999.");
            year = null;
        }

        if (version is null || year is null)
        {
            return null;
        }

        var note = f.String(root, "note", at, required: false);
        var departmentList = Collect(root, "departments", ReadDepartment);
        var groups = Collect(root, "leadingGroups", ReadLeadingGroup);
        var enterpriseList = Collect(root, "enterprises", ReadEnterprise);
        var compatriotList = Collect(root, "compatriots", ReadCompatriot);
        var issueList = Collect(root, "issues", ReadIssue);
        var awards = Collect(root, "awards", ReadAward);
        var mechanisms = Collect(root, "mechanisms", ReadMechanism);
        var events = Collect(root, "events", ReadEvent);
        var trainings = Collect(root, "trainings", ReadTraining);
        var publicity = Collect(root, "publicity", ReadPublicity);
        var declared = Collect(root, "declared", ReadDeclared);
        var cases = Collect(root, "cases", ReadCase);
        var titles = Collect(root, "titles", ReadTitles);
        if (f.ProblemCount > 0)
        {
            return null;
        }

        var dataSet = DataSet.Create(year.Value, note, departmentList, groups, enterpriseList, compatriotList, issueList, awards, mechanisms, events, trainings, publicity, declared, cases, titles);
        if (!WorkingDayCalendar.ChinaMainland.Covers(new LocalDate(year.Value, 6, 1)))
        {
            f.Problem("$.year", "calendar.year-not-covered", "The embedded working-day calendar has no holiday data for this year.");
            return null;
        }

        Try("$.cases", () => dataSet.ToReviewBuilder(WorkingDayCalendar.ChinaMainland));
        return f.ProblemCount > 0 ? null : dataSet;
    }

    private List<T> Collect<T>(JsonElement root, string name, Func<JsonElement, string, T?> read)
        where T : class
    {
        var list = new List<T>();
        foreach (var (item, path) in f.Array(root, name, "$"))
        {
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
        catch (BusinessRuleViolationException ex)
        {
            f.Problem(path, ex.RuleCode, ex.Message);
        }
        catch (CalendarYearNotCoveredException ex)
        {
            f.Problem(path, "calendar.year-not-covered", ex.Message);
        }
        catch (ArgumentException ex)
        {
            f.Problem(path, "argument.invalid", ex.Message);
        }
        catch (OverflowException)
        {
            f.Problem(path, "field.range", "A number is too large.");
        }

        return false;
    }

    private T? Create<T>(string path, Func<T> create)
        where T : class
    {
        T? result = null;
        return Try(path, () => { result = create(); }) ? result : null;
    }

    private bool NewId(string kind, string value, string path)
    {
        if (recordIds.Add(kind + ":" + value))
        {
            return true;
        }

        f.Problem(path, "id.duplicate", "This id is already used by another record of the same kind.");
        return false;
    }

    private Department? DepartmentRef(JsonElement obj, string name, string path, bool required = true)
    {
        var id = f.Id<Department>(obj, name, path, required);
        return id is { } key ? Resolve(departments, key, path + "." + name, "department") : null;
    }

    private List<Id<Department>> DepartmentRefs(JsonElement obj, string name, string path)
    {
        var result = new List<Id<Department>>();
        foreach (var (item, at) in f.Array(obj, name, path))
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                f.Problem(at, "field.type", "Expected a department id.");
                continue;
            }

            if (f.IdOf<Department>(item.GetString()!, at) is { } id && Resolve(departments, id, at, "department") is not null)
            {
                result.Add(id);
            }
        }

        return result;
    }

    private T? Resolve<TKey, T>(Dictionary<TKey, T> map, TKey key, string path, string what)
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

    private Official? ReadOfficial(JsonElement obj, string name, string path, bool required = true)
    {
        if (!f.TryField(obj, name, path, required, out var value))
        {
            return null;
        }

        var at = path + "." + name;
        if (!f.Object(value, at, "post", "name"))
        {
            return null;
        }

        var post = f.String(value, "post", at);
        var person = f.String(value, "name", at, required: false);
        return post is null ? null : Create(at, () => Official.Create(post, person));
    }

    private Department? ReadDepartment(JsonElement item, string path)
    {
        if (!f.Object(item, path, "id", "name", "kind", "district"))
        {
            return null;
        }

        var id = f.Id<Department>(item, "id", path);
        var name = f.String(item, "name", path);
        var kind = f.Enum<DepartmentKind>(item, "kind", path);
        var district = f.District(item, "district", path, required: false);
        if (id is null || name is null || kind is null || !NewId("department", id.Value.Value, path + ".id"))
        {
            return null;
        }

        var department = Create(path, () => Department.Create(id.Value, name, kind, district));
        if (department is not null)
        {
            departments[department.Id] = department;
        }

        return department;
    }

    private DeclaredFigure? ReadDeclared(JsonElement item, string path)
    {
        if (!f.Object(item, path, "district", "key", "count", "amount", "label", "note", "qualifier"))
        {
            return null;
        }

        var district = f.District(item, "district", path);
        var key = f.Enum<FigureKey>(item, "key", path);
        var label = f.String(item, "label", path, required: false);
        var note = f.String(item, "note", path, required: false);
        var qualifier = f.String(item, "qualifier", path, required: false);
        var hasCount = item.TryGetProperty("count", out _);
        var hasAmount = item.TryGetProperty("amount", out _);
        if (hasCount == hasAmount)
        {
            f.Problem(path, "field.missing", "A declared figure has exactly one of \"count\" and \"amount\".");
            return null;
        }

        if (district is null || key is null)
        {
            return null;
        }

        if (hasCount)
        {
            var count = f.Quantity(item, "count", path);
            return count is null ? null : Create(path + ".count", () => DeclaredFigure.Count(district, key, count.Value, label, note, qualifier));
        }

        var amount = f.Money(item, "amount", path);
        return amount is null ? null : Create(path, () => DeclaredFigure.Amount(district, key, amount.Value, label, note, qualifier));
    }

    private CaseSpec? ReadCase(JsonElement item, string path)
    {
        if (!f.Object(item, path, "issue", "theme", "title"))
        {
            return null;
        }

        var issue = f.Id<ServiceIssue>(item, "issue", path);
        var theme = f.Enum<ReviewTheme>(item, "theme", path);
        var title = f.String(item, "title", path);
        if (issue is null || theme is null || title is null || Resolve(issues, issue.Value, path + ".issue", "issue") is null)
        {
            return null;
        }

        return new CaseSpec(issue.Value, theme, title);
    }

    private ReviewTitles? ReadTitles(JsonElement item, string path)
    {
        if (!f.Object(item, path, "district", "title", "sections"))
        {
            return null;
        }

        var district = f.District(item, "district", path);
        var title = f.String(item, "title", path, required: false);
        var sections = new Dictionary<ReviewTheme, string>();
        if (f.TryField(item, "sections", path, false, out var map) && f.Object(map, path + ".sections", ReviewTheme.All.Select(t => t.Name).ToArray()))
        {
            foreach (var theme in ReviewTheme.All)
            {
                if (f.String(map, theme.Name, path + ".sections", required: false) is { } text)
                {
                    sections[theme] = text;
                }
            }
        }

        return district is null ? null : new ReviewTitles(district, title, sections.AsReadOnly());
    }
}
