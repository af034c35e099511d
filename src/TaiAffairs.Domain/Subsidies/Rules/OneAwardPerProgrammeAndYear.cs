using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Subsidies.Rules;

/// <summary>Rule <c>subsidy.one-award-per-programme-and-year</c>: The enterprise already has an award under this programme this year, and the programme allows only one.</summary>
public sealed class OneAwardPerProgrammeAndYear : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "subsidy.one-award-per-programme-and-year";

    private readonly bool alreadyAwarded;

    internal OneAwardPerProgrammeAndYear(bool alreadyAwarded) => this.alreadyAwarded = alreadyAwarded;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "The enterprise already has an award under this programme this year, and the programme allows only one.";

    /// <inheritdoc />
    public bool IsBroken() => alreadyAwarded;
}
