using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Enterprises.Rules;

/// <summary>Rule <c>enterprise.alliance-joined-once</c>: An enterprise is already a member of this alliance.</summary>
public sealed class AllianceJoinedOnce : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "enterprise.alliance-joined-once";

    private readonly bool alreadyMember;

    internal AllianceJoinedOnce(bool alreadyMember) => this.alreadyMember = alreadyMember;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "An enterprise is already a member of this alliance.";

    /// <inheritdoc />
    public bool IsBroken() => alreadyMember;
}
