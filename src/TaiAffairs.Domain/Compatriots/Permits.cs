using System.Diagnostics;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots.Rules;

namespace TaiAffairs.Domain.Compatriots;

/// <summary>
/// A Mainland Travel Permit for Taiwan Residents (台胞证) as issued: its number and validity. A renewal is a new
/// permit (the eight-digit lifetime number usually stays the same).
/// </summary>
/// <remarks>Equality is structural. Immutable. <see cref="ToString"/> shows the masked number only.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record TravelPermit
{
    private TravelPermit(TravelPermitNumber number, LocalDate issuedOn, LocalDate expiresOn)
    {
        Number = number;
        IssuedOn = issuedOn;
        ExpiresOn = expiresOn;
    }

    /// <summary>Gets the permit number (masked when shown).</summary>
    public TravelPermitNumber Number { get; }

    /// <summary>Gets the issue date.</summary>
    public LocalDate IssuedOn { get; }

    /// <summary>Gets the last day of validity.</summary>
    public LocalDate ExpiresOn { get; }

    /// <summary>Creates a permit.</summary>
    /// <param name="number">The number (not default).</param>
    /// <param name="issuedOn">The issue date.</param>
    /// <param name="expiresOn">The last day of validity, after the issue date.</param>
    /// <returns>The permit.</returns>
    /// <exception cref="ArgumentException"><paramref name="number"/> is default.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="PermitExpiresAfterIssue"/> is broken.</exception>
    public static TravelPermit Create(TravelPermitNumber number, LocalDate issuedOn, LocalDate expiresOn)
    {
        if (number.IsDefault)
        {
            throw new ArgumentException("A travel permit needs a number.", nameof(number));
        }

        BusinessRule.Check(new PermitExpiresAfterIssue(issuedOn, expiresOn));
        return new TravelPermit(number, issuedOn, expiresOn);
    }

    /// <summary>Gets whether the permit had expired on a date (the date is after its last day of validity).</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether it had expired.</returns>
    public bool IsExpiredOn(LocalDate date) => date > ExpiresOn;

    /// <summary>Returns the masked number and validity.</summary>
    /// <returns>E.g. <c>台胞证 1234**** 2016-05-01..2026-04-30</c>.</returns>
    public override string ToString() => $"台胞证 {Number} {IssuedOn:uuuu-MM-dd}..{ExpiresOn:uuuu-MM-dd}";
}

/// <summary>A Residence Permit for Taiwan Residents (台湾居民居住证): its number and validity.</summary>
/// <remarks>Equality is structural. Immutable. <see cref="ToString"/> shows the masked number only.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record ResidencePermit
{
    private ResidencePermit(ResidencePermitNumber number, LocalDate issuedOn, LocalDate expiresOn)
    {
        Number = number;
        IssuedOn = issuedOn;
        ExpiresOn = expiresOn;
    }

    /// <summary>Gets the permit number (masked when shown).</summary>
    public ResidencePermitNumber Number { get; }

    /// <summary>Gets the issue date.</summary>
    public LocalDate IssuedOn { get; }

    /// <summary>Gets the last day of validity.</summary>
    public LocalDate ExpiresOn { get; }

    /// <summary>Creates a permit.</summary>
    /// <param name="number">The number (not default).</param>
    /// <param name="issuedOn">The issue date.</param>
    /// <param name="expiresOn">The last day of validity, after the issue date.</param>
    /// <returns>The permit.</returns>
    /// <exception cref="ArgumentException"><paramref name="number"/> is default.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="PermitExpiresAfterIssue"/> is broken.</exception>
    public static ResidencePermit Create(ResidencePermitNumber number, LocalDate issuedOn, LocalDate expiresOn)
    {
        if (number.IsDefault)
        {
            throw new ArgumentException("A residence permit needs a number.", nameof(number));
        }

        BusinessRule.Check(new PermitExpiresAfterIssue(issuedOn, expiresOn));
        return new ResidencePermit(number, issuedOn, expiresOn);
    }

    /// <summary>Gets whether the permit had expired on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether it had expired.</returns>
    public bool IsExpiredOn(LocalDate date) => date > ExpiresOn;

    /// <summary>Returns the masked number and validity.</summary>
    /// <returns>E.g. <c>居住证 830000********0012 ...</c>.</returns>
    public override string ToString() => $"居住证 {Number} {IssuedOn:uuuu-MM-dd}..{ExpiresOn:uuuu-MM-dd}";
}
