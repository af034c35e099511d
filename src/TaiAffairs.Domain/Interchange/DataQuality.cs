using System.Globalization;
using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Interchange;

/// <summary>
/// A data-quality warning: something a valid data set holds that is probably a slip (a date in another year, a date
/// in the future, a birth year implausible for the person's role, two enterprises with one credit code). Unlike an
/// <see cref="ImportProblem"/> it never blocks: the records stand and count; a host lists the warnings for a clerk to
/// look at. Modelled on 360Giving's data-quality checks.
/// </summary>
/// <param name="Path">Where it is: the record's kind and id (<c>issues[baodi-i-07].raisedOn</c>); never personal data.</param>
/// <param name="Code">A stable code from <see cref="DataQuality"/> (<c>quality.outside-year</c>).</param>
/// <param name="Message">What is odd, with no personal data.</param>
/// <remarks>Immutable.</remarks>
public sealed record DataQualityWarning(string Path, string Code, string Message)
{
    /// <summary>Renders the warning as <c>path: [code] message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Path}: [{Code}] {Message}";
}

/// <summary>The data-quality checks (warnings, never errors) run on a data set; <see cref="DataSetImporter"/> runs them on every import.</summary>
/// <remarks>Stateless; thread-safe.</remarks>
public static class DataQuality
{
    /// <summary>A record dated outside the data set's year (an issue carried over from before it, open at its start, is not).</summary>
    public const string OutsideYear = "quality.outside-year";

    /// <summary>A record dated after the 'as of' date the check was given.</summary>
    public const string FutureDate = "quality.future-date";

    /// <summary>A birth year implausible for a person the offices serve: before 1900, or an age above <see cref="MaxPlausibleAge"/> in the data set's year.</summary>
    public const string ImplausibleBirthYear = "quality.implausible-birth-year";

    /// <summary>Two enterprises with one unified social credit code.</summary>
    public const string DuplicateCreditCode = "quality.duplicate-credit-code";

    /// <summary>An issue assigned to a department of another district (a city-level unit is fine): check it against the district's <see cref="LeadingGroups.DistrictDirectory"/>.</summary>
    public const string DepartmentOfAnotherDistrict = "quality.department-of-another-district";

    /// <summary>An award above the amount its programme caps where a cap is known (the caps given to <see cref="Check"/>).</summary>
    public const string AboveProgrammeCap = "quality.above-programme-cap";

    /// <summary>The oldest age taken as plausible for a person on record (110).</summary>
    public const int MaxPlausibleAge = 110;

    /// <summary>
    /// Runs every check on a data set.
    /// </summary>
    /// <param name="dataSet">The data set.</param>
    /// <param name="asOf">The day the data is looked at, for <see cref="FutureDate"/>; <see langword="null"/> skips that check.</param>
    /// <param name="caps">The known caps by programme (an award above its programme's cap is <see cref="AboveProgrammeCap"/>); optional.</param>
    /// <returns>The warnings, by record kind then id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataSet"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<DataQualityWarning> Check(DataSet dataSet, LocalDate? asOf = null, IReadOnlyDictionary<Subsidies.SubsidyProgramme, Money>? caps = null)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        var warnings = new List<DataQualityWarning>();
        var year = ReportingPeriod.ForYear(dataSet.Year);

        // The path is made only for a warning: a clean data set allocates nothing per record here.
        void Dated(in Where where, LocalDate date, bool outsideIsFine = false)
        {
            if (!outsideIsFine && !year.Contains(date))
            {
                warnings.Add(new(where.Path, OutsideYear, string.Create(CultureInfo.InvariantCulture, $"Dated {date:uuuu-MM-dd}, outside the data set's year {dataSet.Year}.")));
            }

            if (asOf is { } today && date > today)
            {
                warnings.Add(new(where.Path, FutureDate, string.Create(CultureInfo.InvariantCulture, $"Dated {date:uuuu-MM-dd}, after {today:uuuu-MM-dd}, the day the data is looked at.")));
            }
        }

        foreach (var issue in dataSet.Issues)
        {
            var carriedOver = issue.RaisedOn < year.Start && issue.IsOpenOn(year.Start.PlusDays(-1));
            Dated(new("issues", issue.Id.Value, "raisedOn"), issue.RaisedOn, carriedOver);
            Dated(new("issues", issue.Id.Value, "steps"), issue.LastStepOn, outsideIsFine: issue.LastStepOn < year.Start ? carriedOver : true);
        }

