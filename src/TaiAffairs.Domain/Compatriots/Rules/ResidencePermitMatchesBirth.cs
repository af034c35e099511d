using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Compatriots.Rules;

/// <summary>Rule <c>compatriot.residence-permit-matches-birth</c>: The birth date encoded in a residence permit number must match the person's recorded birth date or year.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct ResidencePermitMatchesBirth : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "compatriot.residence-permit-matches-birth";

    private readonly BirthInfo birth;
    private readonly ResidencePermitNumber number;

    internal ResidencePermitMatchesBirth(BirthInfo birth, ResidencePermitNumber number) => (this.birth, this.number) = (birth, number);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "The birth date encoded in a residence permit number must match the person's recorded birth date or year.";

    /// <inheritdoc />
    public bool IsBroken() => birth.Date is { } known ? known != number.BirthDate : birth.Year != number.BirthDate.Year;
}
