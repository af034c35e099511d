using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Exchanges;

namespace TaiAffairs.Domain.LeadingGroups.Rules;

/// <summary>
/// Rule <c>directory.event-of-the-directories</c>: An event is organized by every district whose directory checks it,
/// and each partner unit is in one of those directories.
/// </summary>
/// <remarks>Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct EventOfTheDirectories : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "directory.event-of-the-directories";

    private readonly ExchangeEvent exchangeEvent;
    private readonly District? notOrganizer;
    private readonly Id<Department>? stranger;

    internal EventOfTheDirectories(ExchangeEvent exchangeEvent, IReadOnlyList<DistrictDirectory> directories)
    {
        this.exchangeEvent = exchangeEvent;
        notOrganizer = directories.FirstOrDefault(d => !exchangeEvent.IsOrganizedBy(d.District))?.District;
        stranger = null;
        foreach (var partner in exchangeEvent.PartnerUnits)
        {
            if (!directories.Any(d => d.Has(partner)))
            {
                stranger = partner;
                break;
            }
        }
    }

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => notOrganizer is not null
        ? $"The event {exchangeEvent.Id} is not organized by {notOrganizer.ChineseName}."
        : $"The partner unit {stranger} of the event {exchangeEvent.Id} is in none of its organizers' directories.";

    /// <inheritdoc />
    public bool IsBroken() => notOrganizer is not null || stranger is not null;
}
