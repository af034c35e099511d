using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Exchanges;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Mechanisms;
using TaiAffairs.Domain.Subsidies;

namespace TaiAffairs.Domain.Interchange;

/// <summary>
/// Writes and reads one aggregate at a time (an issue, an enterprise with its visits, an award with its payments ...)
/// as JSON, for a host that stores each aggregate in its own row (a <c>jsonb</c> column) or sends records one by one.
/// </summary>
/// <remarks>
/// <para>
/// A snapshot is a data-set document (<see cref="DataSetFormat"/>, the same format version, year and field names) that
/// holds exactly one record, written compactly with the empty lists left out. Reading it checks everything the
/// importer checks (shape, types, dates the calendar covers, every rule of the aggregate's verbs replayed in order)
/// and resolves its references against the <see cref="SnapshotReferences"/> given, so a snapshot edited by hand or
/// written by an older version is refused with every problem at its path (<c>$.issues[0].steps[2].date</c>), never
/// half-read. A snapshot keeps the record's <see cref="RecordAnnotation"/>: values a data set had to make up stay
/// marked. Rules that span records (one award per programme and year in a district, unique credit codes) are the
/// host's to check across its rows, as <see cref="AwardRegister"/> and <see cref="DataQuality"/> do for a data set.
/// </para>
/// <para>Stateless and thread-safe. A snapshot holds personal data as the data set does: protect it as the data requires.</para>
/// </remarks>
#pragma warning disable RS0026 // One Write per kind of record, each with an optional annotation: the record's type picks the overload.
public static class AggregateSnapshot
{
    /// <summary>Writes a department's snapshot.</summary>
    /// <param name="year">The year of the data set the record belongs to.</param>
    /// <param name="department">The department.</param>
    /// <param name="annotation">What the data set marks of the record, or <see langword="null"/>.</param>
    /// <returns>The snapshot's JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not 1900 to 9999.</exception>
    /// <exception cref="ArgumentException"><paramref name="annotation"/> is not of this record.</exception>
    public static string Write(int year, Department department, RecordAnnotation? annotation = null) =>
        Write(year, "department", NotNull(department).Id.Value, annotation, notes => DataSet.Create(year, departments: [department], annotations: notes));

    /// <summary>Writes a leading group's snapshot (its members, meetings and decisions).</summary>
    /// <param name="year">The year of the data set the record belongs to.</param>
    /// <param name="annotation">What the data set marks of the record, or <see langword="null"/>.</param>
    /// <param name="group">The leading group.</param>
    /// <returns>The snapshot's JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not 1900 to 9999.</exception>
    /// <exception cref="ArgumentException"><paramref name="annotation"/> is not of this record.</exception>
    public static string Write(int year, LeadingGroup group, RecordAnnotation? annotation = null) =>
        Write(year, "leadingGroup", NotNull(group).Id.Value, annotation, notes => DataSet.Create(year, leadingGroups: [group], annotations: notes));

    /// <summary>Writes an enterprise's snapshot (with its visits, findings, money records and staff).</summary>
    /// <param name="year">The year of the data set the record belongs to.</param>
    /// <param name="annotation">What the data set marks of the record, or <see langword="null"/>.</param>
    /// <param name="enterprise">The enterprise.</param>
    /// <returns>The snapshot's JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="enterprise"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not 1900 to 9999.</exception>
    /// <exception cref="ArgumentException"><paramref name="annotation"/> is not of this record.</exception>
    public static string Write(int year, Enterprise enterprise, RecordAnnotation? annotation = null) =>
        Write(year, "enterprise", NotNull(enterprise).Id.Value, annotation, notes => DataSet.Create(year, enterprises: [enterprise], annotations: notes));

    /// <summary>Writes a compatriot's snapshot (with care visits and doses). It holds personal data.</summary>
    /// <param name="year">The year of the data set the record belongs to.</param>
    /// <param name="annotation">What the data set marks of the record, or <see langword="null"/>.</param>
    /// <param name="compatriot">The compatriot.</param>
    /// <returns>The snapshot's JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="compatriot"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not 1900 to 9999.</exception>
    /// <exception cref="ArgumentException"><paramref name="annotation"/> is not of this record.</exception>
    public static string Write(int year, Compatriot compatriot, RecordAnnotation? annotation = null) =>
        Write(year, "compatriot", NotNull(compatriot).Id.Value, annotation, notes => DataSet.Create(year, compatriots: [compatriot], annotations: notes));

