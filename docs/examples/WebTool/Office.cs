using System.Globalization;
using NodaTime;
using NodaTime.Text;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Reporting;

namespace WebTool;

/// <summary>A year held in memory: its records as stored, one review builder, and each issue's stored version.</summary>
public sealed class OfficeYear
{
    internal OfficeYear(DataSet data)
    {
        Data = data;
        Builder = data.ToReviewBuilder(WorkingDayCalendar.ChinaMainland);
        Departments = data.Departments.ToDictionary(d => d.Id.Value, StringComparer.Ordinal);
        Enterprises = data.Enterprises.ToDictionary(e => e.Id.Value, StringComparer.Ordinal);
        Compatriots = data.Compatriots.ToDictionary(c => c.Id.Value, StringComparer.Ordinal);
        References = SnapshotReferences.Of(data);
    }

    /// <summary>Gets the year's records as read from their rows.</summary>
    public DataSet Data { get; }

    /// <summary>Gets the year's number.</summary>
    public int Year => Data.Year;

    internal AnnualReviewBuilder Builder { get; }

    internal Dictionary<string, (ServiceIssue Issue, int Version)> Issues { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, Department> Departments { get; }

    internal Dictionary<string, Enterprise> Enterprises { get; }

    internal Dictionary<string, Compatriot> Compatriots { get; }

    internal SnapshotReferences References { get; set; }

    /// <summary>
    /// The district's open issues as of a date, oldest first; with a department, only those it leads or still has to
    /// report in to.
    /// </summary>
    public IReadOnlyList<WorkItem> OpenWork(District district, string? department, LocalDate asOf) =>
        [.. Worklist.For(district, WorkingDayCalendar.ChinaMainland, Issues.Values.Select(i => i.Issue).Where(i => i.District == district))
            .Open(asOf)
            .Where(i => string.IsNullOrEmpty(department) || i.Lead?.Value == department || i.AwaitingReportIn.Any(d => d.Value == department))];

    /// <summary>Whether the data set marks an issue's dates as made up (示例日期).</summary>
    public bool DatesIllustrative(string issueId) => Data.IsIllustrative("issue", issueId, "raisedOn") || Data.IsIllustrative("issue", issueId, "steps");
}

/// <summary>What became of a change a clerk asked for.</summary>
public abstract record Outcome
{
    /// <summary>Saved: the record's new version.</summary>
    public sealed record Saved(string Id, int Version, string Status) : Outcome;

    /// <summary>The form or request is malformed: what is wrong with each field.</summary>
    public sealed record Invalid(IReadOnlyList<string> Errors) : Outcome;

    /// <summary>No such record.</summary>
    public sealed record NotFound(string What) : Outcome;

    /// <summary>A domain rule refused the change (its stable code and message).</summary>
    public sealed record Refused(string Code, string Message) : Outcome;

    /// <summary>Someone else saved the record first.</summary>
    public sealed record Conflict(int Expected, int Current, string Message) : Outcome;

    /// <summary>An imported document has problems: every one, with its path.</summary>
    public sealed record Problems(IReadOnlyList<ImportProblem> List) : Outcome;
}

/// <summary>
/// The district office: the years in memory over the PostgreSQL store. Every change is applied to the record as
/// stored (read from its row), checked by the package's rules, written back only if its version is unchanged, and only
/// then put into the review builder (Replace), so the review pages never show what the database does not hold.
/// </summary>
public sealed class Office(Store store, IClock clock)
{
    /// <summary>The verbs an issue takes.</summary>
    public static readonly IReadOnlySet<string> Verbs = new HashSet<string>(["accept", "assign", "reroute", "hold", "resume", "report-in", "resolve", "close", "reopen"], StringComparer.Ordinal);

    private static readonly DateTimeZone Beijing = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private readonly Lock gate = new();
    private readonly Dictionary<int, OfficeYear> years = [];

    /// <summary>Gets today's date in Beijing.</summary>
    public LocalDate Today => clock.GetCurrentInstant().InZone(Beijing).Date;

