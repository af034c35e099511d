using System.Text.Json;

namespace TaiAffairs.Domain.Reporting;

/// <summary>Counts per typed key; a count that falls to zero is removed, so retraction restores the map exactly.</summary>
internal sealed class CountMap<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, long> counts = [];
    private readonly Func<TKey, string> name;

    public CountMap(Func<TKey, string> name) => this.name = name;

    public void Add(TKey key, long amount = 1)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _);
        slot = checked(slot + amount);
        if (slot == 0)
        {
            counts.Remove(key);
        }
    }

    /// <summary>Adds every count of another map (a merge of states).</summary>
    public void AddAll(CountMap<TKey> other)
    {
        foreach (var (key, amount) in other.counts)
        {
            Add(key, amount);
        }
    }

    public long this[TKey key] => counts.TryGetValue(key, out var value) ? value : 0;

    public IReadOnlyDictionary<TKey, long> AsReadOnly() => counts.AsReadOnly();

    /// <summary>Writes the counts as an object keyed by name, in ordinal order; keys with the same name are summed.</summary>
    public void Write(Utf8JsonWriter writer, string property)
    {
        writer.WriteStartObject(property);
        foreach (var group in counts.GroupBy(c => name(c.Key)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            writer.WriteNumber(group.Key, group.Sum(c => c.Value));
        }

        writer.WriteEndObject();
    }
}

/// <summary>Reference counts per key, for distinct counts that survive retraction.</summary>
internal static class KeyCounts
{
    /// <summary>Adds every reference count of another map (a merge of states).</summary>
    public static void AddAll<TKey>(Dictionary<TKey, int> counts, Dictionary<TKey, int> other)
        where TKey : notnull
    {
        foreach (var (key, count) in other)
        {
            Add(counts, key, count);
        }
    }

    public static void Add<TKey>(Dictionary<TKey, int> counts, TKey key, int sign)
        where TKey : notnull
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _);
        slot += sign;
        if (slot <= 0)
        {
            counts.Remove(key);
        }
    }
}
