using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups.Rules;

/// <summary>Rule <c>leading-group.deputy-appointments-never-overlap</c>: An official already serving as deputy cannot be appointed again, and only a serving deputy (appointed before the date) can be relieved.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct DeputyAppointmentsNeverOverlap : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "leading-group.deputy-appointments-never-overlap";

    private readonly IReadOnlyList<DateRange> terms;
    private readonly LocalDate date;
    private readonly bool appointing;

    internal DeputyAppointmentsNeverOverlap(IReadOnlyList<DateRange> terms, LocalDate date, bool appointing) => (this.terms, this.date, this.appointing) = (terms, date, appointing);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "An official already serving as deputy cannot be appointed again, and only a serving deputy (appointed before the date) can be relieved.";

    /// <inheritdoc />
    public bool IsBroken()
    {
        // Appointing: broken when a term is still open or reaches the date. Relieving: broken unless a term is open
        // and began before the date.
        foreach (var term in terms)
        {
            if (appointing && (term.IsOpen || term.To >= date))
            {
                return true;
            }

            if (!appointing && term.IsOpen && term.From < date)
            {
                return false;
            }
        }

        return !appointing;
    }
}