        var departments = dataSet.Departments.Concat(dataSet.LeadingGroups.SelectMany(g => g.KnownUnits.Prepend(g.Office))).DistinctBy(d => d.Id).ToDictionary(d => d.Id);
        foreach (var issue in dataSet.Issues)
        {
            foreach (var assignment in issue.Assignments)
            {
                foreach (var id in assignment.Departments)
                {
                    if (departments.TryGetValue(id, out var department) && department.District is { } other && other != issue.District)
                    {
                        warnings.Add(new($"issues[{issue.Id}].steps", DepartmentOfAnotherDistrict, $"Assigned to {id}, a department of {other.ChineseName}, not of {issue.District.ChineseName}."));
                    }
                }
            }
        }

        foreach (var award in dataSet.Awards)
        {
            Dated(new("awards", award.Id.Value, "awardedOn"), award.AwardedOn);
            if (caps is not null)
            {
                foreach (var programme in award.Programmes)
                {
                    if (caps.TryGetValue(programme, out var cap) && award.Amount > cap)
                    {
                        warnings.Add(new($"awards[{award.Id}].amount", AboveProgrammeCap, $"{award.Amount.ToString("W", null)} is above {programme.ChineseName}'s cap of {cap.ToString("W", null)}."));
                    }
                }
            }
        }

        foreach (var item in dataSet.Events)
        {
            Dated(new("events", item.Id.Value, "date"), item.Date);
        }

        foreach (var training in dataSet.Trainings)
        {
            Dated(new("trainings", training.Id.Value, "date"), training.Date);
        }

        foreach (var item in dataSet.Publicity)
        {
            Dated(new("publicity", item.Id.Value, "date"), item.Date);
        }

        foreach (var group in dataSet.LeadingGroups)
        {
            foreach (var meeting in group.Meetings)
            {
                Dated(new("leadingGroups", group.Id.Value, "date", "meetings", meeting.Id.Value), meeting.Date);
            }
        }

        foreach (var enterprise in dataSet.Enterprises)
        {
            foreach (var visit in enterprise.Visits)
            {
                Dated(new("enterprises", enterprise.Id.Value, "date", "visits", visit.Id.Value), visit.Date);
            }

            foreach (var record in enterprise.MoneyRecords)
            {
                Dated(new("enterprises", enterprise.Id.Value, "date", "moneyRecords", record.Id.Value), record.Date);
            }
        }

        foreach (var group in dataSet.Enterprises.GroupBy(e => e.CreditCode).Where(g => g.Count() > 1))
        {
            var ids = string.Join(", ", group.Select(e => e.Id.Value).Order(StringComparer.Ordinal));
            warnings.Add(new($"enterprises[{group.First().Id}].creditCode", DuplicateCreditCode, $"The enterprises {ids} share one unified social credit code."));
        }

        foreach (var person in dataSet.Compatriots)
        {
            // The birth year is personal data: the warning names the record by its id and says only what is odd.
            var (_, oldest) = person.Birth.AgeOn(year.End);
            if (person.Birth.Year < 1900 || oldest > MaxPlausibleAge)
            {
                warnings.Add(new($"compatriots[{person.Id}].birth", ImplausibleBirthYear, string.Create(CultureInfo.InvariantCulture, $"The birth year gives an age above {MaxPlausibleAge} in {dataSet.Year}, or is before 1900.")));
            }

            foreach (var visit in person.CareVisits)
            {
                Dated(new("compatriots", person.Id.Value, "date", "careVisits", visit.Id.Value), visit.Date);
            }

            foreach (var dose in person.VaccinationDoses)
            {
                Dated(new("compatriots", person.Id.Value, "date", "vaccinationDoses", dose.Id.Value), dose.Date);
            }
        }

        return [.. warnings.OrderBy(w => w.Path, StringComparer.Ordinal).ThenBy(w => w.Code, StringComparer.Ordinal)];
    }

    /// <summary>Where a date is, made into a path only when a warning needs one.</summary>
    private readonly record struct Where(string Collection, string Id, string Field, string? Inner = null, string? InnerId = null)
    {
        public string Path => Inner is null ? $"{Collection}[{Id}].{Field}" : $"{Collection}[{Id}].{Inner}[{InnerId}].{Field}";
    }
}
