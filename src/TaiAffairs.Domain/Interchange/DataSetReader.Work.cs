using System.Text.Json;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.Subsidies;
using S = TaiAffairs.Domain.Interchange.Format.Shapes;

namespace TaiAffairs.Domain.Interchange;

/// <content>Issues and subsidy awards.</content>
internal sealed partial class DataSetReader
{
    private ServiceIssue? ReadIssue(JsonElement item, string path)
    {
        if (!f.Object(item, path, S.Issue.Shape))
        {
            return null;
        }

        var id = f.Id<ServiceIssue>(item, S.Issue.Id, path);
        var district = f.District(item, S.Issue.District, path);
        var subject = ReadSubject(item, path);
        var category = f.Enum<IssueCategory>(item, S.Issue.Category, path);
        var channel = f.Enum<IssueChannel>(item, S.Issue.Channel, path);
        var raised = f.Date(item, S.Issue.RaisedOn, path);
        var summary = f.String(item, S.Issue.Summary, path);
        if (id is null || district is null || subject is null || category is null || channel is null || raised is null || summary is null
            || !Covered(raised.Value, At(path, S.Issue.RaisedOn)) || !NewId("issue", id.Value.Value, At(path, S.Issue.Id)))
        {
            return null;
        }

        var issue = Create(path, () => ServiceIssue.Raise(id.Value, district, subject.Value, category, channel, raised.Value, summary));
        if (issue is null)
        {
            return null;
        }

        issues[issue.Id] = issue;
        Annotate("issue", issue.Id.Value, item, path, S.Issue.Shape);
        var deadlinePath = At(path, S.Issue.Deadline);
        if (f.TryField(item, S.Issue.Deadline, path, out var deadline) && f.Object(deadline, deadlinePath, S.Deadline.Shape)
            && f.Int(deadline, S.Deadline.WorkingDays, deadlinePath) is { } days && f.Date(deadline, S.Deadline.CountedFrom, deadlinePath) is { } from
            && Covered(from, At(deadlinePath, S.Deadline.CountedFrom)))
        {
            // The review counts the deadline in working days: a due date the calendar cannot reach is refused here.
            Try(deadlinePath, () => issue.SetDeadline(days, from));
            Try(deadlinePath, () => issue.Deadline?.DueDate(WorkingDayCalendar.ChinaMainland));
        }

        foreach (var (step, at) in f.Array(item, S.Issue.Steps, path).WithLazyPaths())
        {
            if (f.Object(step, at, S.Step.Shape) && f.Date(step, S.Step.Date, at) is { } date && Covered(date, At(at, S.Step.Date)))
            {
                ReadStep(step, at, date, issue);
            }
        }

        return issue;
    }

    private void ReadStep(JsonElement step, FieldPath at, NodaTime.LocalDate date, ServiceIssue issue)
    {
        // One try around the step, no delegate per verb: a verb's refusal is a problem at the step.
        try
        {
            if (formatVersion < 2 && f.Choice(step, S.Step.To, at) is { } target
                && (target == IssueStatus.OnHold.Name || target == S.Step.Resumed || (target == IssueStatus.Assigned.Name && issue.Status == IssueStatus.Assigned)))
            {
                f.Problem(at, "format.version", "A hold, a resumption or a re-routing is a step of format version 2; the file says version 1 (write formatVersion 2).");
                return;
            }

            if (JsonFields.Present(step, S.Step.ReportIn))
            {
                if (DepartmentRef(step, S.Step.ReportIn, at) is { } reporting)
                {
                    issue.RecordReportIn(reporting.Id, date);
                }

                return;
            }

            var to = f.Choice(step, S.Step.To, at);
            if (to == IssueStatus.Accepted.Name)
            {
                issue.Accept(date);
            }
            else if (to == IssueStatus.Assigned.Name && DepartmentRef(step, S.Step.Lead, at) is { } lead)
            {
                var co = DepartmentRefs(step, S.Step.Co, at);
                if (issue.Status == IssueStatus.Assigned)
                {
                    // Assigned while assigned: a re-routing (format version 2), which needs its reason.
                    issue.Reroute(date, lead.Id, co, f.String(step, S.Step.Reason, at) ?? string.Empty);
                }
                else
                {
                    issue.Assign(date, lead.Id, co);
                }
            }
            else if (to == IssueStatus.OnHold.Name)
            {
                var reasonName = f.Choice(step, S.Step.HoldReason, at);
                if (reasonName is null)
                {
                    f.Problem(At(at, S.Step.HoldReason), "field.required", "A hold says what the issue waits on (holdReason).");
                }
                else
                {
                    issue.Hold(date, Enum.Parse<HoldReason>(reasonName), f.String(step, S.Step.Reason, at));
                }
            }
            else if (to == S.Step.Resumed)
            {
                issue.Resume(date);
            }
            else if (to == IssueStatus.Resolved.Name)
            {
                var by = DepartmentRef(step, S.Step.By, at);
                var outcome = f.String(step, S.Step.Outcome, at);
                var trips = f.Int(step, S.Step.ApplicantTrips, at);
                if (by is not null && outcome is not null)
                {
                    issue.Resolve(date, by.Id, outcome, trips);
                }
            }
            else if (to == IssueStatus.ClosedUnresolved.Name)
            {
                var reason = f.String(step, S.Step.Reason, at);
                issue.CloseUnresolved(date, reason ?? string.Empty);
            }
            else if (to == IssueStatus.Reopened.Name)
            {
                var reason = f.String(step, S.Step.Reason, at);
                issue.Reopen(date, reason ?? string.Empty);
            }
        }
        catch (Exception ex) when (Caught(at, ex))
        {
            // Recorded as a problem at the step.
        }
    }

