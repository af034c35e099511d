using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups.Rules;

/// <summary>Rule <c>leading-group.adjustment-changes-something</c>: A membership adjustment must add or remove at least one unit.</summary>
public sealed class AdjustmentChangesSomething : IBusinessRule
{
    private readonly int count;

    internal AdjustmentChangesSomething(int count) => this.count = count;

    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "leading-group.adjustment-changes-something";

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A membership adjustment must add or remove at least one unit.";

    /// <inheritdoc />
    public bool IsBroken() => count == 0;
}