    /// <summary>Writes an issue's snapshot: its raise, deadline and every step of its history.</summary>
    /// <param name="year">The year of the data set the record belongs to.</param>
    /// <param name="annotation">What the data set marks of the record, or <see langword="null"/>.</param>
    /// <param name="issue">The issue.</param>
    /// <returns>The snapshot's JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not 1900 to 9999.</exception>
    /// <exception cref="ArgumentException"><paramref name="annotation"/> is not of this record.</exception>
    public static string Write(int year, ServiceIssue issue, RecordAnnotation? annotation = null) =>
        Write(year, "issue", NotNull(issue).Id.Value, annotation, notes => DataSet.Create(year, issues: [issue], annotations: notes));

    /// <summary>Writes a subsidy award's snapshot (with its application and payments).</summary>
    /// <param name="year">The year of the data set the record belongs to.</param>
    /// <param name="annotation">What the data set marks of the record, or <see langword="null"/>.</param>
    /// <param name="award">The award.</param>
    /// <returns>The snapshot's JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="award"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not 1900 to 9999.</exception>
    /// <exception cref="ArgumentException"><paramref name="annotation"/> is not of this record.</exception>
    public static string Write(int year, SubsidyAward award, RecordAnnotation? annotation = null) =>
        Write(year, "award", NotNull(award).Id.Value, annotation, notes => DataSet.Create(year, awards: [award], annotations: notes));

    /// <summary>Writes a service mechanism's snapshot.</summary>
    /// <param name="year">The year of the data set the record belongs to.</param>
    /// <param name="annotation">What the data set marks of the record, or <see langword="null"/>.</param>
    /// <param name="mechanism">The mechanism.</param>
    /// <returns>The snapshot's JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mechanism"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not 1900 to 9999.</exception>
    /// <exception cref="ArgumentException"><paramref name="annotation"/> is not of this record.</exception>
    public static string Write(int year, ServiceMechanism mechanism, RecordAnnotation? annotation = null) =>
        Write(year, "mechanism", NotNull(mechanism).Id.Value, annotation, notes => DataSet.Create(year, mechanisms: [mechanism], annotations: notes));

    /// <summary>Writes an exchange event's snapshot.</summary>
    /// <param name="year">The year of the data set the record belongs to.</param>
    /// <param name="annotation">What the data set marks of the record, or <see langword="null"/>.</param>
    /// <param name="exchangeEvent">The event.</param>
    /// <returns>The snapshot's JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exchangeEvent"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not 1900 to 9999.</exception>
    /// <exception cref="ArgumentException"><paramref name="annotation"/> is not of this record.</exception>
    public static string Write(int year, ExchangeEvent exchangeEvent, RecordAnnotation? annotation = null) =>
        Write(year, "event", NotNull(exchangeEvent).Id.Value, annotation, notes => DataSet.Create(year, events: [exchangeEvent], annotations: notes));

    /// <summary>Writes a training's snapshot.</summary>
    /// <param name="year">The year of the data set the record belongs to.</param>
    /// <param name="annotation">What the data set marks of the record, or <see langword="null"/>.</param>
    /// <param name="training">The training.</param>
    /// <returns>The snapshot's JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="training"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not 1900 to 9999.</exception>
    /// <exception cref="ArgumentException"><paramref name="annotation"/> is not of this record.</exception>
    public static string Write(int year, Training training, RecordAnnotation? annotation = null) =>
        Write(year, "training", NotNull(training).Id.Value, annotation, notes => DataSet.Create(year, trainings: [training], annotations: notes));

    /// <summary>Writes a policy publicity's snapshot.</summary>
    /// <param name="year">The year of the data set the record belongs to.</param>
    /// <param name="annotation">What the data set marks of the record, or <see langword="null"/>.</param>
    /// <param name="publicity">The publicity.</param>
    /// <returns>The snapshot's JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="publicity"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not 1900 to 9999.</exception>
    /// <exception cref="ArgumentException"><paramref name="annotation"/> is not of this record.</exception>
    public static string Write(int year, PolicyPublicity publicity, RecordAnnotation? annotation = null) =>
        Write(year, "publicity", NotNull(publicity).Id.Value, annotation, notes => DataSet.Create(year, publicity: [publicity], annotations: notes));

