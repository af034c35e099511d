using System.Text.Json;

namespace TaiAffairs.Domain.Reporting;

/// <summary>Counts (or sums) by a string label, written in ordinal order. Internal running figure.</summary>
internal sealed class CountMap
{
    private readonly Dictionary<string, long> counts = new(StringComparer.Ordinal);

    public void Add(string key, long amount = 1)
    {
        counts.TryGetValue(key, out var current);
        counts[key] = checked(current + amount);
    }

    public long this[string key] => counts.TryGetValue(key, out var value) ? value : 0;

    public IReadOnlyDictionary<string, long> AsReadOnly() => counts.AsReadOnly();

    public void Write(Utf8JsonWriter writer, string name)
    {
        writer.WriteStartObject(name);
        foreach (var (key, value) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            writer.WriteNumber(key, value);
        }

        writer.WriteEndObject();
    }
}
