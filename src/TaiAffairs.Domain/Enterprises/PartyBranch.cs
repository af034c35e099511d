using Ardalis.GuardClauses;
using NodaTime;

namespace TaiAffairs.Domain.Enterprises;

/// <summary>An enterprise's party branch (党支部): its name and, when known, the date it was established.</summary>
/// <remarks>Equality is structural. Immutable. Built through <see cref="Create"/>, which validates its input.</remarks>
public sealed record PartyBranch
{
    private PartyBranch(string name, LocalDate? establishedOn) => (Name, EstablishedOn) = (name, establishedOn);

    /// <summary>Gets the branch's name.</summary>
    public string Name { get; }

    /// <summary>Gets the date the branch was established, when known.</summary>
    public LocalDate? EstablishedOn { get; }

    /// <summary>Creates a party branch.</summary>
    /// <param name="name">The branch's name; trimmed, 1 to 100 characters.</param>
    /// <param name="establishedOn">The date it was established, or <see langword="null"/> when not known.</param>
    /// <returns>The branch.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or longer than 100 characters.</exception>
    public static PartyBranch Create(string name, LocalDate? establishedOn = null)
    {
        Guard.Against.NullOrWhiteSpace(name, message: "A party branch needs a name.");
        Guard.Against.OutOfRange(name.Trim().Length, nameof(name), 1, 100, "A party branch name has at most 100 characters.");
        return new PartyBranch(name.Trim(), establishedOn);
    }
}
