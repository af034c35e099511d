using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Compatriots.Rules;

/// <summary>Rule <c>compatriot.residence-permit-matches-birth</c>: The birth date encoded in a residence permit number must match the person's recorded birth date or year.</summary>
public sealed class ResidencePermitMatchesBirth : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "compatriot.residence-permit-matches-birth";

    private readonly bool matches;

    internal ResidencePermitMatchesBirth(bool matches) => this.matches = matches;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "The birth date encoded in a residence permit number must match the person's recorded birth date or year.";

    /// <inheritdoc />
    public bool IsBroken() => !matches;
}
