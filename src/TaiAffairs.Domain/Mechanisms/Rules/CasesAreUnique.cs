using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Issues;

namespace TaiAffairs.Domain.Mechanisms.Rules;

/// <summary>Rule <c>mechanism.cases-are-unique</c>: an issue is recorded as a case of a mechanism once.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct CasesAreUnique : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "mechanism.cases-are-unique";

    private readonly IReadOnlyCollection<Id<ServiceIssue>> cases;
    private readonly Id<ServiceIssue> issue;

    internal CasesAreUnique(IReadOnlyCollection<Id<ServiceIssue>> cases, Id<ServiceIssue> issue) => (this.cases, this.issue) = (cases, issue);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "This issue is already a case of the mechanism.";

    /// <inheritdoc />
    public bool IsBroken() => cases.Contains(issue);
}
