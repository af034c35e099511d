using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Compatriots.Rules;

/// <summary>Rule <c>compatriot.born-before-registration</c>: a person is on record only once born: the registration date is on or after the birth date (or in or after the birth year).</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct BornBeforeRegistration : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "compatriot.born-before-registration";

    private readonly BirthInfo birth;
    private readonly LocalDate registeredOn;

    internal BornBeforeRegistration(BirthInfo birth, LocalDate registeredOn) => (this.birth, this.registeredOn) = (birth, registeredOn);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A person cannot be registered before being born; the registration date precedes the recorded birth.";

    /// <inheritdoc />
    public bool IsBroken() => birth.Date is { } date ? date > registeredOn : birth.Year > registeredOn.Year;
}