    /// <summary>Gets the years loaded, newest first.</summary>
    public IReadOnlyList<int> Years
    {
        get
        {
            lock (gate)
            {
                return [.. years.Keys.OrderDescending()];
            }
        }
    }

    /// <summary>Reads an 'as of' date (yyyy-MM-dd); today in Beijing when none is given.</summary>
    /// <returns><see langword="false"/> when the text is not such a date.</returns>
    public bool TryAsOf(string? text, out LocalDate date)
    {
        date = Today;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        date = parsed.Success ? parsed.Value : date;
        return parsed.Success;
    }

    /// <summary>Loads every stored year into memory.</summary>
    public async Task LoadAsync(CancellationToken ct = default)
    {
        foreach (var year in await store.YearsAsync(ct))
        {
            await LoadYearAsync(year, ct);
        }
    }

    /// <summary>Runs a reader over a loaded year under the office's lock (the builder is not thread-safe).</summary>
    public T? With<T>(int year, Func<OfficeYear, T> read)
    {
        lock (gate)
        {
            return years.TryGetValue(year, out var y) ? read(y) : default;
        }
    }

    /// <summary>Imports a data-set file: all or nothing; every problem listed when it does not import.</summary>
    public async Task<Outcome> ImportAsync(Stream file, bool replace, string clerk, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var result = DataSetImporter.ImportUtf8(buffer.ToArray());
        if (!result.Success)
        {
            return new Outcome.Problems(result.Problems);
        }

        var document = DataSetExporter.Export(result.DataSet);
        if (!await store.ImportAsync(result.DataSet, document, replace, clerk, ct))
        {
            return new Outcome.Refused("import.year-exists", string.Create(CultureInfo.InvariantCulture, $"{result.DataSet.Year}年的数据已导入；如需以此文件替换，请勾选“替换已导入的年度”。"));
        }

        await LoadYearAsync(result.DataSet.Year, ct);
        return new Outcome.Saved(result.DataSet.Year.ToString(CultureInfo.InvariantCulture), 1, "imported");
    }

    /// <summary>Raises a new issue.</summary>
    public async Task<Outcome> RaiseAsync(int year, IReadOnlyDictionary<string, string?> form, string clerk, CancellationToken ct = default)
    {
        var errors = new List<string>();
        var loaded = With(year, y => y);
        if (loaded is null)
        {
            return new Outcome.NotFound($"{year}年的数据尚未导入。");
        }

        var id = Field(form, "id", errors, v => Id<ServiceIssue>.TryParse(v, out var x) ? x : (Id<ServiceIssue>?)null, "事项编号（字母、数字、-）");
        var district = Field(form, "district", errors, v => int.TryParse(v, CultureInfo.InvariantCulture, out var code) && District.TryFromCode(code, out var d) ? d : null, "区代码（6位）");
        var category = Field(form, "category", errors, v => IssueCategory.TryFromName(v, out var c) ? c : null, "类别");
        var channel = Field(form, "channel", errors, v => IssueChannel.TryFromName(v, out var c) ? c : null, "渠道");
        var raised = Field(form, "raisedOn", errors, v => LocalDatePattern.Iso.Parse(v) is { Success: true } p ? p.Value : (LocalDate?)null, "提出日期（yyyy-MM-dd）");
        var summary = Field(form, "summary", errors, v => string.IsNullOrWhiteSpace(v) ? null : v.Trim(), "事项概要");
        var subjectText = Field(form, "subject", errors, v => string.IsNullOrWhiteSpace(v) ? null : v.Trim(), "台企或台胞编号");
        IssueSubject? subject = null;
        if (subjectText is not null)
        {
            lock (gate)
            {
                subject = loaded.Enterprises.ContainsKey(subjectText) ? IssueSubject.Enterprise(Id<Enterprise>.From(subjectText))
                    : loaded.Compatriots.ContainsKey(subjectText) ? IssueSubject.Compatriot(Id<Compatriot>.From(subjectText))
                    : null;
            }

            if (subject is null)
            {
                errors.Add("subject: 没有这个编号的台企或台胞。");
            }
        }

        if (errors.Count > 0)
        {
            return new Outcome.Invalid(errors);
        }

        ServiceIssue issue;
        try
        {
            issue = ServiceIssue.Raise(id!.Value, district!, subject!.Value, category!, channel!, raised!.Value, summary!);
        }
        catch (BusinessRuleViolationException ex)
        {
            return new Outcome.Refused(ex.RuleCode, ex.Message);
        }

        var snapshot = Checked(year, issue, loaded.References, out var refused);
        if (refused is not null)
        {
            return refused;
        }

        if (!await store.AddAsync("issue", issue.Id.Value, year, issue.District.Code, snapshot!, "raise", issue.RaisedOn, clerk, ct))
        {
            return new Outcome.Refused("issue.id-is-unique", $"事项编号 {issue.Id.Value} 已被使用。");
        }

        lock (gate)
        {
            loaded.Issues[issue.Id.Value] = (issue, 1);
            loaded.Builder.Add(issue);
            loaded.References = SnapshotReferences.Create(loaded.Data.Departments, loaded.Data.Enterprises, loaded.Data.Compatriots, loaded.Issues.Values.Select(i => i.Issue));
        }

        return new Outcome.Saved(issue.Id.Value, 1, issue.Status.Name);
    }

