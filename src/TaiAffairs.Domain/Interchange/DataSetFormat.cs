namespace TaiAffairs.Domain.Interchange;

/// <summary>Facts of the JSON data-set format (see <c>docs/interchange.md</c> and <c>docs/dataset.schema.json</c>).</summary>
public static class DataSetFormat
{
    /// <summary>The format version this package reads and writes (the document's <c>formatVersion</c>).</summary>
    public const int Version = 1;
}
