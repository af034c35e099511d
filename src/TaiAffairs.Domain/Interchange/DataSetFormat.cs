namespace TaiAffairs.Domain.Interchange;

/// <summary>Facts of the JSON data-set format (see <c>docs/interchange.md</c> and <c>docs/dataset.schema.json</c>).</summary>
/// <remarks>Stateless; thread-safe.</remarks>
public static class DataSetFormat
{
    /// <summary>
    /// The format version this package writes (the document's <c>formatVersion</c>): 2. Version 2 adds to version 1 the
    /// steps of issue workflow (<c>OnHold</c> with a <c>holdReason</c>, <c>Resumed</c>, and <c>Assigned</c> while assigned
    /// as a re-routing with a reason), every assignment's own co-departments and report-ins, and district codes of any
    /// county-level district of the mainland.
    /// </summary>
    public const int Version = 2;

    /// <summary>
    /// The oldest format version this package reads: 1. A version-1 file reads as it is (none of version 2's steps can
    /// be in it, and every version-1 file is a valid version-2 file but for its <c>formatVersion</c>); the exporter
    /// writes it back as version 2. See <c>docs/interchange.md</c>, "Migrating a version-1 file".
    /// </summary>
    public const int OldestReadableVersion = 1;

    /// <summary>
    /// Gets the JSON Schema (draft 2020-12) of this format version, as <c>docs/dataset.schema.json</c> holds it. It is
    /// produced from the same description the importer and the exporter use, so the three cannot disagree on a field's
    /// name, type or presence. The importer checks every domain rule on top of it.
    /// </summary>
    /// <returns>The schema as indented JSON text.</returns>
    public static string JsonSchema() => Format.DataSetSchema.Write();
}
