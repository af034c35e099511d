using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Compatriots.Rules;

/// <summary>Rule <c>compatriot.move-after-existing-records</c>: a move is dated after every record already dated for the person, so no record changes district after the fact.</summary>
public sealed class MoveAfterExistingRecords : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "compatriot.move-after-existing-records";

    private readonly LocalDate? latestRecord;
    private readonly LocalDate from;

    internal MoveAfterExistingRecords(LocalDate? latestRecord, LocalDate from) => (this.latestRecord, this.from) = (latestRecord, from);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A move must be dated after every record already held for the person (doses, care visits, services), so that no record changes district after the fact.";

    /// <inheritdoc />
    public bool IsBroken() => latestRecord is { } latest && from <= latest;
}
