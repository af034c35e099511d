using Ardalis.SmartEnum;

namespace TaiAffairs.Domain.LeadingGroups;

/// <summary>
/// The kinds of meeting the reviews count. A group meeting (<see cref="IsGroupMeeting"/>) is hosted by the
/// leading group's leader or a deputy and attended by its member units; the others are hosted by any official
/// and attended by any named units.
/// </summary>
/// <remarks>Equality by identity. <c>List</c> is sorted by name; <see cref="All"/> is in declaration order. Its values are immutable singletons; thread-safe.</remarks>
public sealed class MeetingKind : SmartEnum<MeetingKind>
{
    /// <summary>区委常委会暨区委对台工作领导小组会议.</summary>
    public static readonly MeetingKind StandingCommitteeAndGroupMeeting = new(nameof(StandingCommitteeAndGroupMeeting), 1, "常委会暨领导小组会议", true);

    /// <summary>区委对台工作领导小组(扩大)会议.</summary>
    public static readonly MeetingKind EnlargedGroupMeeting = new(nameof(EnlargedGroupMeeting), 2, "领导小组(扩大)会议", true);

    /// <summary>区委常委会专题会议 (a standing-committee meeting on Taiwan work).</summary>
    public static readonly MeetingKind SpecialTopicMeeting = new(nameof(SpecialTopicMeeting), 3, "专题会议", false);

    /// <summary>台胞台企季度恳谈会: the quarterly round-table.</summary>
    public static readonly MeetingKind QuarterlyRoundTable = new(nameof(QuarterlyRoundTable), 4, "季度恳谈会", false);

    /// <summary>台胞台企恳谈会 held outside the quarterly cadence.</summary>
    public static readonly MeetingKind RoundTable = new(nameof(RoundTable), 5, "恳谈会", false);

    /// <summary>对接协调会 / 现场会: a coordination meeting on an enterprise's problem.</summary>
    public static readonly MeetingKind CoordinationMeeting = new(nameof(CoordinationMeeting), 6, "对接协调会", false);

    /// <summary>政策宣讲: a policy briefing.</summary>
    public static readonly MeetingKind PolicyBriefing = new(nameof(PolicyBriefing), 7, "政策宣讲", false);

    private static readonly MeetingKind[] Declared =
        [StandingCommitteeAndGroupMeeting, EnlargedGroupMeeting, SpecialTopicMeeting, QuarterlyRoundTable, RoundTable, CoordinationMeeting, PolicyBriefing];

    private MeetingKind(string name, int value, string chineseName, bool isGroupMeeting)
        : base(name, value)
    {
        ChineseName = chineseName;
        IsGroupMeeting = isGroupMeeting;
    }

    /// <summary>Gets every kind in declaration order.</summary>
    public static IReadOnlyList<MeetingKind> All { get; } = Array.AsReadOnly(Declared);

    /// <summary>Gets the Chinese name, e.g. <c>季度恳谈会</c>.</summary>
    public string ChineseName { get; }

    /// <summary>Gets whether the meeting is the leading group's own: hosted by its leadership, attended by its members.</summary>
    public bool IsGroupMeeting { get; }

    /// <summary>Gets whether the meeting is a round-table with enterprises and compatriots (恳谈会).</summary>
    public bool IsRoundTable => this == QuarterlyRoundTable || this == RoundTable;
}
