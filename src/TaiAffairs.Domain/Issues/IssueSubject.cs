using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;

namespace TaiAffairs.Domain.Issues;

/// <summary>Who raised an issue: an enterprise or a compatriot, by id.</summary>
/// <remarks>
/// Equality is structural over the kind and the key. <see langword="default"/> is invalid
/// (<see cref="IsDefault"/>). Immutable and thread-safe. The key is an id, never personal data.
/// </remarks>
public readonly record struct IssueSubject
{
    private IssueSubject(bool isEnterprise, string key)
    {
        IsEnterprise = isEnterprise;
        Key = key;
    }

    /// <summary>Gets whether the subject is an enterprise (otherwise a compatriot).</summary>
    public bool IsEnterprise { get; }

    /// <summary>Gets the subject's id value.</summary>
    public string Key { get; }

    /// <summary>Gets whether this is the invalid <see langword="default"/>.</summary>
    public bool IsDefault => Key is null;

    /// <summary>Gets the enterprise's id, when the subject is an enterprise.</summary>
    public Id<Enterprise>? EnterpriseId => IsEnterprise ? Id<Enterprise>.From(Key) : null;

    /// <summary>Gets the compatriot's id, when the subject is a compatriot.</summary>
    public Id<Compatriot>? CompatriotId => !IsEnterprise && Key is not null ? Id<Compatriot>.From(Key) : null;

    /// <summary>Creates an enterprise subject.</summary>
    /// <param name="id">The enterprise's id.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is default.</exception>
    public static IssueSubject Enterprise(Id<Enterprise> id) =>
        id.IsDefault ? throw new ArgumentException("A subject needs an id.", nameof(id)) : new IssueSubject(true, id.Value);

    /// <summary>Creates a compatriot subject.</summary>
    /// <param name="id">The compatriot's id.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is default.</exception>
    public static IssueSubject Compatriot(Id<Compatriot> id) =>
        id.IsDefault ? throw new ArgumentException("A subject needs an id.", nameof(id)) : new IssueSubject(false, id.Value);

    /// <summary>Returns the kind and id.</summary>
    /// <returns>E.g. <c>enterprise:baodi-lianheng</c>.</returns>
    public override string ToString() => (IsEnterprise ? "enterprise:" : "compatriot:") + Key;
}
