namespace TaiAffairs.Domain.Common;

/// <summary>
/// Keeps an aggregate's records in their canonical order (by date, then id), whatever order they were recorded
/// in, so that what is listed, exported or reviewed does not depend on input order (law 1). See
/// <c>docs/reporting.md</c>, "Canonical order".
/// </summary>
internal static class CanonicalOrder
{
    /// <summary>Inserts <paramref name="item"/> after every item that does not sort after it.</summary>
    public static void Insert<T, TKey>(List<T> list, T item, Func<T, TKey> key)
        where TKey : IComparable<TKey> =>
        Insert(list, item, key, Comparer<TKey>.Default);

    /// <summary>Inserts <paramref name="item"/> by a text key compared ordinally (never by culture).</summary>
    public static void Insert<T>(List<T> list, T item, Func<T, string> key) => Insert(list, item, key, StringComparer.Ordinal);

    private static void Insert<T, TKey>(List<T> list, T item, Func<T, TKey> key, IComparer<TKey> comparer)
    {
        var k = key(item);
        var lo = 0;
        var hi = list.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (comparer.Compare(key(list[mid]), k) <= 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        list.Insert(lo, item);
    }

    /// <summary>Sorts strings in ordinal order: the canonical order of free-text lists (topics, media, channels).</summary>
    public static string[] Texts(IEnumerable<string> texts)
    {
        var array = texts.ToArray();
        Array.Sort(array, StringComparer.Ordinal);
        return array;
    }

    /// <summary>Copies values into a new array in their natural order, each once (no LINQ; one array).</summary>
    public static T[] SortedDistinct<T>(IEnumerable<T> values)
        where T : IComparable<T>
    {
        var array = values.ToArray();
        if (array.Length < 2)
        {
            return array;
        }

        Array.Sort(array);
        var kept = 1;
        for (var i = 1; i < array.Length; i++)
        {
            if (array[i].CompareTo(array[kept - 1]) != 0)
            {
                array[kept++] = array[i];
            }
        }

        if (kept < array.Length)
        {
            Array.Resize(ref array, kept);
        }

        return array;
    }

    /// <summary>Whether a short list holds no null and no value twice; allocates nothing for up to 32 values.</summary>
    public static bool AllPresentAndDistinct<T>(IReadOnlyList<T?> values)
        where T : class
    {
        if (values.Count > 32)
        {
            var seen = new HashSet<T>(values.Count);
            for (var i = 0; i < values.Count; i++)
            {
                if (values[i] is not { } value || !seen.Add(value))
                {
                    return false;
                }
            }

            return true;
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } value)
            {
                return false;
            }

            for (var j = 0; j < i; j++)
            {
                if (value.Equals(values[j]))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
