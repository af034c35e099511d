using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Exchanges;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.Reporting;

namespace Distributed;

/// <summary>
/// An at-least-once accumulator's state in Orleans' serializable form and back: <c>ExportContributions</c> gives each
/// record's key and contribution; <c>RestoreContribution</c> puts them into another accumulator, where a record held
/// twice (a joint event of two districts) counts once.
/// </summary>
public static class Contributions
{
    /// <summary>Writes the accumulators' issues and exchange records into a state.</summary>
    public static void Export(FigureAccumulators from, DistrictState to)
    {
        to.Issues = [.. from.Issues.ExportContributions().Select(e => new IssueEntry(
            e.Key.Id, e.Value.Category.Value, e.Value.Channel.Value, e.Value.RaisedInPeriod, (int)e.Value.Outcome, e.Value.WorkingDaysToResolve, (int)e.Value.Timeliness, e.Value.Enterprise?.Value))];
        to.Exchanges = [.. from.Exchanges.ExportContributions().Select(e => new ExchangeEntry(
            (int)e.Key.Kind, e.Key.Id, (int)e.Value.Kind, e.Value.EventKind?.Name, e.Value.IsJoint, Quantity(e.Value.People), Quantity(e.Value.Materials)))];
    }

    /// <summary>Adds a state's records to accumulators (a record already there is not counted again).</summary>
    public static void Restore(DistrictState from, FigureAccumulators to)
    {
        foreach (var e in from.Issues)
        {
            to.Issues.RestoreContribution(
                new RecordKey(RecordKind.ServiceIssue, null, e.Id),
                new IssueContribution(IssueCategory.FromValue(e.Category), IssueChannel.FromValue(e.Channel), e.RaisedInPeriod, (IssueOutcome)e.Outcome, e.WorkingDays, (Timeliness)e.Timeliness, e.Enterprise is null ? null : Id<Enterprise>.From(e.Enterprise)));
        }

        foreach (var e in from.Exchanges)
        {
            to.Exchanges.RestoreContribution(
                new RecordKey((RecordKind)e.Kind, null, e.Id),
                new ExchangeContribution((ExchangeRecordKind)e.RecordKind, e.EventKind is null ? null : ExchangeEventKind.FromName(e.EventKind), e.IsJoint, Parse(e.People), Parse(e.Materials)));
        }
    }

    private static string? Quantity(ReportedQuantity quantity) => quantity.IsDefault ? null : quantity.ToString();

    private static ReportedQuantity Parse(string? text) => text is null ? default : ReportedQuantity.Parse(text);
}
