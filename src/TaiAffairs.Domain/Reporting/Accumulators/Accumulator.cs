using System.Runtime.InteropServices;
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
/// <para>An accumulator is a builder: <c>Add</c> mutates it; <see cref="Merge"/> and <see cref="Clone"/>
/// return new accumulators and never mutate their inputs. Each record's contribution is kept by key, so a
/// merge of overlapping parts is exact; this is what lets the same accumulators run partition by partition in
/// a distributed engine (law 2).</para>
/// <para>After <see cref="EnsureCapacity"/>, adding a record allocates nothing. Not thread-safe: use one
/// accumulator per thread and merge.</para>
/// </remarks>
public abstract class Accumulator<TSelf, TContribution>
    where TSelf : Accumulator<TSelf, TContribution>
{
    private readonly Dictionary<RecordKey, TContribution> contributions = [];

    /// <summary>Initializes the accumulator.</summary>
    private protected Accumulator()
    {
    }

    /// <summary>Gets the number of distinct records added.</summary>
    public int Count => contributions.Count;

    /// <summary>Gets whether a record was added.</summary>
    /// <param name="key">The record's key.</param>
    /// <returns>Whether it counts in this accumulator.</returns>
    public bool Contains(RecordKey key) => contributions.ContainsKey(key);

    /// <summary>Reserves room for a number of records so that adding them allocates nothing.</summary>
    /// <param name="capacity">The expected number of records.</param>
    public void EnsureCapacity(int capacity) => contributions.EnsureCapacity(capacity);

    /// <summary>Merges with another accumulator of the same context into a new one; neither input changes.</summary>
    /// <param name="other">The other accumulator.</param>
    /// <returns>An accumulator holding the union of both records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The accumulators have different contexts (period, calendar).</exception>
    public TSelf Merge(TSelf other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!SameContext(other))
        {
            throw new ArgumentException("Only accumulators of the same period and calendar can be merged.", nameof(other));
        }

        var result = Clone();
        result.contributions.EnsureCapacity(contributions.Count + other.contributions.Count);
        foreach (var (key, contribution) in other.contributions)
        {
            result.AddContribution(key, contribution);
        }

        return result;
    }

    /// <summary>Returns an independent copy.</summary>
    /// <returns>A new accumulator with the same records.</returns>
    public TSelf Clone()
    {
        var copy = CreateEmpty();
        copy.contributions.EnsureCapacity(contributions.Count);
        foreach (var (key, contribution) in contributions)
        {
            copy.AddContribution(key, contribution);
        }

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
    public bool Remove(RecordKey key)
    {
        if (!contributions.Remove(key, out var old))
        {
            return false;
        }

        Apply(old, -1);
        return true;
    }

    /// <summary>Gets the keys of the records counted, in no particular order.</summary>
    /// <returns>The keys.</returns>
    public IEnumerable<RecordKey> Keys() => contributions.Keys;

    /// <summary>Adds a record's contribution unless its key is already present.</summary>
    /// <returns>Whether the record was new.</returns>
    private protected bool AddContribution(RecordKey key, TContribution contribution)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(contributions, key, out var exists);
        if (exists)
        {
            return false;
        }

        slot = contribution;
        Apply(contribution, 1);
        return true;
    }

    /// <summary>Puts a record's new contribution in place of its old one (or adds it when absent).</summary>
    /// <returns>Whether the figures changed (the record was absent, or its contribution differs).</returns>
    private protected bool ReplaceContribution(RecordKey key, TContribution contribution)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(contributions, key, out var exists);
        if (exists)
        {
            if (EqualityComparer<TContribution>.Default.Equals(slot!, contribution))
            {
                return false;
            }

            Apply(slot!, -1);
        }

        slot = contribution;
        Apply(contribution, 1);
        return true;
    }

    /// <summary>Gets every contribution (for figures that need all values, such as a median).</summary>
    private protected Dictionary<RecordKey, TContribution>.ValueCollection Contributions => contributions.Values;

    /// <summary>Gets every contribution with its key.</summary>
    private protected Dictionary<RecordKey, TContribution> Entries => contributions;

    /// <summary>Updates the running figures with a record's contribution: <paramref name="sign"/> 1 adds it, -1 retracts it.</summary>
    private protected abstract void Apply(TContribution contribution, int sign);

    /// <summary>Creates an empty accumulator of the same context.</summary>
    private protected abstract TSelf CreateEmpty();

    /// <summary>Whether another accumulator has the same context.</summary>
    private protected virtual bool SameContext(TSelf other) => true;
}
