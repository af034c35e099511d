using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups.Rules;

/// <summary>Rule <c>leading-group.group-meeting-hosted-by-leadership</c>: A leading-group meeting must be hosted by the group's leader or one of its deputies on the meeting's date.</summary>
public sealed class GroupMeetingHostedByLeadership : IBusinessRule
{
    private readonly bool hostIsLeadership;

    internal GroupMeetingHostedByLeadership(bool hostIsLeadership) => this.hostIsLeadership = hostIsLeadership;

    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "leading-group.group-meeting-hosted-by-leadership";

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A leading-group meeting must be hosted by the group's leader or one of its deputies on the meeting's date.";

    /// <inheritdoc />
    public bool IsBroken() => !hostIsLeadership;
}
