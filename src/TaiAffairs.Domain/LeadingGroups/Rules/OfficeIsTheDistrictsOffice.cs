using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups.Rules;

/// <summary>Rule <c>leading-group.office-is-the-districts-office</c>: The group's office must be an office (办) of the group's own district, its 区委台办.</summary>
public sealed class OfficeIsTheDistrictsOffice : IBusinessRule
{
    private readonly bool eligible;

    internal OfficeIsTheDistrictsOffice(bool eligible) => this.eligible = eligible;

    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "leading-group.office-is-the-districts-office";

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "The group's office must be an office (办) of the group's own district, its 区委台办.";

    /// <inheritdoc />
    public bool IsBroken() => !eligible;
}
