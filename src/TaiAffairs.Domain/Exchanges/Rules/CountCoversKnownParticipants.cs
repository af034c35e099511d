using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Exchanges.Rules;

/// <summary>Rule <c>exchange.count-covers-known-participants</c>: A stated participant count cannot be smaller than the number of participants recorded by name.</summary>
public sealed class CountCoversKnownParticipants : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "exchange.count-covers-known-participants";

    private readonly bool valid;

    internal CountCoversKnownParticipants(bool valid) => this.valid = valid;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A stated participant count cannot be smaller than the number of participants recorded by name.";

    /// <inheritdoc />
    public bool IsBroken() => !valid;
}
