using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups.Rules;

/// <summary>Rule <c>leading-group.adjustment-lists-unit-once</c>: A membership adjustment may name each unit only once, as an addition or as a removal.</summary>
public sealed class AdjustmentListsEachUnitOnce : IBusinessRule
{
    private readonly bool hasRepeats;

    internal AdjustmentListsEachUnitOnce(bool hasRepeats) => this.hasRepeats = hasRepeats;

    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "leading-group.adjustment-lists-unit-once";

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A membership adjustment may name each unit only once, as an addition or as a removal.";

    /// <inheritdoc />
    public bool IsBroken() => hasRepeats;
}