    /// <summary>
    /// Withdraws an issue registered in error: only one that is still as raised (not yet accepted), at the version the
    /// clerk saw. The row is deleted and the issue leaves the review (the builder's <c>Remove</c>) and the worklists.
    /// </summary>
    public async Task<Outcome> WithdrawAsync(string issueId, IReadOnlyDictionary<string, string?> form, string clerk, CancellationToken ct = default)
    {
        var errors = new List<string>();
        var (stored, missing) = await FindIssueAsync(issueId, form, errors, ct);
        if (stored is not var (row, year, expected))
        {
            return missing!;
        }

        var (read, notRead) = Checkout(issueId, row, year, expected, errors);
        if (read?.Value is null)
        {
            return notRead!;
        }

        if (read.Value.Status != IssueStatus.Raised)
        {
            return new Outcome.Refused("webtool.withdraw-only-before-acceptance", $"事项 {issueId} 已{read.Value.Status.InternalLabel}，只能撤回尚未受理的登记；如需了结，请办结或未解决结案。");
        }

        try
        {
            await store.DeleteAsync(row.Year, "issue", issueId, expected!.Value, "withdraw", null, clerk, ct);
        }
        catch (ConcurrencyConflictException ex)
        {
            return Conflict(issueId, ex.Expected, ex.Current);
        }

        lock (gate)
        {
            if (year.Issues.Remove(issueId, out var held))
            {
                year.Builder.Remove(held.Issue);
                year.References = SnapshotReferences.Create(year.Data.Departments, year.Data.Enterprises, year.Data.Compatriots, year.Issues.Values.Select(i => i.Issue));
            }
        }

        return new Outcome.Saved(issueId, expected.Value + 1, "Withdrawn");
    }

