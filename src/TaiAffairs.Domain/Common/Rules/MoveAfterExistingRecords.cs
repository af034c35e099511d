using NodaTime;

namespace TaiAffairs.Domain.Common.Rules;

/// <summary>
/// A move to another district is dated after every record already held, so that no record changes district
/// after the fact. Shared by compatriots (doses, care visits, services) and enterprises (visits, safety findings,
/// donations, investments).
/// </summary>
/// <remarks>The rule decides from the dates of the records held and the move's first day. Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct MoveAfterExistingRecords : IBusinessRule
{
    /// <summary>The code for a compatriot's move.</summary>
    public const string CompatriotCode = "compatriot.move-after-existing-records";

    /// <summary>The code for an enterprise's move.</summary>
    public const string EnterpriseCode = "enterprise.move-after-existing-records";

    private readonly IEnumerable<LocalDate> recordDates;
    private readonly LocalDate from;

    internal MoveAfterExistingRecords(string code, IEnumerable<LocalDate> recordDates, LocalDate from) => (Code, this.recordDates, this.from) = (code, recordDates, from);

    /// <inheritdoc />
    public string Code { get; }

    /// <inheritdoc />
    public string Message => "A move must be dated after every record already held, so that no record changes district after the fact.";

    /// <inheritdoc />
    public bool IsBroken()
    {
        foreach (var date in recordDates)
        {
            if (date >= from)
            {
                return true;
            }
        }

        return false;
    }
}
