using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TaiAffairs.Domain.Interchange;

/// <summary>
/// Imports a JSON data-set document (format version <see cref="DataSetFormat.Version"/>). The whole document is
/// validated and every problem returned with its JSON path, rule code and message; a document with any problem
/// imports nothing. Malformed JSON, wrong types, unknown or missing fields, unknown versions, duplicate ids,
/// dangling references, every domain rule of the records, and the <see cref="ImportLimits"/> are all reported as
/// problems: an import never throws for bad input and never hangs.
/// </summary>
/// <remarks>Stateless and thread-safe. Nothing already held by the caller is touched: the result is new.</remarks>
public static class DataSetImporter
{
    /// <summary>Imports a document from text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="limits">The limits; <see cref="ImportLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The data set, or every problem found.</returns>
    public static ImportResult Import(string? json, ImportLimits? limits = null) => Read(json, limits ?? ImportLimits.Default, null);

    /// <summary>Reads a document given as text (importer and snapshots share it).</summary>
    internal static ImportResult Read(string? json, ImportLimits limits, SnapshotReferences? references)
    {
        if (json is null)
        {
            return Failed("$", "json.malformed", "The document is empty.");
        }

        if ((long)json.Length * 3 > limits.MaxBytes && Encoding.UTF8.GetByteCount(json) > limits.MaxBytes)
        {
            return TooLarge(limits);
        }

        // RFC 8259 lets a parser ignore a byte-order mark; a text that starts with one is read without it.
        return Read(Encoding.UTF8.GetBytes(json.StartsWith('\uFEFF') ? json[1..] : json), limits, references);
    }

    /// <summary>Imports a document from a stream of UTF-8; reads at most <see cref="ImportLimits.MaxBytes"/> + 1 bytes.</summary>
    /// <param name="utf8">The stream.</param>
    /// <param name="limits">The limits; <see cref="ImportLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The data set, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is <see langword="null"/>.</exception>
    public static ImportResult ImportStream(Stream utf8, ImportLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        limits ??= ImportLimits.Default;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = utf8.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limits.MaxBytes)
            {
                return TooLarge(limits);
            }
        }

        return ImportUtf8(buffer.ToArray(), limits);
    }

    /// <summary>Imports a document from UTF-8 bytes.</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="limits">The limits; <see cref="ImportLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The data set, or every problem found.</returns>
    public static ImportResult ImportUtf8(ReadOnlyMemory<byte> utf8, ImportLimits? limits = null) => Read(utf8, limits ?? ImportLimits.Default, null);

    /// <summary>
    /// Reads a UTF-8 document; <paramref name="references"/> (an aggregate's snapshot) are records defined outside the
    /// document that its references may name.
    /// </summary>
    internal static ImportResult Read(ReadOnlyMemory<byte> utf8, ImportLimits limits, SnapshotReferences? references)
    {
        if (utf8.Length > limits.MaxBytes)
        {
            return TooLarge(limits);
        }

        if (utf8.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        if (utf8.IsEmpty)
        {
            return Failed("$", "json.malformed", "The document is empty.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = limits.MaxDepth, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
        }
        catch (JsonException ex)
        {
            // The reader says where it stopped: the JSON path of the value being read, and the line and byte.
            var where = string.Create(CultureInfo.InvariantCulture, $"line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}");
            var path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
            return ex.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase)
                ? Failed(path, "json.too-deep", string.Create(CultureInfo.InvariantCulture, $"The document nests deeper than {limits.MaxDepth} levels ({where})."))
                : Failed(path, "json.malformed", $"The document is not well-formed JSON ({where}).");
        }

        using (document)
        {
            var reader = new DataSetReader(limits);
            if (references is not null)
            {
                reader.Preload(references);
            }

            try
            {
                var dataSet = reader.Read(document.RootElement);
                return reader.Problems.Count == 0 && dataSet is not null
                    ? new ImportResult(dataSet, [])
                    : new ImportResult(null, reader.Problems.Count > 0 ? reader.Problems : [new ImportProblem("$", "import.incomplete", "The document could not be read.")]);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                var problems = reader.Problems.Append(new ImportProblem("$", "import.unexpected", $"The document could not be read: an unexpected error occurred ({ex.GetType().Name} at {ex.TargetSite?.DeclaringType?.Name}.{ex.TargetSite?.Name}); please report it.")).ToArray();
                return new ImportResult(null, problems);
            }
        }
    }

    private static ImportResult TooLarge(ImportLimits limits) =>
        Failed("$", "json.too-large", string.Create(CultureInfo.InvariantCulture, $"The document is larger than {limits.MaxBytes} bytes."));

    private static ImportResult Failed(string path, string code, string message) => new(null, [new ImportProblem(path, code, message)]);
}
