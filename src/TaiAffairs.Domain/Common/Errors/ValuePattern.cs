namespace TaiAffairs.Domain.Common;

/// <summary>
/// The parser of a value type's text form, for callers who want to know why a text was refused: its
/// <see cref="Parse"/> returns a <see cref="ParseResult{T}"/> with the <see cref="ParseError"/> (a stable code from
/// <see cref="ParseErrorCodes"/> and a message). Modelled on NodaTime's patterns (<c>LocalDatePattern.Parse</c>).
/// Callers who only need the value use the type's <c>Parse</c> (throws) or <c>TryParse</c> (returns a
/// <see cref="bool"/>), as in the BCL.
/// </summary>
/// <typeparam name="T">The parsed type.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ValuePattern<T>
{
    private readonly Func<string?, ParseResult<T>> parse;

    internal ValuePattern(Func<string?, ParseResult<T>> parse) => this.parse = parse;

    /// <summary>Parses a text, saying why it was refused when it was.</summary>
    /// <param name="text">The text; <see langword="null"/> or blank is refused with an <c>.empty</c> code.</param>
    /// <returns>The value, or the error.</returns>
    public ParseResult<T> Parse(string? text) => parse(text);
}
