using System.Text.Json;

namespace TaiAffairs.Domain.Reporting;

/// <summary>Counts (or sums) by a string label, written in ordinal order. Internal running figure.</summary>
internal sealed class CountMap
{
    private readonly Dictionary<string, long> counts = new(StringComparer.Ordinal);

    public void Add(string key, long amount = 1)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _);
        slot = checked(slot + amount);
        if (slot == 0)
        {
            counts.Remove(key);
        }
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

/// <summary>Counts per distinct key, for distinct-subject figures that must retract: a key leaves when its count reaches 0.</summary>
internal static class KeyCounts
{
    public static void Add(Dictionary<string, int> counts, string key, int sign)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _);
        slot += sign;
        if (slot <= 0)
        {
            counts.Remove(key);
        }
    }
}
