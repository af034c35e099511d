using NodaTime;

namespace TaiAffairs.Domain.Common.Rules;

/// <summary>
/// A dated change (a move, a change of status, an assessment, a consent, an occupation) is dated after the
/// previous change of the same fact: dates never run backwards. Shared by compatriots and enterprises.
/// </summary>
/// <remarks>The rule decides from the previous change's date (none for a first change) and the new date. Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct ChangesInDateOrder : IBusinessRule
{
    /// <summary>The code for a compatriot's dated facts.</summary>
    public const string CompatriotCode = "compatriot.changes-in-date-order";

    /// <summary>The code for an enterprise's district and operating status.</summary>
    public const string EnterpriseCode = "enterprise.changes-in-date-order";

    private readonly LocalDate? previous;
    private readonly LocalDate date;

    internal ChangesInDateOrder(string code, LocalDate? previous, LocalDate date) => (Code, this.previous, this.date) = (code, previous, date);

    /// <inheritdoc />
    public string Code { get; }

    /// <inheritdoc />
    public string Message => "A change must be dated after the previous change of the same fact; dates never run backwards.";

    /// <inheritdoc />
    public bool IsBroken() => previous is { } p && date <= p;
}