    /// <summary>
    /// Applies a verb to an issue as stored at the version the clerk saw: accept, assign, reroute, hold, resume,
    /// report-in, resolve, close, reopen.
    /// </summary>
    public async Task<Outcome> ChangeAsync(string issueId, string verb, IReadOnlyDictionary<string, string?> form, string clerk, CancellationToken ct = default)
    {
        if (!Verbs.Contains(verb))
        {
            return new Outcome.NotFound($"没有“{Truncate(verb)}”这项操作。");
        }

        var errors = new List<string>();
        var date = Field(form, "date", errors, v => LocalDatePattern.Iso.Parse(v) is { Success: true } p ? p.Value : (LocalDate?)null, "日期（yyyy-MM-dd）");
        var (stored, missing) = await FindIssueAsync(issueId, form, errors, ct);
        if (stored is not var (row, year, expected))
        {
            return missing!;
        }

        Action<ServiceIssue>? apply = verb switch
        {
            "accept" => i => i.Accept(date!.Value),
            "assign" or "reroute" => Assignment(form, year, errors, verb, date),
            "hold" => Field(form, "holdReason", errors, v => Enum.TryParse<HoldReason>(v, out var r) && Enum.IsDefined(r) ? r : (HoldReason?)null, "暂停原因") is { } reason
                ? i => i.Hold(date!.Value, reason, Optional(form, "note"))
                : null,
            "resume" => i => i.Resume(date!.Value),
            "report-in" => DepartmentField(form, "department", year, errors) is { } department ? i => i.RecordReportIn(department, date!.Value) : null,
            "resolve" => Resolution(form, year, errors, date),
            "close" => i => i.CloseUnresolved(date!.Value, Optional(form, "reason") ?? string.Empty),
            "reopen" => i => i.Reopen(date!.Value, Optional(form, "reason") ?? string.Empty),
            _ => throw new InvalidOperationException("A verb in Verbs has no case."),
        };
        var (read, notRead) = Checkout(issueId, row, year, expected, errors);
        if (read?.Value is null)
        {
            return notRead!;
        }

        var issue = read.Value;
        try
        {
            apply!(issue);
        }
        catch (BusinessRuleViolationException ex)
        {
            return new Outcome.Refused(ex.RuleCode, ex.Message);
        }
        catch (ArgumentException ex)
        {
            return new Outcome.Invalid([ex.Message]);
        }

        var snapshot = Checked(row.Year, issue, year.References, out var refused, read.Annotation);
        if (refused is not null)
        {
            return refused;
        }

        int version;
        try
        {
            version = await store.SaveAsync(row.Year, "issue", issueId, expected!.Value, snapshot!, verb, date, clerk, ct);
        }
        catch (ConcurrencyConflictException ex)
        {
            return Conflict(issueId, ex.Expected, ex.Current);
        }

        lock (gate)
        {
            // Two saves of one issue may finish out of order here: the higher version wins.
            if (!year.Issues.TryGetValue(issueId, out var held) || held.Version < version)
            {
                year.Issues[issueId] = (issue, version);
                year.Builder.Replace(issue);
            }
        }

        return new Outcome.Saved(issueId, version, issue.Status.Name);
    }

    /// <summary>Finds an issue's row and its loaded year, and reads the version the clerk saw (an error when missing).</summary>
    private async Task<((StoredRecord Row, OfficeYear Year, int? Expected)? Found, Outcome? Missing)> FindIssueAsync(
        string issueId, IReadOnlyDictionary<string, string?> form, List<string> errors, CancellationToken ct)
    {
        var expected = Field(form, "version", errors, v => int.TryParse(v, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : (int?)null, "版本号（页面上的隐藏字段）");
        var row = await store.FindAsync("issue", issueId, ct);
        if (row is null)
        {
            return (null, new Outcome.NotFound($"没有编号为 {issueId} 的事项。"));
        }

        var year = With(row.Year, y => y);
        return year is null ? (null, new Outcome.NotFound($"{row.Year}年的数据尚未载入。")) : ((row, year, expected), null);
    }

    /// <summary>
    /// Reads the stored issue for a change: refused with the form's errors, a conflict when the row is no longer at the
    /// version the clerk saw, or the stored snapshot's problems.
    /// </summary>
    private static (SnapshotResult<ServiceIssue>? Read, Outcome? NotRead) Checkout(string issueId, StoredRecord row, OfficeYear year, int? expected, List<string> errors)
    {
        if (errors.Count > 0)
        {
            return (null, new Outcome.Invalid(errors));
        }

        if (row.Version != expected)
        {
            return (null, Conflict(issueId, expected!.Value, row.Version));
        }

        var read = AggregateSnapshot.Read<ServiceIssue>(row.Snapshot, year.References);
        return read.Success ? (read, null) : (null, new Outcome.Problems(read.Problems));
    }

    private static Outcome.Conflict Conflict(string id, int expected, int current) =>
        new(expected, current, string.Create(CultureInfo.InvariantCulture, $"事项 {id} 已由他人保存：您修改的是第{expected}版，现在是第{current}版。您的这次操作没有保存，请查看最新状态后再办理。"));

    /// <summary>Writes the snapshot and reads it back: nothing is stored that would not read (a dangling department ...).</summary>
    private static string? Checked(int year, ServiceIssue issue, SnapshotReferences references, out Outcome? refused, RecordAnnotation? note = null)
    {
        var snapshot = AggregateSnapshot.Write(year, issue, note);
        var check = AggregateSnapshot.Read<ServiceIssue>(snapshot, references);
        refused = check.Success ? null : new Outcome.Problems(check.Problems);
        return check.Success ? snapshot : null;
    }

    private Action<ServiceIssue>? Assignment(IReadOnlyDictionary<string, string?> form, OfficeYear year, List<string> errors, string verb, LocalDate? date)
    {
        var lead = DepartmentField(form, "lead", year, errors);
        var co = new List<Id<Department>>();
        foreach (var text in (Optional(form, "co") ?? string.Empty).Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Known(year, text) is { } d)
            {
                co.Add(d);
            }
            else
            {
                errors.Add($"co: 没有编号为 {text} 的部门。");
            }
        }

        if (lead is not { } l)
        {
            return null;
        }

        return verb == "assign"
            ? i => i.Assign(date!.Value, l, co)
            : i => i.Reroute(date!.Value, l, co, Optional(form, "reason") ?? string.Empty);
    }

