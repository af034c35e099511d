using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Enterprises.Rules;

/// <summary>Rule <c>enterprise.party-branch-established-once</c>: an enterprise's party branch is established once; a second establishment is refused rather than overwriting the first.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct PartyBranchEstablishedOnce : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "enterprise.party-branch-established-once";

    private readonly PartyBranch? existing;

    internal PartyBranchEstablishedOnce(PartyBranch? existing) => this.existing = existing;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "The enterprise's party branch is already established; it is established once.";

    /// <inheritdoc />
    public bool IsBroken() => existing is not null;
}
