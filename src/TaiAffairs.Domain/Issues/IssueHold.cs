using NodaTime;

namespace TaiAffairs.Domain.Issues;

/// <summary>Why an issue waits (挂起原因).</summary>
public enum HoldReason
{
    /// <summary>Waiting on the applicant: papers to supply, a visit to make (等待申请人补充材料).</summary>
    WaitingOnApplicant = 1,

    /// <summary>Waiting on a third party outside the office and its departments: a utility, a court, another city (等待第三方).</summary>
    WaitingOnThirdParty = 2,
}

/// <summary>A time an issue was on hold: the deadline clock pauses from <see cref="From"/> to <see cref="Until"/>.</summary>
/// <remarks>Created by <see cref="ServiceIssue.Hold"/> and ended by <see cref="ServiceIssue.Resume"/> or a closing; immutable, equality is structural.</remarks>
public sealed record IssueHold
{
    internal IssueHold(HoldReason reason, LocalDate from, LocalDate? until, string? note)
    {
        Reason = reason;
        From = from;
        Until = until;
        Note = note;
    }

    /// <summary>Gets why it waited.</summary>
    public HoldReason Reason { get; }

    /// <summary>Gets the day it was put on hold; the working days after it are not counted.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the day it was resumed or closed, through which days are not counted; <see langword="null"/> while on hold.</summary>
    public LocalDate? Until { get; internal init; }

    /// <summary>Gets what it waits for, in the office's words (no personal data); may be <see langword="null"/>.</summary>
    public string? Note { get; }
}

/// <summary>Where an issue stands against its deadline on a date (时限状态).</summary>
public enum SlaState
{
    /// <summary>No deadline was set (无时限).</summary>
    NoDeadline = 0,

    /// <summary>Open, and more working days ahead of the due date than the nearing threshold (正常).</summary>
    OnTrack = 1,

    /// <summary>Open, due within the nearing threshold in working days (临期).</summary>
    Nearing = 2,

    /// <summary>Open past its due date (超期).</summary>
    Overdue = 3,

    /// <summary>Resolved on or before its due date (按期办结).</summary>
    MetOnTime = 4,

    /// <summary>Resolved after its due date (超期办结).</summary>
    MetLate = 5,

    /// <summary>On hold: the clock is paused (挂起).</summary>
    OnHold = 6,

    /// <summary>Closed without resolution (未解决办结); the deadline no longer applies.</summary>
    ClosedUnresolved = 7,
}

/// <summary>Names of the SLA states and hold reasons in the offices' own words.</summary>
/// <remarks>Stateless; thread-safe.</remarks>
public static class IssueWorkflowText
{
    /// <summary>Gets the Chinese name of an SLA state (无时限, 正常, 临期, 超期, 按期办结, 超期办结, 挂起, 未解决办结).</summary>
    /// <param name="state">The state.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is not a defined state.</exception>
    public static string ChineseName(this SlaState state) => state switch
    {
        SlaState.NoDeadline => "无时限",
        SlaState.OnTrack => "正常",
        SlaState.Nearing => "临期",
        SlaState.Overdue => "超期",
        SlaState.MetOnTime => "按期办结",
        SlaState.MetLate => "超期办结",
        SlaState.OnHold => "挂起",
        SlaState.ClosedUnresolved => "未解决办结",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Not a defined SLA state."),
    };

    /// <summary>Gets the Chinese name of a hold reason (等待申请人, 等待第三方).</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a defined reason.</exception>
    public static string ChineseName(this HoldReason reason) => reason switch
    {
        HoldReason.WaitingOnApplicant => "等待申请人",
        HoldReason.WaitingOnThirdParty => "等待第三方",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a defined hold reason."),
    };
}
