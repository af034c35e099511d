using Ardalis.GuardClauses;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Exchanges;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Mechanisms;
using TaiAffairs.Domain.Subsidies;
using TaiAffairs.Domain.Subsidies.Rules;

namespace TaiAffairs.Domain.Reporting;

/// <content>AnnualReviewBuilder: enterprises, compatriots, leading groups and their meetings.</content>
public sealed partial class AnnualReviewBuilder
{
    /// <summary>Adds an enterprise's visits, safety findings, donations and investments.</summary>
    /// <param name="enterprise">The enterprise.</param>
    /// <exception cref="ArgumentNullException"><paramref name="enterprise"/> is <see langword="null"/>.</exception>
    public void Add(Enterprise enterprise)
    {
        Guard.Against.Null(enterprise, message: "An enterprise is required.");
        enterprises[enterprise.Id] = enterprise;
        var source = new Source(SourceKind.Enterprise, enterprise.Id.Value);
        foreach (var visit in enterprise.Visits)
        {
            Track(source, visit.District, RecordKey.Of(visit), For(visit.District).Add(visit));
        }

        foreach (var finding in enterprise.SafetyFindings)
        {
            Track(source, finding.District, RecordKey.Of(finding), For(finding.District).Add(finding));
        }

        foreach (var record in enterprise.MoneyRecords)
        {
            Track(source, record.District, RecordKey.Of(record), For(record.District).Add(record));
        }
    }

    /// <summary>Puts the new version of an enterprise in place of the old one: its records' contributions are replaced.</summary>
    /// <param name="enterprise">The enterprise as it is now.</param>
    /// <exception cref="ArgumentNullException"><paramref name="enterprise"/> is <see langword="null"/>.</exception>
    public void Replace(Enterprise enterprise)
    {
        Guard.Against.Null(enterprise, message: "An enterprise is required.");
        Untrack(new Source(SourceKind.Enterprise, enterprise.Id.Value));
        Add(enterprise);
    }

    /// <summary>Removes an enterprise and every record it contributed.</summary>
    /// <param name="enterprise">The enterprise.</param>
    /// <returns>Whether it was held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="enterprise"/> is <see langword="null"/>.</exception>
    public bool Remove(Enterprise enterprise)
    {
        Guard.Against.Null(enterprise, message: "An enterprise is required.");
        return Untrack(new Source(SourceKind.Enterprise, enterprise.Id.Value)) | enterprises.Remove(enterprise.Id);
    }

    /// <summary>Adds a compatriot's doses and care visits, and the person as a youth if in the youth band at the year's end.</summary>
    /// <param name="person">The person.</param>
    /// <param name="policy">The age bands; the default policy when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is <see langword="null"/>.</exception>
    public void Add(Compatriot person, AgeBandPolicy? policy = null)
    {
        Guard.Against.Null(person, message: "A person is required.");
        compatriots[person.Id] = person;
        var source = new Source(SourceKind.Compatriot, person.Id.Value);
        foreach (var dose in person.VaccinationDoses)
        {
            Track(source, dose.District, RecordKey.Of(dose), For(dose.District).Add(dose));
        }

        foreach (var visit in person.CareVisits)
        {
            Track(source, visit.District, RecordKey.Of(visit), For(visit.District).Add(visit));
        }

        if (person.AsYouthOn(Period.End, policy) is { } youth && person.ResidenceOn(Period.End) is { } district)
        {
            Track(source, district, RecordKey.Of(youth), For(district).Add(youth));
        }
    }

    /// <summary>Puts the new version of a person in place of the old one: doses, care visits and youth status are replaced.</summary>
    /// <param name="person">The person as they are now.</param>
    /// <param name="policy">The age bands; the default policy when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is <see langword="null"/>.</exception>
    public void Replace(Compatriot person, AgeBandPolicy? policy = null)
    {
        Guard.Against.Null(person, message: "A person is required.");
        Untrack(new Source(SourceKind.Compatriot, person.Id.Value));
        Add(person, policy);
    }

    /// <summary>Removes a person and every record they contributed.</summary>
    /// <param name="person">The person.</param>
    /// <returns>Whether they were held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is <see langword="null"/>.</exception>
    public bool Remove(Compatriot person)
    {
        Guard.Against.Null(person, message: "A person is required.");
        return Untrack(new Source(SourceKind.Compatriot, person.Id.Value)) | compatriots.Remove(person.Id);
    }

    /// <summary>Adds a leading group's meetings.</summary>
    /// <param name="group">The group.</param>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is <see langword="null"/>.</exception>
    public void Add(LeadingGroup group)
    {
        Guard.Against.Null(group, message: "A leading group is required.");
        var source = new Source(SourceKind.LeadingGroup, group.Id.Value);
        foreach (var meeting in group.Meetings)
        {
            AddMeeting(source, meeting);
        }
    }

    /// <summary>Puts the new version of a leading group in place of the old one: its meetings are replaced.</summary>
    /// <param name="group">The group as it is now.</param>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is <see langword="null"/>.</exception>
    public void Replace(LeadingGroup group)
    {
        Guard.Against.Null(group, message: "A leading group is required.");
        Remove(group);
        Add(group);
    }

    /// <summary>Removes a leading group's meetings.</summary>
    /// <param name="group">The group.</param>
    /// <returns>Whether any of its meetings were held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is <see langword="null"/>.</exception>
    public bool Remove(LeadingGroup group)
    {
        Guard.Against.Null(group, message: "A leading group is required.");
        return Untrack(new Source(SourceKind.LeadingGroup, group.Id.Value));
    }

    /// <summary>Adds a meeting.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is <see langword="null"/>.</exception>
    public void Add(Meeting meeting)
    {
        Guard.Against.Null(meeting, message: "A meeting is required.");
        AddMeeting(new Source(SourceKind.Meeting, RecordKey.Of(meeting).ToString()), meeting);
    }

    /// <summary>Puts the new version of a meeting in place of the old one.</summary>
    /// <param name="meeting">The meeting as it is now.</param>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is <see langword="null"/>.</exception>
    public void Replace(Meeting meeting)
    {
        Guard.Against.Null(meeting, message: "A meeting is required.");
        Remove(meeting);
        Add(meeting);
    }

    /// <summary>Removes a meeting added on its own.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>Whether it was held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is <see langword="null"/>.</exception>
    public bool Remove(Meeting meeting)
    {
        Guard.Against.Null(meeting, message: "A meeting is required.");
        return Untrack(new Source(SourceKind.Meeting, RecordKey.Of(meeting).ToString()));
    }
}
