using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Subsidies.Rules;

/// <summary>Rule <c>subsidy.split-sums-to-the-whole</c>: A funding split belongs to a combined city-and-district award, and its parts must sum exactly to the award.</summary>
public sealed class SplitSumsToTheWhole : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "subsidy.split-sums-to-the-whole";

    private readonly bool valid;

    internal SplitSumsToTheWhole(bool valid) => this.valid = valid;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A funding split belongs to a combined city-and-district award, and its parts must sum exactly to the award.";

    /// <inheritdoc />
    public bool IsBroken() => !valid;
}
