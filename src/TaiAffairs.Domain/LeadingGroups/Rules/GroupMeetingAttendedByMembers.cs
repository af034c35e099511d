using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups.Rules;

/// <summary>Rule <c>leading-group.group-meeting-attended-by-members</c>: Every unit attending a leading-group meeting must be a member unit on the meeting's date.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct GroupMeetingAttendedByMembers : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "leading-group.group-meeting-attended-by-members";

    private readonly IEnumerable<Id<Department>> attending;
    private readonly Func<Id<Department>, bool> isMember;

    internal GroupMeetingAttendedByMembers(IEnumerable<Id<Department>> attending, Func<Id<Department>, bool> isMember) => (this.attending, this.isMember) = (attending, isMember);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "Every unit attending a leading-group meeting must be a member unit on the meeting's date.";

    /// <inheritdoc />
    public bool IsBroken()
    {
        foreach (var unit in attending)
        {
            if (!isMember(unit))
            {
                return true;
            }
        }

        return false;
    }
}
