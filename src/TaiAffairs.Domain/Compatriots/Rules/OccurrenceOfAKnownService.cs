using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Compatriots.Rules;

/// <summary>Rule <c>compatriot.occurrence-of-a-known-service</c>: An occurrence must belong to a recurring service of the person, dated on or after the service started.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct OccurrenceOfAKnownService : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "compatriot.occurrence-of-a-known-service";

    private readonly RecurringService? service;
    private readonly LocalDate date;

    internal OccurrenceOfAKnownService(RecurringService? service, LocalDate date) => (this.service, this.date) = (service, date);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "An occurrence must belong to a recurring service of the person, dated on or after the service started.";

    /// <inheritdoc />
    public bool IsBroken() => service is null || date < service.StartedOn;
}
