using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Subsidies.Rules;

/// <summary>Rule <c>subsidy.disbursed-after-approval</c>: A payment is dated on or after the approval and after no later payment.</summary>
/// <remarks>Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct DisbursedAfterApproval : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "subsidy.disbursed-after-approval";

    private readonly LocalDate on;
    private readonly LocalDate earliest;

    internal DisbursedAfterApproval(LocalDate on, LocalDate earliest)
    {
        this.on = on;
        this.earliest = earliest;
    }

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A payment is dated on or after the award's approval, and on or after the payment before it.";

    /// <inheritdoc />
    public bool IsBroken() => on < earliest;
}
