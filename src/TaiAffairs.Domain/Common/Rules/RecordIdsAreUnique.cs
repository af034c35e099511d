namespace TaiAffairs.Domain.Common.Rules;

/// <summary>
/// An aggregate holds at most one record of a kind with a given id. Shared by every aggregate that keeps records
/// of its own; each keeps its own stable code (<see cref="CompatriotCode"/>, <see cref="EnterpriseCode"/>,
/// <see cref="LeadingGroupCode"/>).
/// </summary>
/// <remarks>The rule decides from the ids already recorded and the new one. Immutable; evaluated on demand.</remarks>
public readonly struct RecordIdsAreUnique : IBusinessRule
{
    /// <summary>The code when a compatriot's record id repeats.</summary>
    public const string CompatriotCode = "compatriot.record-ids-are-unique";

    /// <summary>The code when an enterprise's record id repeats.</summary>
    public const string EnterpriseCode = "enterprise.record-ids-are-unique";

    /// <summary>The code when a leading group's meeting or instruction id repeats.</summary>
    public const string LeadingGroupCode = "leading-group.record-ids-are-unique";

    private readonly IReadOnlySet<string> recorded;
    private readonly string key;

    internal RecordIdsAreUnique(string code, IReadOnlySet<string> recorded, string key) => (Code, this.recorded, this.key) = (code, recorded, key);

    /// <inheritdoc />
    public string Code { get; }

    /// <inheritdoc />
    public string Message => "A record of this kind with this id is already held by the aggregate; record ids are unique.";

    /// <inheritdoc />
    public bool IsBroken() => recorded.Contains(key);
}
