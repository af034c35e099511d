using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Exchanges;
using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Mechanisms;
using TaiAffairs.Domain.Subsidies;

namespace WebTool;

/// <summary>A record ready for its row: kind, id, district and snapshot.</summary>
/// <param name="Kind">The kind (the data set's annotation kind: <c>issue</c>, <c>enterprise</c> ...).</param>
/// <param name="Id">The record's id.</param>
/// <param name="District">The district's code, where the record has one.</param>
/// <param name="Snapshot">The snapshot.</param>
public sealed record Row(string Kind, string Id, int? District, string Snapshot);

/// <summary>A data set's records as rows, and rows read back into a data set.</summary>
public static class Rows
{
    /// <summary>The kinds in the order a year is read back: each kind's references are read before it.</summary>
    public static readonly string[] Kinds = ["department", "enterprise", "compatriot", "issue", "leadingGroup", "award", "mechanism", "event", "training", "publicity"];

    /// <summary>Writes every record of a data set as its snapshot.</summary>
    public static IEnumerable<Row> Of(DataSet data)
    {
        var y = data.Year;
        RecordAnnotation? Note(string kind, string id) => data.Annotations.FirstOrDefault(a => a.Kind == kind && a.Id == id);
        foreach (var x in data.Departments)
        {
            yield return new("department", x.Id.Value, x.District?.Code, AggregateSnapshot.Write(y, x, Note("department", x.Id.Value)));
        }

        foreach (var x in data.Enterprises)
        {
            yield return new("enterprise", x.Id.Value, x.District.Code, AggregateSnapshot.Write(y, x, Note("enterprise", x.Id.Value)));
        }

        foreach (var x in data.Compatriots)
        {
            yield return new("compatriot", x.Id.Value, x.ResidenceDistrict.Code, AggregateSnapshot.Write(y, x, Note("compatriot", x.Id.Value)));
        }

        foreach (var x in data.Issues)
        {
            yield return new("issue", x.Id.Value, x.District.Code, AggregateSnapshot.Write(y, x, Note("issue", x.Id.Value)));
        }

        foreach (var x in data.LeadingGroups)
        {
            yield return new("leadingGroup", x.Id.Value, x.District.Code, AggregateSnapshot.Write(y, x, Note("leadingGroup", x.Id.Value)));
        }

        foreach (var x in data.Awards)
        {
            yield return new("award", x.Id.Value, x.District.Code, AggregateSnapshot.Write(y, x, Note("award", x.Id.Value)));
        }

        foreach (var x in data.Mechanisms)
        {
            yield return new("mechanism", x.Id.Value, x.District.Code, AggregateSnapshot.Write(y, x, Note("mechanism", x.Id.Value)));
        }

        foreach (var x in data.Events)
        {
            // A joint event belongs to every organizing district: it has no one district.
            yield return new("event", x.Id.Value, x.OrganizingDistricts.Count == 1 ? x.OrganizingDistricts[0].Code : null, AggregateSnapshot.Write(y, x, Note("event", x.Id.Value)));
        }

        foreach (var x in data.Trainings)
        {
            yield return new("training", x.Id.Value, x.District.Code, AggregateSnapshot.Write(y, x, Note("training", x.Id.Value)));
        }

        foreach (var x in data.Publicity)
        {
            yield return new("publicity", x.Id.Value, x.District.Code, AggregateSnapshot.Write(y, x, Note("publicity", x.Id.Value)));
        }
    }

    /// <summary>
    /// Reads a year's rows back into a data set (declarations, cases, titles and outlines from the imported document),
    /// each kind against the references read before it.
    /// </summary>
    /// <exception cref="InvalidDataException">A stored snapshot does not read: its problems, with the row.</exception>
    public static DataSet Read(DataSet imported, IReadOnlyList<StoredRecord> rows)
    {
        var byKind = rows.ToLookup(r => r.Kind);
        var notes = new List<RecordAnnotation>();
        List<T> All<T>(string kind, SnapshotReferences references)
            where T : class
        {
            var list = new List<T>();
            foreach (var row in byKind[kind])
            {
                var read = AggregateSnapshot.Read<T>(row.Snapshot, references);
                if (!read.Success)
                {
                    throw new InvalidDataException($"The stored {row.Kind} '{row.Id}' (version {row.Version}) does not read: " + string.Join("; ", read.Problems));
                }

                list.Add(read.Value);
                if (read.Annotation is { } note)
                {
                    notes.Add(note);
                }
            }

            return list;
        }

        var departments = All<Department>("department", SnapshotReferences.None);
        var enterprises = All<Enterprise>("enterprise", SnapshotReferences.Create(departments));
        var compatriots = All<Compatriot>("compatriot", SnapshotReferences.Create(departments));
        var issues = All<ServiceIssue>("issue", SnapshotReferences.Create(departments, enterprises, compatriots));
        var all = SnapshotReferences.Create(departments, enterprises, compatriots, issues);
        return DataSet.Create(
            imported.Year, imported.Note, departments, All<LeadingGroup>("leadingGroup", all), enterprises, compatriots, issues, All<SubsidyAward>("award", all),
            All<ServiceMechanism>("mechanism", all), All<ExchangeEvent>("event", all), All<Training>("training", all), All<PolicyPublicity>("publicity", all),
            imported.Declared, imported.Cases, imported.Titles, notes, imported.Outlines, imported.CityOutline);
    }
}
