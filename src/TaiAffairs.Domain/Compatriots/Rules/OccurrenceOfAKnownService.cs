using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Compatriots.Rules;

/// <summary>Rule <c>compatriot.occurrence-of-a-known-service</c>: An occurrence must belong to a recurring service of the person, dated on or after the service started.</summary>
public sealed class OccurrenceOfAKnownService : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "compatriot.occurrence-of-a-known-service";

    private readonly bool valid;

    internal OccurrenceOfAKnownService(bool valid) => this.valid = valid;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "An occurrence must belong to a recurring service of the person, dated on or after the service started.";

    /// <inheritdoc />
    public bool IsBroken() => !valid;
}
