using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups.Rules;

/// <summary>Rule <c>leading-group.dated-after-establishment</c>: A meeting, instruction or appointment cannot be dated before the leading group was established.</summary>
/// <remarks>Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct DatedAfterEstablishment : IBusinessRule
{
    private readonly LocalDate establishedOn;
    private readonly LocalDate date;

    internal DatedAfterEstablishment(LocalDate establishedOn, LocalDate date) => (this.establishedOn, this.date) = (establishedOn, date);

    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "leading-group.dated-after-establishment";

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A meeting, instruction or appointment cannot be dated before the leading group was established.";

    /// <inheritdoc />
    public bool IsBroken() => date < establishedOn;
}
