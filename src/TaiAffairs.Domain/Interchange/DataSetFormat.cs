namespace TaiAffairs.Domain.Interchange;

/// <summary>Facts of the JSON data-set format (see <c>docs/interchange.md</c> and <c>docs/dataset.schema.json</c>).</summary>
/// <remarks>Stateless; thread-safe.</remarks>
public static class DataSetFormat
{
    /// <summary>The format version this package reads and writes (the document's <c>formatVersion</c>).</summary>
    public const int Version = 1;

    /// <summary>
    /// Gets the JSON Schema (draft 2020-12) of this format version, as <c>docs/dataset.schema.json</c> holds it. It is
    /// produced from the same description the importer and the exporter use, so the three cannot disagree on a field's
    /// name, type or presence. The importer checks every domain rule on top of it.
    /// </summary>
    /// <returns>The schema as indented JSON text.</returns>
    public static string JsonSchema() => Format.DataSetSchema.Write();
}
