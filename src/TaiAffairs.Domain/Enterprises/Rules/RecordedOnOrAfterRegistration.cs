using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Enterprises.Rules;

/// <summary>Rule <c>enterprise.recorded-on-or-after-registration</c>: A record cannot be dated before the enterprise is on record (its registration date).</summary>
public sealed class RecordedOnOrAfterRegistration : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "enterprise.recorded-on-or-after-registration";

    private readonly LocalDate registeredOn;
    private readonly LocalDate date;

    internal RecordedOnOrAfterRegistration(LocalDate registeredOn, LocalDate date) => (this.registeredOn, this.date) = (registeredOn, date);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A record cannot be dated before the enterprise is on record (its registration date).";

    /// <inheritdoc />
    public bool IsBroken() => date < registeredOn;
}
