using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups.Rules;

/// <summary>Rule <c>leading-group.adjustment-changes-something</c>: A membership adjustment must add or remove at least one unit.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct AdjustmentChangesSomething : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "leading-group.adjustment-changes-something";

    private readonly IReadOnlyCollection<Department> additions;
    private readonly IReadOnlyCollection<Id<Department>> removals;

    internal AdjustmentChangesSomething(IReadOnlyCollection<Department> additions, IReadOnlyCollection<Id<Department>> removals) => (this.additions, this.removals) = (additions, removals);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A membership adjustment must add or remove at least one unit.";

    /// <inheritdoc />
    public bool IsBroken() => additions.Count + removals.Count == 0;
}
