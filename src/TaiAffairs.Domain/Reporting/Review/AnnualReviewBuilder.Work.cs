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

/// <content>AnnualReviewBuilder: exchanges, trainings, publicity, mechanisms, declarations, cases and titles.</content>
public sealed partial class AnnualReviewBuilder
{
    /// <summary>Adds an exchange event to each organizing district.</summary>
    /// <param name="exchangeEvent">The event.</param>
    /// <exception cref="ArgumentNullException"><paramref name="exchangeEvent"/> is <see langword="null"/>.</exception>
    public void Add(ExchangeEvent exchangeEvent)
    {
        Guard.Against.Null(exchangeEvent, message: "An event is required.");
        if (!events.TryAdd(exchangeEvent.Id, exchangeEvent))
        {
            return;
        }

        var source = new Source(SourceKind.Event, exchangeEvent.Id.Value);
        foreach (var district in exchangeEvent.OrganizingDistricts)
        {
            Track(source, district, RecordKey.Of(exchangeEvent), For(district).Add(exchangeEvent));
        }
    }

    /// <summary>Puts the new version of an event in place of the old one (its organizers may change).</summary>
    /// <param name="exchangeEvent">The event as it is now.</param>
    /// <exception cref="ArgumentNullException"><paramref name="exchangeEvent"/> is <see langword="null"/>.</exception>
    public void Replace(ExchangeEvent exchangeEvent)
    {
        Guard.Against.Null(exchangeEvent, message: "An event is required.");
        Remove(exchangeEvent);
        Add(exchangeEvent);
    }

    /// <summary>Removes an event from every organizing district.</summary>
    /// <param name="exchangeEvent">The event.</param>
    /// <returns>Whether it was held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exchangeEvent"/> is <see langword="null"/>.</exception>
    public bool Remove(ExchangeEvent exchangeEvent)
    {
        Guard.Against.Null(exchangeEvent, message: "An event is required.");
        return Untrack(new Source(SourceKind.Event, exchangeEvent.Id.Value)) | events.Remove(exchangeEvent.Id);
    }

    /// <summary>Adds a training.</summary>
    /// <param name="training">The training.</param>
    /// <exception cref="ArgumentNullException"><paramref name="training"/> is <see langword="null"/>.</exception>
    public void Add(Training training)
    {
        Guard.Against.Null(training, message: "A training is required.");
        if (trainings.TryAdd(training.Id, training))
        {
            Track(new Source(SourceKind.Training, training.Id.Value), training.District, RecordKey.Of(training), For(training.District).Add(training));
        }
    }

    /// <summary>Puts the new version of a training in place of the old one.</summary>
    /// <param name="training">The training as it is now.</param>
    /// <exception cref="ArgumentNullException"><paramref name="training"/> is <see langword="null"/>.</exception>
    public void Replace(Training training)
    {
        Guard.Against.Null(training, message: "A training is required.");
        Remove(training);
        Add(training);
    }

    /// <summary>Removes a training.</summary>
    /// <param name="training">The training.</param>
    /// <returns>Whether it was held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="training"/> is <see langword="null"/>.</exception>
    public bool Remove(Training training)
    {
        Guard.Against.Null(training, message: "A training is required.");
        return Untrack(new Source(SourceKind.Training, training.Id.Value)) | trainings.Remove(training.Id);
    }

    /// <summary>Adds policy publicity.</summary>
    /// <param name="publicity">The record.</param>
    /// <exception cref="ArgumentNullException"><paramref name="publicity"/> is <see langword="null"/>.</exception>
    public void Add(PolicyPublicity publicity)
    {
        Guard.Against.Null(publicity, message: "A publicity record is required.");
        if (this.publicity.TryAdd(publicity.Id, publicity))
        {
            Track(new Source(SourceKind.Publicity, publicity.Id.Value), publicity.District, RecordKey.Of(publicity), For(publicity.District).Add(publicity));
        }
    }

    /// <summary>Puts the new version of a publicity record in place of the old one.</summary>
    /// <param name="publicity">The record as it is now.</param>
    /// <exception cref="ArgumentNullException"><paramref name="publicity"/> is <see langword="null"/>.</exception>
    public void Replace(PolicyPublicity publicity)
    {
        Guard.Against.Null(publicity, message: "A publicity record is required.");
        Remove(publicity);
        Add(publicity);
    }

    /// <summary>Removes a publicity record.</summary>
    /// <param name="publicity">The record.</param>
    /// <returns>Whether it was held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="publicity"/> is <see langword="null"/>.</exception>
    public bool Remove(PolicyPublicity publicity)
    {
        Guard.Against.Null(publicity, message: "A publicity record is required.");
        return Untrack(new Source(SourceKind.Publicity, publicity.Id.Value)) | this.publicity.Remove(publicity.Id);
    }

