using NodaTime;

namespace TaiAffairs.Domain.Common;

/// <summary>
/// A value that changes on dates: each change holds from its date until the next change. Used by
/// aggregates for facts such as an enterprise's district or a compatriot's residence. Not thread-safe for
/// writes; the owning aggregate guards changes with its rules.
/// </summary>
internal sealed class DatedHistory<T>
{
    private readonly List<DatedValue<T>> changes = [];

    public IReadOnlyList<DatedValue<T>> Changes => changes.AsReadOnly();

    public LocalDate? LastChangeDate => changes.Count == 0 ? null : changes[^1].From;

    public T? Current => changes.Count == 0 ? default : changes[^1].Value;

    /// <summary>Appends a change; the caller has checked that <paramref name="from"/> is after the last change.</summary>
    public void Append(LocalDate from, T value) => changes.Add(new DatedValue<T>(from, value));

    /// <summary>The value in force on a date, or <c>default</c> before the first change.</summary>
    public bool TryGetValueOn(LocalDate date, out T value)
    {
        for (var i = changes.Count - 1; i >= 0; i--)
        {
            if (changes[i].From <= date)
            {
                value = changes[i].Value;
                return true;
            }
        }

        value = default!;
        return false;
    }
}
