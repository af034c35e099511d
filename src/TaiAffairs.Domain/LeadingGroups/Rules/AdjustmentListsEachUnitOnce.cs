using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups.Rules;

/// <summary>Rule <c>leading-group.adjustment-lists-unit-once</c>: A membership adjustment may name each unit only once, as an addition or as a removal.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct AdjustmentListsEachUnitOnce : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "leading-group.adjustment-lists-unit-once";

    private readonly IReadOnlyCollection<Id<Department>> named;

    internal AdjustmentListsEachUnitOnce(IReadOnlyCollection<Id<Department>> named) => this.named = named;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A membership adjustment may name each unit only once, as an addition or as a removal.";

    /// <inheritdoc />
    public bool IsBroken() => named.Distinct().Count() != named.Count;
}