    /// <summary>Adds a mechanism, checked against its district's meetings and issues when the review is built.</summary>
    /// <param name="mechanism">The mechanism.</param>
    /// <exception cref="ArgumentNullException"><paramref name="mechanism"/> is <see langword="null"/>.</exception>
    public void Add(ServiceMechanism mechanism)
    {
        Guard.Against.Null(mechanism, message: "A mechanism is required.");
        mechanisms.TryAdd(mechanism.Id, mechanism);
    }

    /// <summary>Puts the new version of a mechanism in place of the old one.</summary>
    /// <param name="mechanism">The mechanism as it is now.</param>
    /// <exception cref="ArgumentNullException"><paramref name="mechanism"/> is <see langword="null"/>.</exception>
    public void Replace(ServiceMechanism mechanism)
    {
        Guard.Against.Null(mechanism, message: "A mechanism is required.");
        mechanisms[mechanism.Id] = mechanism;
    }

    /// <summary>Removes a mechanism.</summary>
    /// <param name="mechanism">The mechanism.</param>
    /// <returns>Whether it was held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mechanism"/> is <see langword="null"/>.</exception>
    public bool Remove(ServiceMechanism mechanism)
    {
        Guard.Against.Null(mechanism, message: "A mechanism is required.");
        return mechanisms.Remove(mechanism.Id);
    }

    /// <summary>Adds a district's declared figure (a total, or a qualified sub-figure).</summary>
    /// <param name="figure">The declaration. A second total of the same figure is kept and reported as a conflict.</param>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is <see langword="null"/>.</exception>
    public void Declare(DeclaredFigure figure)
    {
        Guard.Against.Null(figure, message: "A declaration is required.");
        CanonicalOrder.Insert(declarations, figure, CanonicalKey);
    }

    /// <summary>Withdraws a declaration made before.</summary>
    /// <param name="figure">The declaration (equal by value).</param>
    /// <returns>Whether it was held.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is <see langword="null"/>.</exception>
    public bool Withdraw(DeclaredFigure figure)
    {
        Guard.Against.Null(figure, message: "A declaration is required.");
        return declarations.Remove(figure);
    }

    /// <summary>Adds a named case to a section of its district's review.</summary>
    /// <param name="namedCase">The case.</param>
    /// <param name="theme">The section; <see cref="ReviewTheme.PracticalDeeds"/> by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="namedCase"/> is <see langword="null"/>.</exception>
    public void Tell(NamedCase namedCase, ReviewTheme? theme = null)
    {
        Guard.Against.Null(namedCase, message: "A case is required.");
        CanonicalOrder.Insert(cases, (Case: namedCase, Theme: theme ?? ReviewTheme.PracticalDeeds), c => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{c.Case.Issue.Value}|{c.Theme.Value:D4}|{c.Case.Title}"));
    }

    /// <summary>Sets a district's review title and, optionally, its own section titles (在精准服务上下功夫).</summary>
    /// <param name="district">The district.</param>
    /// <param name="title">The review's title, or <see langword="null"/>.</param>
    /// <param name="sectionTitlesByTheme">Section titles by theme.</param>
    /// <exception cref="ArgumentNullException"><paramref name="district"/> is <see langword="null"/>.</exception>
    public void Title(District district, string? title, IReadOnlyDictionary<ReviewTheme, string>? sectionTitlesByTheme = null)
    {
        Guard.Against.Null(district, message: "A district is required.");
        if (!string.IsNullOrWhiteSpace(title))
        {
            titles[district] = title.Trim();
        }

        foreach (var (theme, sectionTitle) in sectionTitlesByTheme ?? new Dictionary<ReviewTheme, string>())
        {
            sectionTitles[(district, theme)] = sectionTitle;
        }
    }

    /// <summary>
    /// Gives a district's review its own outline (title, lead, sections and what each states); the last one given wins.
    /// Districts with an outline are printed first, in the order their outlines were given (the source's order).
    /// At build, a figure the review has no source for and a case it was not told are findings and are not printed.
    /// </summary>
    /// <param name="outline">The outline.</param>
    /// <exception cref="ArgumentNullException"><paramref name="outline"/> is <see langword="null"/>.</exception>
    public void Outline(ReviewOutline outline)
    {
        Guard.Against.Null(outline, message: "An outline is required.");
        outlines[outline.District] = outline;
        if (!outlineOrder.Contains(outline.District))
        {
            outlineOrder.Add(outline.District);
        }
    }

    /// <summary>Gives the city review its own title, lead and summary; the last one given wins.</summary>
    /// <param name="outline">The city's outline.</param>
    /// <exception cref="ArgumentNullException"><paramref name="outline"/> is <see langword="null"/>.</exception>
    public void Outline(CityOutline outline)
    {
        Guard.Against.Null(outline, message: "An outline is required.");
        cityOutline = outline;
    }

    /// <summary>A declaration's canonical key: district, figure, qualifier, label, value, note.</summary>
    private static string CanonicalKey(DeclaredFigure d) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{d.District.Code:D6}|{d.Key.Value:D4}|{d.Qualifier}|{d.Label}|{d.Value}|{d.Note}");
}
