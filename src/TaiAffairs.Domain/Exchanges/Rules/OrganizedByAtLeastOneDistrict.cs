using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Exchanges.Rules;

/// <summary>Rule <c>exchange.organized-by-at-least-one-district</c>: An event is organized by at least one district, each listed once.</summary>
public sealed class OrganizedByAtLeastOneDistrict : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "exchange.organized-by-at-least-one-district";

    private readonly bool valid;

    internal OrganizedByAtLeastOneDistrict(bool valid) => this.valid = valid;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "An event is organized by at least one district, each listed once.";

    /// <inheritdoc />
    public bool IsBroken() => !valid;
}
