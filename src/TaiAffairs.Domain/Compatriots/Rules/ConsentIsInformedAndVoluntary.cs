using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Compatriots.Rules;

/// <summary>Rule <c>compatriot.consent-is-informed-and-voluntary</c>: Vaccination consent must be informed, agreed and voluntary (知情、同意、自愿); a record lacking any of the three is not consent.</summary>
/// <remarks>Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct ConsentIsInformedAndVoluntary : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "compatriot.consent-is-informed-and-voluntary";

    private readonly bool informed;
    private readonly bool agreed;
    private readonly bool voluntary;

    internal ConsentIsInformedAndVoluntary(bool informed, bool agreed, bool voluntary) => (this.informed, this.agreed, this.voluntary) = (informed, agreed, voluntary);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "Vaccination consent must be informed, agreed and voluntary (知情、同意、自愿); a record lacking any of the three is not consent.";

    /// <inheritdoc />
    public bool IsBroken() => !(informed && agreed && voluntary);
}
