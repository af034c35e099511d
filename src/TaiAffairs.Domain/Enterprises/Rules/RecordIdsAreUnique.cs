using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Enterprises.Rules;

/// <summary>Rule <c>enterprise.record-ids-are-unique</c>: A record with this id is already recorded against the enterprise.</summary>
public sealed class RecordIdsAreUnique : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "enterprise.record-ids-are-unique";

    private readonly bool duplicate;

    internal RecordIdsAreUnique(bool duplicate) => this.duplicate = duplicate;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A record with this id is already recorded against the enterprise.";

    /// <inheritdoc />
    public bool IsBroken() => duplicate;
}
