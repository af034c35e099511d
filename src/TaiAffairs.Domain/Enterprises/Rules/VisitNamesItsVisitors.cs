using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Enterprises.Rules;

/// <summary>Rule <c>enterprise.visit-names-its-visitors</c>: A visit must name at least one visiting unit.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct VisitNamesItsVisitors : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "enterprise.visit-names-its-visitors";

    private readonly IReadOnlyCollection<Id<Department>> visitors;

    internal VisitNamesItsVisitors(IReadOnlyCollection<Id<Department>> visitors) => this.visitors = visitors;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A visit must name at least one visiting unit.";

    /// <inheritdoc />
    public bool IsBroken() => visitors.Count == 0;
}
