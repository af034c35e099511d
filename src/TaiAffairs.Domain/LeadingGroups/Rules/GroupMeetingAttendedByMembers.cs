using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups.Rules;

/// <summary>Rule <c>leading-group.group-meeting-attended-by-members</c>: Every unit attending a leading-group meeting must be a member unit on the meeting's date.</summary>
public sealed class GroupMeetingAttendedByMembers : IBusinessRule
{
    private readonly int nonMembers;

    internal GroupMeetingAttendedByMembers(int nonMembers) => this.nonMembers = nonMembers;

    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "leading-group.group-meeting-attended-by-members";

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "Every unit attending a leading-group meeting must be a member unit on the meeting's date.";

    /// <inheritdoc />
    public bool IsBroken() => nonMembers > 0;
}
