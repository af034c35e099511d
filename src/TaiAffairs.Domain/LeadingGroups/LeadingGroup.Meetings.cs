using System.Diagnostics;
using Ardalis.GuardClauses;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Common.Rules;
using TaiAffairs.Domain.LeadingGroups.Rules;

namespace TaiAffairs.Domain.LeadingGroups;

/// <content>LeadingGroup: meetings and instructions, and the queries over them.</content>
public sealed partial class LeadingGroup
{
    /// <summary>Records a meeting of the district's Taiwan work.</summary>
    /// <param name="id">The meeting's id, unique within the group.</param>
    /// <param name="kind">The kind of meeting.</param>
    /// <param name="date">The date it was held.</param>
    /// <param name="host">The official who hosted it; for a group meeting, the leader or a deputy on that date.</param>
    /// <param name="attendingUnits">The units that attended; for a group meeting, members on that date.</param>
    /// <param name="topics">Its topics.</param>
    /// <returns>The meeting recorded.</returns>
    /// <exception cref="ArgumentException">A required argument is missing or default.</exception>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="RecordIdsAreUnique"/>, <see cref="DatedAfterEstablishment"/>,
    /// <see cref="GroupMeetingHostedByLeadership"/> or <see cref="GroupMeetingAttendedByMembers"/> is broken.</exception>
    public Meeting HoldMeeting(Id<Meeting> id, MeetingKind kind, LocalDate date, Official host, IEnumerable<Id<Department>> attendingUnits, IEnumerable<string> topics)
    {
        Guard.Against.Expression(i => i.IsDefault, id, "A meeting needs an id.");
        Guard.Against.Null(kind, message: "A meeting needs a kind.");
        Guard.Against.Null(host, message: "A meeting needs a host.");
        Guard.Against.Null(attendingUnits, message: "Attending units are required (they may be empty).");
        Guard.Against.Null(topics, message: "Topics are required (they may be empty).");
        var attending = CanonicalOrder.SortedDistinct(attendingUnits);
        var topicList = CanonicalOrder.Texts(topics.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()));

        BusinessRule.Check(new RecordIdsAreUnique(RecordIdsAreUnique.LeadingGroupCode, recordIds, "m:" + id.Value));
        BusinessRule.Check(new DatedAfterEstablishment(EstablishedOn, date));
        if (kind.IsGroupMeeting)
        {
            BusinessRule.Check(new GroupMeetingHostedByLeadership(host, LeaderOn(date), DeputiesOn(date)));
            BusinessRule.Check(new GroupMeetingAttendedByMembers(attending, u => IsMemberOn(u, date)));
        }

        var meeting = new Meeting(id, District, kind, date, host, Array.AsReadOnly(attending), Array.AsReadOnly(topicList));
        recordIds.Add("m:" + id.Value);
        CanonicalOrder.Insert(meetings, meeting, m => (m.Date, m.Id));
        return meeting;
    }

    /// <summary>Records a written instruction (批示) by the group's leader on its date.</summary>
    /// <param name="id">The instruction's id, unique within the group.</param>
    /// <param name="date">The date of the instruction.</param>
    /// <param name="summary">What it required, in short.</param>
    /// <returns>The instruction, with the leader on <paramref name="date"/> as its author.</returns>
    /// <exception cref="ArgumentException">The id is default or the summary blank.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="RecordIdsAreUnique"/> or <see cref="DatedAfterEstablishment"/> is broken.</exception>
    public Instruction RecordInstruction(Id<Instruction> id, LocalDate date, string summary)
    {
        Guard.Against.Expression(i => i.IsDefault, id, "An instruction needs an id.");
        Guard.Against.NullOrWhiteSpace(summary, message: "An instruction needs a summary.");
        BusinessRule.Check(new RecordIdsAreUnique(RecordIdsAreUnique.LeadingGroupCode, recordIds, "i:" + id.Value));
        BusinessRule.Check(new DatedAfterEstablishment(EstablishedOn, date));
        var instruction = new Instruction(id, date, LeaderOn(date)!, summary.Trim());
        recordIds.Add("i:" + id.Value);
        CanonicalOrder.Insert(instructions, instruction, i => (i.Date, i.Id));
        return instruction;
    }

    /// <summary>Gets the meetings held in a period, optionally of one kind, in date order.</summary>
    /// <param name="period">The period.</param>
    /// <param name="kind">The kind, or <see langword="null"/> for all kinds.</param>
    /// <returns>The meetings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<Meeting> MeetingsIn(ReportingPeriod period, MeetingKind? kind = null)
    {
        Guard.Against.Null(period, message: "A period is required.");
        return meetings.Where(m => period.Contains(m.Date) && (kind is null || m.Kind == kind)).OrderBy(m => m.Date).ToArray();
    }

    /// <summary>Gets the meetings held in a period that an official hosted, in date order.</summary>
    /// <param name="period">The period.</param>
    /// <param name="host">The host.</param>
    /// <returns>The meetings.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public IReadOnlyList<Meeting> MeetingsHostedBy(ReportingPeriod period, Official host)
    {
        Guard.Against.Null(period, message: "A period is required.");
        Guard.Against.Null(host, message: "A host is required.");
        return meetings.Where(m => period.Contains(m.Date) && m.Host == host).OrderBy(m => m.Date).ToArray();
    }

    /// <summary>Gets the instructions given in a period, in date order.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The instructions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<Instruction> InstructionsIn(ReportingPeriod period)
    {
        Guard.Against.Null(period, message: "A period is required.");
        return instructions.Where(i => period.Contains(i.Date)).OrderBy(i => i.Date).ToArray();
    }
}
