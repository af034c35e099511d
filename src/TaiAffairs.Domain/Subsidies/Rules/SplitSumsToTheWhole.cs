using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Subsidies.Rules;

/// <summary>Rule <c>subsidy.split-sums-to-the-whole</c>: A funding split belongs to a combined city-and-district award, and its parts must sum exactly to the award.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct SplitSumsToTheWhole : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "subsidy.split-sums-to-the-whole";

    private readonly FundingLevel level;
    private readonly FundingSplit? split;
    private readonly Money amount;

    internal SplitSumsToTheWhole(FundingLevel level, FundingSplit? split, Money amount) => (this.level, this.split, this.amount) = (level, split, amount);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A funding split belongs to a combined city-and-district award, and its parts must sum exactly to the award.";

    /// <inheritdoc />
    public bool IsBroken() => split is { } s && (level != FundingLevel.CityAndDistrict || s.Total != amount);
}
