namespace TaiAffairs.Domain.Reporting;

/// <summary>
/// Numbers record keys densely (0, 1, 2, ...) so that accumulators keyed by record (<see cref="DeliveryMode.AtLeastOnce"/>)
/// store a small number per record instead of its key, and accumulators that share a space merge by number, without
/// hashing a single id. A key's text is hashed once, when the space first meets it.
/// </summary>
/// <remarks>
/// <para>Share one space among the accumulators of one writer: a review's districts and its city
/// (<see cref="FigureAccumulators.Empty(Common.ReportingPeriod, Common.WorkingDayCalendar, RecordKeySpace)"/>), a host's
/// accumulators for one year. Accumulators created without one get their own. Accumulators of different spaces still
/// merge exactly (each key is looked up in the other space), at the cost of hashing the keys.</para>
/// <para>A space keeps every key it has numbered for its lifetime, removed records' too (about 36 bytes per distinct
/// record: the key's two references, its hash and its chain); a host that keeps a builder for years starts a new space
/// with a new builder. Not thread-safe: accumulators that share a space are used by one thread at a time; partitions
/// aggregated on separate threads use separate spaces (the default) and merge.</para>
/// </remarks>
public sealed class RecordKeySpace
{
    private int[] buckets;
    private Slot[] slots;
    private int count;

    /// <summary>Creates an empty space.</summary>
    public RecordKeySpace()
        : this(0)
    {
    }

    /// <summary>Creates an empty space with room for a number of keys, so that numbering them allocates nothing.</summary>
    /// <param name="capacity">The expected number of distinct records.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public RecordKeySpace(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        buckets = capacity == 0 ? [] : new int[BucketCount(capacity)];
        slots = capacity == 0 ? [] : new Slot[capacity];
    }

    /// <summary>Gets the number of distinct keys numbered.</summary>
    public int Count => count;

    /// <summary>Gets the key numbered <paramref name="number"/>.</summary>
    /// <param name="number">A number this space gave.</param>
    /// <returns>The key.</returns>
    internal RecordKey this[int number] => slots[number].Key;

    /// <summary>Reserves room for a number of keys, so that numbering them allocates nothing.</summary>
    /// <param name="capacity">The expected number of distinct records.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public void EnsureCapacity(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        if (capacity > slots.Length)
        {
            Resize(capacity);
        }
    }

    /// <summary>Gets whether a key has a number in this space.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Whether the space has met it.</returns>
    public bool Contains(RecordKey key) => Find(key, Hash(key)) >= 0;

    /// <summary>Gets a key's number, giving it the next one when the space has not met it.</summary>
    internal int Intern(in RecordKey key)
    {
        var hash = Hash(key);
        var found = Find(key, hash);
        if (found >= 0)
        {
            return found;
        }

        if (count == slots.Length)
        {
            Resize(Math.Max(4, checked(count * 2)));
        }

        var number = count++;
        ref var bucket = ref buckets[(uint)hash % (uint)buckets.Length];
        slots[number] = new Slot(key, hash, bucket - 1);
        bucket = number + 1;
        return number;
    }

    /// <summary>Gets a key's number when the space has met it.</summary>
    internal bool TryFind(in RecordKey key, out int number)
    {
        number = Find(key, Hash(key));
        return number >= 0;
    }

    private static int Hash(in RecordKey key) =>
        (int)key.Kind * -1640531535 ^ (key.Owner is null ? 0 : key.Owner.GetHashCode(StringComparison.Ordinal) * 31) ^ key.Id.GetHashCode(StringComparison.Ordinal);

    private static int BucketCount(int capacity) => Math.Max(4, capacity | 1);

    private int Find(in RecordKey key, int hash)
    {
        if (buckets.Length == 0)
        {
            return -1;
        }

        for (var i = buckets[(uint)hash % (uint)buckets.Length] - 1; i >= 0;)
        {
            ref var slot = ref slots[i];
            if (slot.Hash == hash && slot.Key.Kind == key.Kind && string.Equals(slot.Key.Id, key.Id, StringComparison.Ordinal)
                && string.Equals(slot.Key.Owner, key.Owner, StringComparison.Ordinal))
            {
                return i;
            }

            i = slot.Next;
        }

        return -1;
    }

    private void Resize(int capacity)
    {
        var grown = new Slot[capacity];
        Array.Copy(slots, grown, count);
        var newBuckets = new int[BucketCount(capacity)];
        for (var i = 0; i < count; i++)
        {
            ref var slot = ref grown[i];
            ref var bucket = ref newBuckets[(uint)slot.Hash % (uint)newBuckets.Length];
            slot.Next = bucket - 1;
            bucket = i + 1;
        }

        slots = grown;
        buckets = newBuckets;
    }

    private struct Slot(RecordKey key, int hash, int next)
    {
        public readonly RecordKey Key = key;
        public readonly int Hash = hash;
        public int Next = next;
    }
}
