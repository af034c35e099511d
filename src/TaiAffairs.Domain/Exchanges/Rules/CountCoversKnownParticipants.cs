using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Exchanges.Rules;

/// <summary>Rule <c>exchange.count-covers-known-participants</c>: A stated participant count cannot be smaller than the number of participants recorded by name.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct CountCoversKnownParticipants : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "exchange.count-covers-known-participants";

    private readonly ReportedQuantity count;
    private readonly int known;

    internal CountCoversKnownParticipants(ReportedQuantity count, int known) => (this.count, this.known) = (count, known);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A stated participant count cannot be smaller than the number of participants recorded by name.";

    /// <inheritdoc />
    public bool IsBroken() => count.Upper is { } upper && upper < known;
}
