using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Compatriots.Rules;

/// <summary>Rule <c>compatriot.renewal-issued-after-previous</c>: A renewed permit is a new permit issued after the previous one; permits are recorded in issue order.</summary>
/// <remarks>Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct RenewalIssuedAfterPrevious : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "compatriot.renewal-issued-after-previous";

    private readonly LocalDate? previousIssuedOn;
    private readonly LocalDate issuedOn;

    internal RenewalIssuedAfterPrevious(LocalDate? previousIssuedOn, LocalDate issuedOn) => (this.previousIssuedOn, this.issuedOn) = (previousIssuedOn, issuedOn);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A renewed permit is a new permit issued after the previous one; permits are recorded in issue order.";

    /// <inheritdoc />
    public bool IsBroken() => previousIssuedOn is { } previous && issuedOn <= previous;
}