    private Action<ServiceIssue>? Resolution(IReadOnlyDictionary<string, string?> form, OfficeYear year, List<string> errors, LocalDate? date)
    {
        var by = DepartmentField(form, "by", year, errors);
        var outcome = Field(form, "outcome", errors, v => string.IsNullOrWhiteSpace(v) ? null : v.Trim(), "办理结果");
        int? trips = null;
        if (Optional(form, "trips") is { } tripsText)
        {
            if (int.TryParse(tripsText, CultureInfo.InvariantCulture, out var n) && n >= 0)
            {
                trips = n;
            }
            else
            {
                errors.Add("trips: 跑动次数应为非负整数。");
            }
        }

        return by is { } b && outcome is not null ? i => i.Resolve(date!.Value, b, outcome, trips) : null;
    }

    private Id<Department>? DepartmentField(IReadOnlyDictionary<string, string?> form, string name, OfficeYear year, List<string> errors)
    {
        var text = Optional(form, name);
        if (text is null)
        {
            errors.Add($"{name}: 请填写部门编号。");
            return null;
        }

        if (Known(year, text) is { } id)
        {
            return id;
        }

        errors.Add($"{name}: 没有编号为 {text} 的部门。");
        return null;
    }

    private Id<Department>? Known(OfficeYear year, string text)
    {
        lock (gate)
        {
            return year.Departments.TryGetValue(text, out var department) ? department.Id : null;
        }
    }

    private static string? Optional(IReadOnlyDictionary<string, string?> form, string name) =>
        form.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static T? Field<T>(IReadOnlyDictionary<string, string?> form, string name, List<string> errors, Func<string, T?> parse, string what)
    {
        var text = Optional(form, name);
        var value = text is null ? default : parse(text);
        if (value is null)
        {
            errors.Add(text is null ? $"{name}: 请填写{what}。" : $"{name}: “{Truncate(text)}”不是有效的{what}。");
        }

        return value;
    }

    private static string Truncate(string text) => text.Length > 40 ? text[..40] + "…" : text;

    private async Task LoadYearAsync(int year, CancellationToken ct)
    {
        var stored = await store.LoadYearAsync(year, ct) ?? throw new InvalidOperationException($"The year {year} is not stored.");
        var imported = DataSetImporter.Import(stored.Document);
        if (!imported.Success)
        {
            throw new InvalidDataException($"The stored document of {year} does not import: " + string.Join("; ", imported.Problems));
        }

        var data = Rows.Read(imported.DataSet, stored.Records);
        var loaded = new OfficeYear(data);
        var issues = data.Issues.ToDictionary(i => i.Id.Value, StringComparer.Ordinal);
        foreach (var row in stored.Records.Where(r => r.Kind == "issue"))
        {
            loaded.Issues[row.Id] = (issues[row.Id], row.Version);
        }

        lock (gate)
        {
            years[year] = loaded;
        }
    }
}
