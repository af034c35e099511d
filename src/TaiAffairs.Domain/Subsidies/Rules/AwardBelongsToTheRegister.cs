using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Subsidies.Rules;

/// <summary>Rule <c>subsidy.award-belongs-to-the-register</c>: An award register holds only awards of its own district and year.</summary>
public sealed class AwardBelongsToTheRegister : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "subsidy.award-belongs-to-the-register";

    private readonly bool belongs;

    internal AwardBelongsToTheRegister(bool belongs) => this.belongs = belongs;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "An award register holds only awards of its own district and year.";

    /// <inheritdoc />
    public bool IsBroken() => !belongs;
}
