using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Enterprises;

namespace TaiAffairs.Domain.Subsidies.Rules;

/// <summary>Rule <c>subsidy.recipient-of-the-awarding-district</c>: An award goes to a Taiwan-funded enterprise of the awarding district on the award date.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct RecipientOfTheAwardingDistrict : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "subsidy.recipient-of-the-awarding-district";

    private readonly Enterprise recipient;
    private readonly District awardingDistrict;
    private readonly LocalDate awardedOn;

    internal RecipientOfTheAwardingDistrict(Enterprise recipient, District awardingDistrict, LocalDate awardedOn) => (this.recipient, this.awardingDistrict, this.awardedOn) = (recipient, awardingDistrict, awardedOn);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "An award goes to a Taiwan-funded enterprise of the awarding district on the award date.";

    /// <inheritdoc />
    public bool IsBroken() => recipient.DistrictOn(awardedOn) != awardingDistrict;
}
