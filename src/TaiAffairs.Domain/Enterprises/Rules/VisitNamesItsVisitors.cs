using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Enterprises.Rules;

/// <summary>Rule <c>enterprise.visit-names-its-visitors</c>: A visit must name at least one visiting unit.</summary>
public sealed class VisitNamesItsVisitors : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "enterprise.visit-names-its-visitors";

    private readonly int count;

    internal VisitNamesItsVisitors(int count) => this.count = count;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A visit must name at least one visiting unit.";

    /// <inheritdoc />
    public bool IsBroken() => count == 0;
}
