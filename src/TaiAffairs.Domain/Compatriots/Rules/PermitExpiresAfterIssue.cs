using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Compatriots.Rules;

/// <summary>Rule <c>compatriot.permit-expires-after-issue</c>: A permit's expiry date must be after its issue date.</summary>
/// <remarks>Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct PermitExpiresAfterIssue : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "compatriot.permit-expires-after-issue";

    private readonly LocalDate issuedOn;
    private readonly LocalDate expiresOn;

    internal PermitExpiresAfterIssue(LocalDate issuedOn, LocalDate expiresOn) => (this.issuedOn, this.expiresOn) = (issuedOn, expiresOn);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A permit's expiry date must be after its issue date.";

    /// <inheritdoc />
    public bool IsBroken() => expiresOn <= issuedOn;
}
