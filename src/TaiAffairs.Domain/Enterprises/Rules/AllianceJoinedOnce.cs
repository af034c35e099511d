using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Enterprises.Rules;

/// <summary>Rule <c>enterprise.alliance-joined-once</c>: An enterprise is already a member of this alliance.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct AllianceJoinedOnce : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "enterprise.alliance-joined-once";

    private readonly IEnumerable<AllianceMembership> memberships;
    private readonly string alliance;

    internal AllianceJoinedOnce(IEnumerable<AllianceMembership> memberships, string alliance) => (this.memberships, this.alliance) = (memberships, alliance);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "An enterprise is already a member of this alliance.";

    /// <inheritdoc />
    public bool IsBroken()
    {
        foreach (var membership in memberships)
        {
            if (membership.Alliance == alliance)
            {
                return true;
            }
        }

        return false;
    }
}
