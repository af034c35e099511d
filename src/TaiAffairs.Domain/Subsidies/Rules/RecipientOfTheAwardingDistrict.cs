using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Subsidies.Rules;

/// <summary>Rule <c>subsidy.recipient-of-the-awarding-district</c>: An award goes to a Taiwan-funded enterprise of the awarding district on the award date.</summary>
public sealed class RecipientOfTheAwardingDistrict : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "subsidy.recipient-of-the-awarding-district";

    private readonly bool inDistrict;

    internal RecipientOfTheAwardingDistrict(bool inDistrict) => this.inDistrict = inDistrict;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "An award goes to a Taiwan-funded enterprise of the awarding district on the award date.";

    /// <inheritdoc />
    public bool IsBroken() => !inDistrict;
}
