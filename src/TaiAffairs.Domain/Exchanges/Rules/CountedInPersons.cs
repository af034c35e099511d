using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Exchanges.Rules;

/// <summary>Rule <c>exchange.counted-in-persons</c>: Participants and attendance are counted in persons (名, 人 or 位).</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct CountedInPersons : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "exchange.counted-in-persons";

    private readonly ReportedQuantity count;

    internal CountedInPersons(ReportedQuantity count) => this.count = count;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "Participants and attendance are counted in persons (名, 人 or 位).";

    /// <inheritdoc />
    public bool IsBroken() => !Measure.People.Accepts(count.Unit);
}
