using NodaTime;

namespace TaiAffairs.Domain.Common.Rules;

/// <summary>
/// A record about a registered party (a compatriot, an enterprise) cannot be dated before the party is on record.
/// </summary>
/// <remarks>The rule decides from the registration date and the record's date. Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct RecordedOnOrAfterRegistration : IBusinessRule
{
    /// <summary>The code for a compatriot's records.</summary>
    public const string CompatriotCode = "compatriot.recorded-on-or-after-registration";

    /// <summary>The code for an enterprise's records.</summary>
    public const string EnterpriseCode = "enterprise.recorded-on-or-after-registration";

    private readonly LocalDate registeredOn;
    private readonly LocalDate date;

    internal RecordedOnOrAfterRegistration(string code, LocalDate registeredOn, LocalDate date) => (Code, this.registeredOn, this.date) = (code, registeredOn, date);

    /// <inheritdoc />
    public string Code { get; }

    /// <inheritdoc />
    public string Message => "A record cannot be dated before the party it is about is on record (its registration date).";

    /// <inheritdoc />
    public bool IsBroken() => date < registeredOn;
}