    /// <summary>
    /// Reads an aggregate's snapshot, checking it as the importer checks a data set, and resolving its references
    /// against <paramref name="references"/>.
    /// </summary>
    /// <typeparam name="T">The kind of record: <see cref="Department"/>, <see cref="LeadingGroup"/>, <see cref="Enterprise"/>,
    /// <see cref="Compatriot"/>, <see cref="ServiceIssue"/>, <see cref="SubsidyAward"/>, <see cref="ServiceMechanism"/>,
    /// <see cref="ExchangeEvent"/>, <see cref="Training"/> or <see cref="PolicyPublicity"/>.</typeparam>
    /// <param name="json">The snapshot's JSON text.</param>
    /// <param name="references">The records its references may name (<see cref="SnapshotReferences.None"/> for none).</param>
    /// <param name="limits">Size and depth limits, or <see langword="null"/> for <see cref="ImportLimits.Default"/>.</param>
    /// <returns>The record, or every problem (<c>snapshot.kind</c> when the document holds anything but one record of
    /// kind <typeparamref name="T"/>; <c>reference.dangling</c> when it names a record not among the references).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="references"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a kind of record a snapshot holds.</exception>
    public static SnapshotResult<T> Read<T>(string? json, SnapshotReferences references, ImportLimits? limits = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(references);
        var kind = KindOf(typeof(T));
        var read = DataSetImporter.Read(json, limits ?? ImportLimits.Default, references);
        if (!read.Success)
        {
            return new SnapshotResult<T>(null, 0, null, read.Problems);
        }

        var data = read.DataSet;
        var records = new (string Kind, IReadOnlyCollection<object> Items)[]
        {
            ("department", data.Departments), ("leadingGroup", data.LeadingGroups), ("enterprise", data.Enterprises), ("compatriot", data.Compatriots),
            ("issue", data.Issues), ("award", data.Awards), ("mechanism", data.Mechanisms), ("event", data.Events), ("training", data.Trainings),
            ("publicity", data.Publicity),
        };
        var count = records.Sum(r => r.Items.Count);
        var others = data.Declared.Count + data.Cases.Count + data.Titles.Count + data.Outlines.Count + (data.CityOutline is null ? 0 : 1);
        var found = Array.Find(records, r => r.Items.Count > 0);
        if (count != 1 || others != 0 || found.Kind != kind)
        {
            var holds = count == 0 && others == 0 ? "no record" : string.Join(", ", records.Where(r => r.Items.Count > 0).Select(r => $"{r.Items.Count} {r.Kind}").Append(others > 0 ? $"{others} declaration, case, title or outline" : null).OfType<string>());
            return Failed<T>("$", "snapshot.kind", $"A snapshot of a {kind} holds exactly one {kind} and nothing else; this one holds {holds}.");
        }

        var value = (T)found.Items.Single();
        return new SnapshotResult<T>(value, data.Year, data.Annotations.Count > 0 ? data.Annotations[0] : null, []);
    }

    private static string KindOf(Type type) =>
        type == typeof(ServiceIssue) ? "issue"
        : type == typeof(Department) ? "department"
        : type == typeof(LeadingGroup) ? "leadingGroup"
        : type == typeof(Enterprise) ? "enterprise"
        : type == typeof(Compatriot) ? "compatriot"
        : type == typeof(SubsidyAward) ? "award"
        : type == typeof(ServiceMechanism) ? "mechanism"
        : type == typeof(ExchangeEvent) ? "event"
        : type == typeof(Training) ? "training"
        : type == typeof(PolicyPublicity) ? "publicity"
        : throw new NotSupportedException($"A snapshot holds a department, leading group, enterprise, compatriot, issue, award, mechanism, event, training or publicity, not a {type.Name}.");

    private static string Write(int year, string kind, string id, RecordAnnotation? annotation, Func<RecordAnnotation[], DataSet> dataSet)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        if (annotation is not null && (annotation.Kind != kind || annotation.Id != id))
        {
            throw new ArgumentException($"The annotation is of the {annotation.Kind} '{annotation.Id}', not of this {kind}.", nameof(annotation));
        }

        return DataSetExporter.Export(dataSet(annotation is null ? [] : [annotation]), compact: true);
    }

    private static T NotNull<T>(T value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class =>
        value ?? throw new ArgumentNullException(name);

    private static SnapshotResult<T> Failed<T>(string path, string code, string message)
        where T : class =>
        new(null, 0, null, [new ImportProblem(path, code, message)]);
}
#pragma warning restore RS0026
