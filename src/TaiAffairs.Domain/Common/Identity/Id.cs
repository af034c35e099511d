using System.Diagnostics.CodeAnalysis;
using System.Diagnostics;

namespace TaiAffairs.Domain.Common;

/// <summary>
/// The strongly typed identifier of an aggregate or record of type <typeparamref name="TEntity"/>:
/// <c>Id&lt;Enterprise&gt;</c> cannot be passed where an <c>Id&lt;Compatriot&gt;</c> is expected.
/// </summary>
/// <typeparam name="TEntity">The type identified. It is a compile-time tag only; nothing of it is used.</typeparam>
/// <remarks>
/// <para>The value is a stable text key, the same across processes and serialization: 1-64 characters of
/// ASCII letters, digits and <c>- _ . :</c>, starting with a letter or digit (<c>baodi-2021-issue-07</c>).
/// Keys are case-sensitive; they carry no personal data by rule of the data set, so they may be logged.</para>
/// <para><see langword="default"/> is not a valid id (<see cref="IsDefault"/>); domain factories reject it.
/// Equality and ordering are ordinal over the value. Immutable and thread-safe.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct Id<TEntity> : IEquatable<Id<TEntity>>, IComparable<Id<TEntity>>
    where TEntity : class
{
    /// <summary>The longest key allowed.</summary>
    public const int MaxLength = 64;

    private readonly string? value;

    private Id(string value) => this.value = value;

    /// <summary>Wraps a key that was an id's value already (read back from a compact form), without checking it again.</summary>
    internal static Id<TEntity> FromTrusted(string value) => new(value);

    /// <summary>Gets the key; empty for <see langword="default"/>.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Gets whether this is the invalid <see langword="default"/> value.</summary>
    public bool IsDefault => value is null;

    /// <summary>Creates an id from its key.</summary>
    /// <param name="value">The key, as described on the type.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid key; the message says which rule broke.</exception>
#pragma warning disable CA1000 // A factory on the generic type is the point of a typed id.
    public static Id<TEntity> From(string value)
    {
        var result = ParseCore(value);
        return result.Success ? result.Value : throw new ArgumentException(result.Error.Message, nameof(value));
    }

    /// <summary>
    /// Gets the parser that says why a text was refused (a <see cref="ParseResult{T}"/> with a code from
    /// <see cref="ParseErrorCodes"/>); see <see cref="TryParse(string, out Id{TEntity})"/> for the rules.
    /// </summary>
    public static ValuePattern<Id<TEntity>> Pattern { get; } = new(ParseCore);

    /// <summary>Checks and parses a key.</summary>
    /// <param name="value">The key.</param>
    /// <param name="result">The value when the text was accepted; otherwise <see langword="default"/>.</param>
    /// <returns>Whether the text was accepted (the reason for a refusal: <see cref="Pattern"/>). Refusals: The id, or an error: <c>id.empty</c>, <c>id.length</c> or <c>id.character</c>.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out Id<TEntity> result)
    {
        var parsed = ParseCore(value);
        result = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }

    /// <summary>Parses a span of characters, as <see cref="TryParse(string, out Id{TEntity})"/> parses a string.</summary>
    /// <param name="value">The characters.</param>
    /// <param name="result">The value when the text was accepted; otherwise <see langword="default"/>.</param>
    /// <returns>Whether the text was accepted.</returns>
    public static bool TryParse(ReadOnlySpan<char> value, out Id<TEntity> result) => TryParse(value.ToString(), out result);

    private static ParseResult<Id<TEntity>> ParseCore(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return ParseResult<Id<TEntity>>.ForError(ParseErrorCodes.IdEmpty, "An id is required.");
        }

        if (value.Length > MaxLength)
        {
            return ParseResult<Id<TEntity>>.ForError(ParseErrorCodes.IdLength, "An id has at most 64 characters.");
        }

        if (!char.IsAsciiLetterOrDigit(value[0]))
        {
            return ParseResult<Id<TEntity>>.ForError(ParseErrorCodes.IdCharacter, "An id must start with an ASCII letter or digit.");
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.' or ':'))
            {
                return ParseResult<Id<TEntity>>.ForError(ParseErrorCodes.IdCharacter, "An id may contain only ASCII letters, digits and - _ . :");
            }
        }

        return ParseResult<Id<TEntity>>.ForValue(new Id<TEntity>(value));
    }
#pragma warning restore CA1000

    /// <summary>Compares two ids for equality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether the keys are equal.</returns>
    public static bool operator ==(Id<TEntity> left, Id<TEntity> right) => left.Equals(right);

    /// <summary>Compares two ids for inequality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether the keys differ.</returns>
    public static bool operator !=(Id<TEntity> left, Id<TEntity> right) => !left.Equals(right);

    /// <summary>Ordinal comparison of the keys.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <(Id<TEntity> left, Id<TEntity> right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal comparison of the keys.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >(Id<TEntity> left, Id<TEntity> right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal comparison of the keys.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <=(Id<TEntity> left, Id<TEntity> right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal comparison of the keys.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >=(Id<TEntity> left, Id<TEntity> right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public bool Equals(Id<TEntity> other) => string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Id<TEntity> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => value is null ? 0 : StringComparer.Ordinal.GetHashCode(value);

    /// <inheritdoc />
    public int CompareTo(Id<TEntity> other) => string.CompareOrdinal(value, other.value);

    /// <summary>Returns the key.</summary>
    /// <returns>The key; empty for <see langword="default"/>.</returns>
    public override string ToString() => Value;
}
