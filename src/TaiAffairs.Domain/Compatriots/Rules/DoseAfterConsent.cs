using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Compatriots.Rules;

/// <summary>Rule <c>compatriot.dose-after-consent</c>: A vaccination dose can be recorded only when informed, voluntary consent was recorded on or before the dose's date.</summary>
public sealed class DoseAfterConsent : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "compatriot.dose-after-consent";

    private readonly bool consentedBefore;

    internal DoseAfterConsent(bool consentedBefore) => this.consentedBefore = consentedBefore;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A vaccination dose can be recorded only when informed, voluntary consent was recorded on or before the dose's date.";

    /// <inheritdoc />
    public bool IsBroken() => !consentedBefore;
}
