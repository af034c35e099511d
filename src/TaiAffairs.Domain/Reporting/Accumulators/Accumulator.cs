using System.Text;
using System.Text.Json;

namespace TaiAffairs.Domain.Reporting;

/// <summary>
/// The shape of every accumulator: a commutative monoid over records identified by <see cref="RecordKey"/>.
/// <c>Empty(...)</c> is the identity, <see cref="Merge"/> is associative and commutative, the order of
/// <c>Add</c> calls never changes a figure, and a record added twice (directly or through a merge) counts once.
/// A record that changes is given again through <c>Replace</c> (its old contribution is retracted and the new one
/// applied) and one that is withdrawn through <see cref="Remove(RecordKey)"/>: adding r then replacing it by r'
/// equals adding r'; adding r then removing it equals never adding it; both commute with <see cref="Merge"/>.
/// </summary>
/// <typeparam name="TSelf">The concrete accumulator.</typeparam>
/// <typeparam name="TContribution">What one record contributes, computed once when it is added.</typeparam>
/// <remarks>
/// <para>An accumulator is a builder: <c>Add</c> and <see cref="UnionWith"/> mutate it; <see cref="Merge"/> and
/// <see cref="Clone"/> return new accumulators and never mutate their inputs. Merging combines the two states (sums,
/// counts, histograms) in time proportional to them, without re-adding records.</para>
/// <para>Two delivery modes (<see cref="DeliveryMode"/>). <see cref="DeliveryMode.AtLeastOnce"/>, the default, keeps
/// each record's contribution by key, so a record delivered twice counts once, a merge of overlapping parts is
/// exact, and <c>Replace</c>/<c>Remove</c> work. <see cref="DeliveryMode.ExactlyOnce"/> is for a source that
/// guarantees each record once (a query by key, a partitioned scan): it keeps no per-record state, so its memory
/// does not grow with the number of records; <c>Replace</c>, <c>Remove</c>, <see cref="Contains"/> and
/// <see cref="Keys"/> throw <see cref="InvalidOperationException"/>, and merged parts must be disjoint.</para>
/// <para>Adding allocates only while the tables grow: the record table (presize it with <see cref="EnsureCapacity"/>),
/// the distinct subjects met, and the working-day histogram up to the longest duration; once grown, adding, replacing
/// and removing allocate nothing (tested by counting bytes). Not thread-safe: use one accumulator per thread and
/// merge.</para>
/// </remarks>
public abstract class Accumulator<TSelf, TContribution>
    where TSelf : Accumulator<TSelf, TContribution>
{
    private RecordTable<TContribution>? contributions;
    private int added;

    /// <summary>Initializes the accumulator.</summary>
    /// <param name="mode">How records are delivered.</param>
    /// <param name="keySpace">The space that numbers record keys (at-least-once); <see langword="null"/> for a space of its own.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined mode.</exception>
    /// <exception cref="ArgumentException">A key space is given to an exactly-once accumulator (it keeps no keys).</exception>
    private protected Accumulator(DeliveryMode mode, RecordKeySpace? keySpace)
    {
        if (mode is not (DeliveryMode.AtLeastOnce or DeliveryMode.ExactlyOnce))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "A delivery mode is AtLeastOnce or ExactlyOnce.");
        }

        if (mode == DeliveryMode.ExactlyOnce && keySpace is not null)
        {
            throw new ArgumentException("An exactly-once accumulator keeps no record keys, so it takes no key space.", nameof(keySpace));
        }

        Mode = mode;
        if (mode == DeliveryMode.AtLeastOnce)
        {
            contributions = new RecordTable<TContribution>();
            KeySpace = keySpace ?? new RecordKeySpace();
        }
    }

    /// <summary>
    /// Gets the space that numbers this accumulator's record keys (<see cref="DeliveryMode.AtLeastOnce"/>), shared with
    /// the accumulators created with it; <see langword="null"/> when exactly-once.
    /// </summary>
    public RecordKeySpace? KeySpace { get; }

    /// <summary>Gets a number that grows with every change, so a reader can tell the figures changed since it looked.</summary>
    internal long Version { get; private set; }

    /// <summary>Gets how records are delivered to this accumulator.</summary>
    public DeliveryMode Mode { get; }

    /// <summary>Gets the number of distinct records added.</summary>
    public int Count => contributions?.Count ?? added;

    /// <summary>Gets whether a record was added.</summary>
    /// <param name="key">The record's key.</param>
    /// <returns>Whether it counts in this accumulator.</returns>
    /// <exception cref="InvalidOperationException">The accumulator is <see cref="DeliveryMode.ExactlyOnce"/>: it keeps no keys.</exception>
    public bool Contains(RecordKey key)
    {
        var table = Keyed();
        return KeySpace!.TryFind(key, out var number) && table.ContainsKey(number);
    }

    /// <summary>
    /// Reserves room for a number of records so that adding them allocates nothing (nothing to reserve when
    /// exactly-once); the key space is grown to hold as many keys too.
    /// </summary>
    /// <param name="capacity">The expected number of records.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public void EnsureCapacity(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        contributions?.EnsureCapacity(capacity);
        KeySpace?.EnsureCapacity(capacity);
    }

    /// <summary>Merges with another accumulator of the same context and mode into a new one (sharing this one's key space); neither input changes.</summary>
    /// <param name="other">The other accumulator.</param>
    /// <returns>An accumulator holding the union of both records (where both hold a record, this one's version).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The accumulators have different contexts (period, calendar) or modes.</exception>
    public TSelf Merge(TSelf other)
    {
        CheckMergeable(other);
        var result = Clone();
        result.UnionWith(other);
        return result;
    }

    /// <summary>
    /// Merges another accumulator into this one, in place: its state is added to this one's, and a record both hold
    /// counts once (this one's version). The cost is that of the other's state, not of this one's records; fold many
    /// parts (the districts into the city) with it. When both share a <see cref="KeySpace"/>, records are matched by
    /// number without hashing a key; otherwise each key is looked up in this one's space. The other accumulator does not
    /// change.
    /// </summary>
    /// <param name="other">The other accumulator.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The accumulators have different contexts (period, calendar) or modes.</exception>
    public void UnionWith(TSelf other)
    {
        CheckMergeable(other);
        if (ReferenceEquals(other, this))
        {
            if (contributions is not null)
            {
                return;
            }

            other = Clone();
        }

        Version++;
        AddState(other);
        if (contributions is null)
        {
            added += other.added;
            return;
        }

        // Grow geometrically: folding k parts into one must not reallocate the table k times.
        var needed = contributions.Count + other.contributions!.Count;
        var capacity = contributions.Capacity;
        if (needed > capacity)
        {
            contributions.EnsureCapacity(Math.Max(needed, capacity * 2));
        }

        var sameSpace = ReferenceEquals(KeySpace, other.KeySpace);
        foreach (var (otherNumber, contribution) in other.contributions)
        {
            var number = sameSpace ? otherNumber : KeySpace!.Intern(other.KeySpace![otherNumber]);
            ref var slot = ref contributions.GetOrAdd(number, out var exists);
            if (exists)
            {
                // Both hold the record: its state was added twice; take the other's copy out again.
                Apply(contribution, -1);
            }
            else
            {
                slot = contribution;
            }
        }
    }

    /// <summary>Returns an independent copy (sharing the key space), in time proportional to the state.</summary>
    /// <returns>A new accumulator with the same records.</returns>
    public TSelf Clone()
    {
        var copy = CreateEmpty();
        copy.AddState((TSelf)this);
        copy.added = added;
        copy.contributions = contributions is null ? null : new RecordTable<TContribution>(contributions);
        return copy;
    }

    /// <summary>Writes the figures as stable JSON (sorted keys, invariant numbers): equal figures give equal text.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false }))
        {
            writer.WriteStartObject();
            WriteFigures(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the figures' properties into an open JSON object.</summary>
    /// <param name="writer">The writer.</param>
    public abstract void WriteFigures(Utf8JsonWriter writer);

    /// <summary>Removes a record's contribution, so that the figures are as if it had never been added.</summary>
    /// <param name="key">The record's key (<see cref="RecordKey.Of(Issues.ServiceIssue)"/> and its overloads).</param>
    /// <returns>Whether the record was present.</returns>
    /// <exception cref="InvalidOperationException">The accumulator is <see cref="DeliveryMode.ExactlyOnce"/>: it cannot retract.</exception>
    public bool Remove(RecordKey key)
    {
        var table = Keyed();
        if (!KeySpace!.TryFind(key, out var number) || !table.Remove(number, out var old))
        {
            return false;
        }

        Version++;
        Apply(old, -1);
        return true;
    }

    /// <summary>Gets the keys of the records counted, in no particular order.</summary>
    /// <returns>The keys.</returns>
    /// <exception cref="InvalidOperationException">The accumulator is <see cref="DeliveryMode.ExactlyOnce"/>: it keeps no keys.</exception>
    public IEnumerable<RecordKey> Keys()
    {
        var table = Keyed();
        return KeysOf(table);

        IEnumerable<RecordKey> KeysOf(RecordTable<TContribution> entries)
        {
            foreach (var (number, _) in entries)
            {
                yield return KeySpace![number];
            }
        }
    }

    /// <summary>
    /// Gets the accumulator's state record by record: every record's key with its contribution. Writing these down and
    /// giving them to <see cref="RestoreContribution"/> of an empty accumulator of the same context gives the same
    /// figures; it is how a host persists an accumulator or sends it to another machine (a district's state to the city's).
    /// </summary>
    /// <returns>The keys and contributions, in no particular order; a copy the accumulator does not change.</returns>
    /// <exception cref="InvalidOperationException">The accumulator is <see cref="DeliveryMode.ExactlyOnce"/>: it keeps no records.</exception>
    public IReadOnlyList<KeyValuePair<RecordKey, TContribution>> ExportContributions() => [.. Entries];

    /// <summary>
    /// Adds a record's contribution by its key, as <see cref="ExportContributions"/> gave it, unless the key is already
    /// present (at-least-once: a contribution delivered twice counts once).
    /// </summary>
    /// <param name="key">The record's key.</param>
    /// <param name="contribution">Its contribution.</param>
    /// <returns>Whether the record was new.</returns>
    /// <exception cref="InvalidOperationException">The accumulator is <see cref="DeliveryMode.ExactlyOnce"/>.</exception>
    /// <exception cref="ArgumentException">The key is the invalid default, of a kind of record this accumulator does not count, or
    /// without the owner its kind's keys have (or with one where they have none); nothing changed.</exception>
    public bool RestoreContribution(RecordKey key, TContribution contribution)
    {
        _ = Keyed();
        if (!key.IsWellFormed || !Counts(key.Kind))
        {
            throw new ArgumentException($"The key {key} is not one this accumulator counts: a kind it does not count, no id, or an owner where its kind has none (or none where it has one).", nameof(key));
        }

        return AddContribution(key, contribution);
    }

    /// <summary>Whether the accumulator counts records of a kind.</summary>
    private protected abstract bool Counts(RecordKind kind);

    /// <summary>Adds a record's contribution unless its key is already present (exactly-once: always).</summary>
    /// <returns>Whether the record was new.</returns>
    private protected bool AddContribution(RecordKey key, TContribution contribution)
    {
        if (contributions is null)
        {
            added++;
            Version++;
            Apply(contribution, 1);
            return true;
        }

        ref var slot = ref contributions.GetOrAdd(KeySpace!.Intern(key), out var exists);
        if (exists)
        {
            return false;
        }

        slot = contribution;
        Version++;
        Apply(contribution, 1);
        return true;
    }

    /// <summary>Puts a record's new contribution in place of its old one (or adds it when absent).</summary>
    /// <returns>Whether the figures changed (the record was absent, or its contribution differs).</returns>
    /// <exception cref="InvalidOperationException">The accumulator is <see cref="DeliveryMode.ExactlyOnce"/>.</exception>
    private protected bool ReplaceContribution(RecordKey key, TContribution contribution)
    {
        var table = Keyed();
        ref var slot = ref table.GetOrAdd(KeySpace!.Intern(key), out var exists);
        if (exists)
        {
            if (EqualityComparer<TContribution>.Default.Equals(slot!, contribution))
            {
                return false;
            }

            Apply(slot!, -1);
        }

        slot = contribution;
        Version++;
        Apply(contribution, 1);
        return true;
    }

    /// <summary>Gets every contribution with its key (at-least-once only), in no particular order.</summary>
    private protected IEnumerable<KeyValuePair<RecordKey, TContribution>> Entries
    {
        get
        {
            var table = Keyed();
            return Walk(table);

            IEnumerable<KeyValuePair<RecordKey, TContribution>> Walk(RecordTable<TContribution> entries)
            {
                foreach (var (number, contribution) in entries)
                {
                    yield return new(KeySpace![number], contribution);
                }
            }
        }
    }

    /// <summary>Gets every contribution (at-least-once only), in no particular order, without allocating.</summary>
    private protected RecordTable<TContribution>.ValueList Contributions => new(Keyed());

    /// <summary>Updates the running figures with a record's contribution: <paramref name="sign"/> 1 adds it, -1 retracts it.</summary>
    private protected abstract void Apply(TContribution contribution, int sign);

    /// <summary>Adds another accumulator's running figures (not its records) to this one's.</summary>
    private protected abstract void AddState(TSelf other);

    /// <summary>Creates an empty accumulator of the same context and mode.</summary>
    private protected abstract TSelf CreateEmpty();

    /// <summary>Whether another accumulator has the same context.</summary>
    private protected virtual bool SameContext(TSelf other) => true;

    private RecordTable<TContribution> Keyed() => contributions
        ?? throw new InvalidOperationException("An exactly-once accumulator keeps no record keys, so it cannot find, replace or remove a record; use DeliveryMode.AtLeastOnce for records that change.");

    private void CheckMergeable(TSelf other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!SameContext(other))
        {
            throw new ArgumentException("Only accumulators of the same period and calendar can be merged.", nameof(other));
        }

        if (other.Mode != Mode)
        {
            throw new ArgumentException($"Only accumulators of the same delivery mode can be merged ({Mode} and {other.Mode}).", nameof(other));
        }
    }
}

/// <summary>How records reach an accumulator.</summary>
public enum DeliveryMode
{
    /// <summary>
    /// A record may arrive more than once, change, or be withdrawn: each record's contribution is kept by key (a
    /// compact entry per record), so duplicates count once and <c>Replace</c>/<c>Remove</c> work. The default.
    /// </summary>
    AtLeastOnce = 0,

    /// <summary>
    /// The source delivers each record exactly once (a query by key, a partitioned scan): no per-record state is
    /// kept, so memory does not grow with the number of records; records cannot be replaced or removed, and
    /// partitions merged must not share records.
    /// </summary>
    ExactlyOnce = 1,
}
