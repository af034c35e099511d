using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Subsidies.Rules;

/// <summary>Rule <c>subsidy.award-ids-are-unique</c>: An award with this id is already in the register.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct AwardIdsAreUnique : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "subsidy.award-ids-are-unique";

    private readonly IReadOnlySet<Id<SubsidyAward>> ids;
    private readonly Id<SubsidyAward> id;

    internal AwardIdsAreUnique(IReadOnlySet<Id<SubsidyAward>> ids, Id<SubsidyAward> id) => (this.ids, this.id) = (ids, id);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "An award with this id is already in the register.";

    /// <inheritdoc />
    public bool IsBroken() => ids.Contains(id);
}
