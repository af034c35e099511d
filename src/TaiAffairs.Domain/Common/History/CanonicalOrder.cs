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
    public static string[] Texts(IEnumerable<string> texts) => texts.Order(StringComparer.Ordinal).ToArray();
}
