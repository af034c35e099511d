using System.Diagnostics.CodeAnalysis;

namespace TaiAffairs.Domain.Common;

/// <summary>
/// The outcome of parsing text at a boundary: either a value or a <see cref="ParseError"/> that says which
/// rule the text broke. Modelled on NodaTime's <c>ParseResult&lt;T&gt;</c>.
/// </summary>
/// <typeparam name="T">The parsed type.</typeparam>
/// <remarks>
/// A <see langword="default"/> instance is a failure with the code <c>parse.default</c>. Immutable and
/// thread-safe; equality is structural.
/// </remarks>
public readonly record struct ParseResult<T>
{
    private static readonly ParseError DefaultError = new("parse.default", "The parse result was not initialised.");

    private readonly T? value;
    private readonly ParseError? error;

    private ParseResult(T? value, ParseError? error, bool success)
    {
        this.value = value;
        this.error = error;
        Success = success;
    }

    /// <summary>Gets whether parsing succeeded.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success { get; }

    /// <summary>Gets the parsed value.</summary>
    /// <exception cref="FormatException">Parsing failed; the message is the <see cref="Error"/>'s.</exception>
    public T Value => Success ? value! : throw new FormatException(Error.Message);

    /// <summary>Gets why parsing failed, or <see langword="null"/> when it succeeded.</summary>
    public ParseError? Error => Success ? null : error ?? DefaultError;

#pragma warning disable CA1000 // Factories on the generic result, as NodaTime's ParseResult<T> has them.
    /// <summary>Creates a successful result.</summary>
    /// <param name="value">The parsed value.</param>
    /// <returns>A result holding <paramref name="value"/>.</returns>
    public static ParseResult<T> ForValue(T value) => new(value, null, true);

    /// <summary>Creates a failed result.</summary>
    /// <param name="code">The stable code of the broken rule.</param>
    /// <param name="message">A message naming the rule, without personal data.</param>
    /// <returns>A failed result.</returns>
    public static ParseResult<T> ForError(string code, string message) => new(default, new ParseError(code, message), false);

    /// <summary>Creates a failed result from an existing error (for example one of another type's parser).</summary>
    /// <param name="error">The error.</param>
    /// <returns>A failed result.</returns>
    public static ParseResult<T> ForError(ParseError error) => new(default, error ?? DefaultError, false);
#pragma warning restore CA1000

    /// <summary>Gets the value, or throws when parsing failed.</summary>
    /// <returns>The parsed value.</returns>
    /// <exception cref="FormatException">Parsing failed; the message is the error's.</exception>
    public T GetValueOrThrow() => Value;

    /// <summary>Gets the value when parsing succeeded.</summary>
    /// <param name="result">The parsed value, or <see langword="default"/>.</param>
    /// <returns>Whether parsing succeeded.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T result)
    {
        result = Success ? value! : default;
        return Success;
    }
}
