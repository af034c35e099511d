using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Subsidies.Rules;

/// <summary>Rule <c>subsidy.award-belongs-to-the-register</c>: An award register holds only awards of its own district and year.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct AwardBelongsToTheRegister : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "subsidy.award-belongs-to-the-register";

    private readonly SubsidyAward award;
    private readonly District district;
    private readonly int year;

    internal AwardBelongsToTheRegister(SubsidyAward award, District district, int year) => (this.award, this.district, this.year) = (award, district, year);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "An award register holds only awards of its own district and year.";

    /// <inheritdoc />
    public bool IsBroken() => award.District != district || award.Year != year;
}
