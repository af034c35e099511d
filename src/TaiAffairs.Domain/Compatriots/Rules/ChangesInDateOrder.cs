using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Compatriots.Rules;

/// <summary>Rule <c>compatriot.changes-in-date-order</c>: A change of residence, assessment, occupation or consent must be dated after the previous change of the same fact.</summary>
public sealed class ChangesInDateOrder : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "compatriot.changes-in-date-order";

    private readonly LocalDate previous;
    private readonly LocalDate date;

    internal ChangesInDateOrder(LocalDate previous, LocalDate date) => (this.previous, this.date) = (previous, date);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A change of residence, assessment, occupation or consent must be dated after the previous change of the same fact.";

    /// <inheritdoc />
    public bool IsBroken() => date <= previous;
}
