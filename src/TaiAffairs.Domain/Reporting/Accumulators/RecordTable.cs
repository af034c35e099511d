namespace TaiAffairs.Domain.Reporting;

/// <summary>
/// Contributions by record number (a <see cref="RecordKeySpace"/>'s dense numbers): a chained hash table whose entry is
/// the number, a link and the contribution, nothing else (24 bytes for a 16-byte contribution, plus a 4-byte bucket).
/// Numbers are dense, so the number itself is the hash and chains stay short. Removed entries are reused.
/// </summary>
/// <typeparam name="T">The contribution.</typeparam>
internal sealed class RecordTable<T>
{
    private int[] buckets = [];
    private Entry[] entries = [];
    private int used;
    private int free = -1;
    private int freeCount;

    public RecordTable()
    {
    }

    public RecordTable(RecordTable<T> other)
    {
        buckets = (int[])other.buckets.Clone();
        entries = (Entry[])other.entries.Clone();
        used = other.used;
        free = other.free;
        freeCount = other.freeCount;
    }

    public int Count => used - freeCount;

    public int Capacity => entries.Length;

    public void EnsureCapacity(int capacity)
    {
        if (capacity > entries.Length)
        {
            Resize(capacity);
        }
    }

    public bool ContainsKey(int number) => Find(number) >= 0;

    /// <summary>Gets the slot of a record's contribution, adding a default one when absent.</summary>
    public ref T GetOrAdd(int number, out bool exists)
    {
        var found = Find(number);
        if (found >= 0)
        {
            exists = true;
            return ref entries[found].Value;
        }

        exists = false;
        int index;
        if (freeCount > 0)
        {
            index = free;
            free = -3 - entries[index].Next;
            freeCount--;
        }
        else
        {
            if (used == entries.Length)
            {
                Resize(Math.Max(4, checked(used * 2)));
            }

            index = used++;
        }

        ref var bucket = ref buckets[(uint)number % (uint)buckets.Length];
        ref var entry = ref entries[index];
        entry.Number = number;
        entry.Next = bucket - 1;
        entry.Value = default!;
        bucket = index + 1;
        return ref entry.Value;
    }

    public bool Remove(int number, out T value)
    {
        if (buckets.Length == 0)
        {
            value = default!;
            return false;
        }

        ref var bucket = ref buckets[(uint)number % (uint)buckets.Length];
        var previous = -1;
        for (var i = bucket - 1; i >= 0;)
        {
            ref var entry = ref entries[i];
            if (entry.Number == number)
            {
                if (previous < 0)
                {
                    bucket = entry.Next + 1;
                }
                else
                {
                    entries[previous].Next = entry.Next;
                }

                value = entry.Value;
                entry.Value = default!;
                entry.Next = -3 - free;
                free = i;
                freeCount++;
                return true;
            }

            previous = i;
            i = entry.Next;
        }

        value = default!;
        return false;
    }

    /// <summary>Gets an enumerator over the entries in use, in no particular order.</summary>
    public Enumerator GetEnumerator() => new(this);

    private int Find(int number)
    {
        if (buckets.Length == 0)
        {
            return -1;
        }

        for (var i = buckets[(uint)number % (uint)buckets.Length] - 1; i >= 0;)
        {
            ref var entry = ref entries[i];
            if (entry.Number == number)
            {
                return i;
            }

            i = entry.Next;
        }

        return -1;
    }

    private void Resize(int capacity)
    {
        var grown = new Entry[capacity];
        Array.Copy(entries, grown, used);
        var newBuckets = new int[capacity];
        for (var i = 0; i < used; i++)
        {
            ref var entry = ref grown[i];
            if (entry.Next >= -1)
            {
                ref var bucket = ref newBuckets[(uint)entry.Number % (uint)newBuckets.Length];
                entry.Next = bucket - 1;
                bucket = i + 1;
            }
        }

        entries = grown;
        buckets = newBuckets;
    }

    /// <summary>Walks the entries in use without allocating.</summary>
    public struct Enumerator(RecordTable<T> table)
    {
        private int index = -1;

        public readonly (int Number, T Value) Current => (table.entries[index].Number, table.entries[index].Value);

        public bool MoveNext()
        {
            while (++index < table.used)
            {
                if (table.entries[index].Next >= -1)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The contributions alone, walked without allocating.</summary>
    public readonly struct ValueList(RecordTable<T> table)
    {
        public ValueEnumerator GetEnumerator() => new(table);
    }

    /// <summary>Walks the contributions in use.</summary>
    public struct ValueEnumerator(RecordTable<T> table)
    {
        private Enumerator inner = new(table);

        public readonly T Current => inner.Current.Value;

        public bool MoveNext() => inner.MoveNext();
    }

    private struct Entry
    {
        public int Number;

        // The next entry in the chain (-1: none); for a free entry, -3 - the next free entry.
        public int Next;
        public T Value;
    }
}
