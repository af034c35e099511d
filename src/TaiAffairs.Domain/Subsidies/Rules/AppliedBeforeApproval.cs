using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Subsidies.Rules;

/// <summary>Rule <c>subsidy.applied-before-approval</c>: An award's application is dated on or before its approval.</summary>
/// <remarks>Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct AppliedBeforeApproval : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "subsidy.applied-before-approval";

    private readonly LocalDate appliedOn;
    private readonly LocalDate approvedOn;

    internal AppliedBeforeApproval(LocalDate appliedOn, LocalDate approvedOn)
    {
        this.appliedOn = appliedOn;
        this.approvedOn = approvedOn;
    }

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "An award's application is dated on or before its approval.";

    /// <inheritdoc />
    public bool IsBroken() => appliedOn > approvedOn;
}
