using System.Diagnostics;
using Ardalis.GuardClauses;

namespace TaiAffairs.Domain.Compatriots;

/// <summary>
/// A person's name as surname and given name, so it can be masked as the reviews mask it: 许恩恩 → 许某某.
/// Personal data: <see cref="ToString"/> and the debugger show only <see cref="Masked"/>; the full name is
/// read through <see cref="Reveal"/>.
/// </summary>
/// <remarks>
/// The mask is the surname followed by 某某 whatever the length of the given name, so the length is not
/// revealed either. Equality is ordinal over both parts. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class PersonName : IEquatable<PersonName>
{
    private readonly string surname;
    private readonly string givenName;

    private PersonName(string surname, string givenName)
    {
        this.surname = surname;
        this.givenName = givenName;
    }

    /// <summary>Gets the masked form, e.g. <c>许某某</c>.</summary>
    public string Masked => surname + "某某";

    /// <summary>Creates a name.</summary>
    /// <param name="surname">The surname, 1-4 characters (许, 欧阳, or 洪施 for a married name).</param>
    /// <param name="givenName">The given name, 1-10 characters.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentException">A part is blank or too long; the message never repeats it.</exception>
    public static PersonName Create(string surname, string givenName)
    {
        Guard.Against.NullOrWhiteSpace(surname, message: "A surname is required.");
        Guard.Against.NullOrWhiteSpace(givenName, message: "A given name is required.");
        Guard.Against.OutOfRange(surname.Trim().Length, nameof(surname), 1, 4, "A surname has 1 to 4 characters.");
        Guard.Against.OutOfRange(givenName.Trim().Length, nameof(givenName), 1, 10, "A given name has 1 to 10 characters.");
        return new PersonName(surname.Trim(), givenName.Trim());
    }

    /// <summary>Returns the full name. Personal data: call only where showing it is intended and allowed.</summary>
    /// <returns>Surname and given name, e.g. <c>许恩恩</c>.</returns>
    public string Reveal() => surname + givenName;

    /// <summary>Returns the surname. Personal data.</summary>
    /// <returns>The surname.</returns>
    public string RevealSurname() => surname;

    /// <inheritdoc />
    public bool Equals(PersonName? other) =>
        other is not null && string.Equals(surname, other.surname, StringComparison.Ordinal) && string.Equals(givenName, other.givenName, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PersonName);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(surname), StringComparer.Ordinal.GetHashCode(givenName));

    /// <summary>Returns the masked form, never the full name.</summary>
    /// <returns><see cref="Masked"/>.</returns>
    public override string ToString() => Masked;
}
