using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Subsidies.Rules;

/// <summary>Rule <c>subsidy.award-ids-are-unique</c>: An award with this id is already in the register.</summary>
public sealed class AwardIdsAreUnique : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "subsidy.award-ids-are-unique";

    private readonly bool duplicate;

    internal AwardIdsAreUnique(bool duplicate) => this.duplicate = duplicate;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "An award with this id is already in the register.";

    /// <inheritdoc />
    public bool IsBroken() => duplicate;
}
