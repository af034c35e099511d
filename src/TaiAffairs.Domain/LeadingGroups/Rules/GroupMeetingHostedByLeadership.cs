using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups.Rules;

/// <summary>Rule <c>leading-group.group-meeting-hosted-by-leadership</c>: A leading-group meeting must be hosted by the group's leader or one of its deputies on the meeting's date.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct GroupMeetingHostedByLeadership : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "leading-group.group-meeting-hosted-by-leadership";

    private readonly Official host;
    private readonly Official? leader;
    private readonly IEnumerable<Official> deputies;

    internal GroupMeetingHostedByLeadership(Official host, Official? leader, IEnumerable<Official> deputies) => (this.host, this.leader, this.deputies) = (host, leader, deputies);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A leading-group meeting must be hosted by the group's leader or one of its deputies on the meeting's date.";

    /// <inheritdoc />
    public bool IsBroken() => host != leader && !deputies.Contains(host);
}
