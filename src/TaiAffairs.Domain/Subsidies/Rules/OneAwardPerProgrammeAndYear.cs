using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Enterprises;

namespace TaiAffairs.Domain.Subsidies.Rules;

/// <summary>Rule <c>subsidy.one-award-per-programme-and-year</c>: The enterprise already has an award under this programme this year, and the programme allows only one.</summary>
/// <remarks>Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct OneAwardPerProgrammeAndYear : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "subsidy.one-award-per-programme-and-year";

    private readonly SubsidyAward award;
    private readonly Func<Id<Enterprise>, SubsidyProgramme, int, bool> awardedBefore;

    /// <summary>Creates the rule for a new award.</summary>
    /// <param name="award">The award to accept.</param>
    /// <param name="awardedBefore">Whether another award (not this one) to the enterprise under the programme in the year is already held.</param>
    internal OneAwardPerProgrammeAndYear(SubsidyAward award, Func<Id<Enterprise>, SubsidyProgramme, int, bool> awardedBefore)
    {
        this.award = award;
        this.awardedBefore = awardedBefore;
    }

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "The enterprise already has an award under this programme this year, and the programme allows only one.";

    /// <inheritdoc />
    public bool IsBroken()
    {
        foreach (var programme in award.Programmes)
        {
            if (!programme.AllowsSeveralPerYear && awardedBefore(award.Recipient, programme, award.Year))
            {
                return true;
            }
        }

        return false;
    }
}
