using System.Text.Json;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Enterprises;
using S = TaiAffairs.Domain.Interchange.Format.Shapes;

namespace TaiAffairs.Domain.Interchange;

/// <content>The records kept against an enterprise: visits, safety findings, donations and investments.</content>
internal sealed partial class DataSetReader
{
    private void ReadEnterpriseRecords(JsonElement item, string path, Enterprise enterprise)
    {
        foreach (var (visit, at) in f.Array(item, S.Enterprise.Visits, path).WithLazyPaths())
        {
            if (!f.Object(visit, at, S.Visit.Shape))
            {
                continue;
            }

            var visitId = f.Id<EnterpriseVisit>(visit, S.Visit.Id, at);
            var date = f.Date(visit, S.Visit.Date, at);
            var visitors = DepartmentRefs(visit, S.Visit.Visitors, at);
            var purpose = f.String(visit, S.Visit.Purpose, at);
            if (visitId is not null && date is not null && purpose is not null && NewId("visit", visitId.Value.Value, At(at, S.Visit.Id)))
            {
                try
                {
                    enterprise.RecordVisit(visitId.Value, date.Value, visitors, purpose);
                }
                catch (Exception ex) when (Caught(at, ex))
                {
                    // Recorded as a problem at the visit.
                }
            }
        }

        foreach (var (finding, at) in f.Array(item, S.Enterprise.SafetyFindings, path))
        {
            if (!f.Object(finding, at, S.SafetyFinding.Shape))
            {
                continue;
            }

            var findingId = f.Id<SafetyFinding>(finding, S.SafetyFinding.Id, at);
            var found = f.Date(finding, S.SafetyFinding.FoundOn, at);
            var description = f.String(finding, S.SafetyFinding.Description, at);
            var rectified = f.Date(finding, S.SafetyFinding.RectifiedOn, at);
            if (findingId is not null && found is not null && description is not null && NewId("finding", findingId.Value.Value, At(at, S.SafetyFinding.Id))
                && Try(at, () => enterprise.RecordSafetyFinding(findingId.Value, found.Value, description)) && rectified is { } on)
            {
                Try(At(at, S.SafetyFinding.RectifiedOn), () => enterprise.RectifySafetyFinding(findingId.Value, on));
            }
        }

        ReadMoney(item, path, S.Enterprise.Donations, S.Donation.Shape, S.Donation.Cause, enterprise.RecordDonation);
        ReadMoney(item, path, S.Enterprise.Investments, S.Investment.Shape, S.Investment.Purpose, enterprise.RecordInvestment);
    }

    private void ReadMoney(
        JsonElement item, string path, Format.Field list, Format.Shape shape, Format.Field text, Func<Id<EnterpriseMoneyRecord>, LocalDate, Money, string, EnterpriseMoneyRecord> record)
    {
        // Donations and investments share id, date and amount; only their text field differs.
        foreach (var (entry, at) in f.Array(item, list, path))
        {
            if (!f.Object(entry, at, shape))
            {
                continue;
            }

            var recordId = f.Id<EnterpriseMoneyRecord>(entry, S.Donation.Id, at);
            var date = f.Date(entry, S.Donation.Date, at);
            var amount = f.Money(entry, S.Donation.Amount, at);
            var purpose = f.String(entry, text, at);
            if (recordId is not null && date is not null && amount is not null && purpose is not null && NewId("money", recordId.Value.Value, At(at, S.Donation.Id)))
            {
                Try(at, () => record(recordId.Value, date.Value, amount.Value, purpose));
            }
        }
    }
}
