using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Compatriots.Rules;

/// <summary>Rule <c>compatriot.dose-after-consent</c>: A vaccination dose can be recorded only when informed, voluntary consent was recorded on or before the dose's date.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct DoseAfterConsent : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "compatriot.dose-after-consent";

    private readonly IEnumerable<VaccinationConsent> consents;
    private readonly LocalDate doseDate;

    internal DoseAfterConsent(IEnumerable<VaccinationConsent> consents, LocalDate doseDate) => (this.consents, this.doseDate) = (consents, doseDate);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A vaccination dose can be recorded only when informed, voluntary consent was recorded on or before the dose's date.";

    /// <inheritdoc />
    public bool IsBroken()
    {
        foreach (var consent in consents)
        {
            if (consent.Date <= doseDate)
            {
                return false;
            }
        }

        return true;
    }
}
