using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Enterprises.Rules;

/// <summary>Rule <c>enterprise.changes-in-date-order</c>: A move to another district or a change of operating status must be dated after the previous change; dates never run backwards.</summary>
public sealed class ChangesInDateOrder : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "enterprise.changes-in-date-order";

    private readonly LocalDate previous;
    private readonly LocalDate date;

    internal ChangesInDateOrder(LocalDate previous, LocalDate date) => (this.previous, this.date) = (previous, date);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A move to another district or a change of operating status must be dated after the previous change; dates never run backwards.";

    /// <inheritdoc />
    public bool IsBroken() => date <= previous;
}
