using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Exchanges.Rules;

/// <summary>Rule <c>exchange.organized-by-at-least-one-district</c>: An event is organized by at least one district, each listed once.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct OrganizedByAtLeastOneDistrict : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "exchange.organized-by-at-least-one-district";

    private readonly IReadOnlyList<District?> organizers;

    internal OrganizedByAtLeastOneDistrict(IReadOnlyList<District?> organizers) => this.organizers = organizers;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "An event is organized by at least one district, each listed once.";

    /// <inheritdoc />
    public bool IsBroken() => organizers.Count == 0 || !CanonicalOrder.AllPresentAndDistinct(organizers);
}
