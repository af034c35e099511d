using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Mechanisms.Rules;

/// <summary>Rule <c>mechanism.terms-match-kind</c>: a mechanism's terms are those of its kind.</summary>
/// <remarks>Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct TermsMatchKind : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "mechanism.terms-match-kind";

    private readonly MechanismKind kind;
    private readonly MechanismTerms terms;

    internal TermsMatchKind(MechanismKind kind, MechanismTerms terms) => (this.kind, this.terms) = (kind, terms);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => $"A {kind.ChineseName} mechanism needs {kind.TermsType.Name}, not {terms.GetType().Name}.";

    /// <inheritdoc />
    public bool IsBroken() => terms.GetType() != kind.TermsType;
}
