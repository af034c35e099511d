using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups.Rules;

/// <summary>Rule <c>leading-group.deputy-appointments-never-overlap</c>: An official already serving as deputy cannot be appointed again, and only a serving deputy (appointed before the date) can be relieved.</summary>
public sealed class DeputyAppointmentsNeverOverlap : IBusinessRule
{
    private readonly bool broken;

    internal DeputyAppointmentsNeverOverlap(bool broken) => this.broken = broken;

    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "leading-group.deputy-appointments-never-overlap";

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "An official already serving as deputy cannot be appointed again, and only a serving deputy (appointed before the date) can be relieved.";

    /// <inheritdoc />
    public bool IsBroken() => broken;
}
