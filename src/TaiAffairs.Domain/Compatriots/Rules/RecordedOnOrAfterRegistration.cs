using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Compatriots.Rules;

/// <summary>Rule <c>compatriot.recorded-on-or-after-registration</c>: A record about a compatriot cannot be dated before the person is on record.</summary>
public sealed class RecordedOnOrAfterRegistration : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "compatriot.recorded-on-or-after-registration";

    private readonly LocalDate registeredOn;
    private readonly LocalDate date;

    internal RecordedOnOrAfterRegistration(LocalDate registeredOn, LocalDate date) => (this.registeredOn, this.date) = (registeredOn, date);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A record about a compatriot cannot be dated before the person is on record.";

    /// <inheritdoc />
    public bool IsBroken() => date < registeredOn;
}
