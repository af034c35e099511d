using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Exchanges.Rules;

/// <summary>Rule <c>exchange.organized-by-at-least-one-district</c>: An event is organized by at least one district, each listed once.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public sealed class OrganizedByAtLeastOneDistrict : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "exchange.organized-by-at-least-one-district";

    private readonly IReadOnlyCollection<District?> organizers;

    internal OrganizedByAtLeastOneDistrict(IReadOnlyCollection<District?> organizers) => this.organizers = organizers;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "An event is organized by at least one district, each listed once.";

    /// <inheritdoc />
    public bool IsBroken() => organizers.Count == 0 || organizers.Contains(null) || organizers.Distinct().Count() != organizers.Count;
}