    /// <summary>Refuses a date the review would count in working days but the embedded calendar does not cover.</summary>
    private bool Covered(NodaTime.LocalDate date, FieldPath path)
    {
        var calendar = WorkingDayCalendar.ChinaMainland;
        if (calendar.Covers(date))
        {
            return true;
        }

        f.Problem(path, "calendar.year-not-covered", $"The embedded working-day calendar has no holiday data for {date.Year} (it covers {calendar.FirstCoveredYear}-{calendar.LastCoveredYear}); an issue's dates are counted in working days.");
        return false;
    }

    private IssueSubject? ReadSubject(JsonElement item, string path)
    {
        var at = At(path, S.Issue.Subject);
        if (!f.TryField(item, S.Issue.Subject, path, out var subject) || !f.Object(subject, at, S.Subject.Shape))
        {
            return null;
        }

        if (JsonFields.Present(subject, S.Subject.Enterprise))
        {
            var id = f.Id<Enterprise>(subject, S.Subject.Enterprise, at);
            return id is { } e && Resolve(enterprises, e, At(at, S.Subject.Enterprise), "enterprise") is not null ? IssueSubject.Enterprise(e) : null;
        }

        var person = f.Id<Compatriot>(subject, S.Subject.Compatriot, at);
        return person is { } c && Resolve(compatriots, c, At(at, S.Subject.Compatriot), "compatriot") is not null ? IssueSubject.Compatriot(c) : null;
    }

    private SubsidyAward? ReadAward(JsonElement item, string path)
    {
        if (!f.Object(item, path, S.Award.Shape))
        {
            return null;
        }

        var id = f.Id<SubsidyAward>(item, S.Award.Id, path);
        var recipientId = f.Id<Enterprise>(item, S.Award.Recipient, path);
        var recipient = recipientId is { } r ? Resolve(enterprises, r, At(path, S.Award.Recipient), "enterprise") : null;
        var district = f.District(item, S.Award.District, path);
        var programmes = f.Enums<SubsidyProgramme>(item, S.Award.Programmes, path);
        var level = f.Enum<FundingLevel>(item, S.Award.Level, path);
        var amount = f.Money(item, S.Award.Amount, path);
        var awardedOn = f.Date(item, S.Award.AwardedOn, path);
        var title = f.String(item, S.Award.ProjectTitle, path);
        FundingSplit? split = null;
        var splitPath = At(path, S.Award.Split);
        if (f.TryField(item, S.Award.Split, path, out var splitElement) && f.Object(splitElement, splitPath, S.Split.Shape))
        {
            var city = f.Money(splitElement, S.Split.City, splitPath);
            var part = f.Money(splitElement, S.Split.District, splitPath);
            if (city is not null && part is not null)
            {
                split = Create(splitPath, () => FundingSplit.Create(city.Value, part.Value));
            }
        }

        if (id is null || recipient is null || district is null || level is null || amount is null || awardedOn is null || !NewId("award", id.Value.Value, At(path, S.Award.Id)))
        {
            return null;
        }

        var award = Create(path, () => SubsidyAward.Grant(id.Value, recipient, district, programmes, level, amount.Value, awardedOn.Value, title, split));
        if (award is null)
        {
            return null;
        }

        var applicationPath = At(path, S.Award.Application);
        if (f.TryField(item, S.Award.Application, path, out var applicationElement) && f.Object(applicationElement, applicationPath, S.Application.Shape)
            && f.Money(applicationElement, S.Application.Amount, applicationPath) is { } applied && f.Date(applicationElement, S.Application.AppliedOn, applicationPath) is { } appliedOn)
        {
            Try(applicationPath, () => award.RecordApplication(applied, appliedOn));
        }

        foreach (var (payment, at) in f.Array(item, S.Award.Disbursements, path).WithLazyPaths())
        {
            if (f.Object(payment, at, S.Payment.Shape) && f.Date(payment, S.Payment.Date, at) is { } paidOn && f.Money(payment, S.Payment.Amount, at) is { } paid)
            {
                Try(at, () => award.RecordDisbursement(paidOn, paid));
            }
        }

        // The once-a-year rule of a programme holds across the whole document: each award joins its district's register.
        if (!registers.TryGetValue((award.District, award.Year), out var register))
        {
            registers[(award.District, award.Year)] = register = new AwardRegister(award.District, award.Year);
        }

        Annotate("award", award.Id.Value, item, path, S.Award.Shape);
        return Try(path, () => register.Add(award)) ? award : null;
    }
}
