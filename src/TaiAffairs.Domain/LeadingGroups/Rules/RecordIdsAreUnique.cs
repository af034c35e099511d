using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups.Rules;

/// <summary>Rule <c>leading-group.record-ids-are-unique</c>: A meeting or instruction with this id is already recorded in the group.</summary>
public sealed class RecordIdsAreUnique : IBusinessRule
{
    private readonly bool duplicate;

    internal RecordIdsAreUnique(bool duplicate) => this.duplicate = duplicate;

    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "leading-group.record-ids-are-unique";

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A meeting or instruction with this id is already recorded in the group.";

    /// <inheritdoc />
    public bool IsBroken() => duplicate;
}
