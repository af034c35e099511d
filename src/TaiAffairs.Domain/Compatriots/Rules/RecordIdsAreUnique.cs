using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Compatriots.Rules;

/// <summary>Rule <c>compatriot.record-ids-are-unique</c>: A record with this id is already recorded for the person.</summary>
public sealed class RecordIdsAreUnique : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "compatriot.record-ids-are-unique";

    private readonly bool duplicate;

    internal RecordIdsAreUnique(bool duplicate) => this.duplicate = duplicate;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A record with this id is already recorded for the person.";

    /// <inheritdoc />
    public bool IsBroken() => duplicate;
}
