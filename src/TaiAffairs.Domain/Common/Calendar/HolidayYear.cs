using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace TaiAffairs.Domain.Common;

/// <summary>
/// The State Council's holiday notice for one year: the dates that differ from the plain Monday-Friday week.
/// A notice may also move days at the end of the previous December (the 2008 notice moved 2007-12-29..31).
/// </summary>
/// <remarks>
/// A working-day entry on a weekday is allowed and simply confirms an ordinary working day (the 2020 notice
/// extending the Spring Festival lists 2020-02-03, a Monday, as a working day); on a Saturday or Sunday it is a
/// make-up working day. Equality is by reference. Immutable and thread-safe.
/// </remarks>
public sealed class HolidayYear
{
    private HolidayYear(int year, IReadOnlyList<HolidayAdjustment> adjustments, IReadOnlyList<string> sources)
    {
        Year = year;
        Adjustments = adjustments;
        Sources = sources;
    }

    /// <summary>Gets the year the notice is for.</summary>
    public int Year { get; }

    /// <summary>Gets the adjusted dates, in date order.</summary>
    public IReadOnlyList<HolidayAdjustment> Adjustments { get; }

    /// <summary>Gets the notices the adjustments were read from (their addresses or titles).</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>Creates a year's notice.</summary>
    /// <param name="year">The year, 1900 to 9998.</param>
    /// <param name="adjustments">The adjusted dates: within the year, or in the previous December.</param>
    /// <param name="sources">Optional sources of the notice.</param>
    /// <returns>The notice.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="adjustments"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An adjustment breaks a rule (its message names it).</exception>
    public static HolidayYear Create(int year, IEnumerable<HolidayAdjustment> adjustments, IEnumerable<string>? sources = null)
    {
        ArgumentNullException.ThrowIfNull(adjustments);
        var result = TryCreate(year, adjustments, sources);
        return result.Success ? result.Value : throw new ArgumentException(result.Error.Message, nameof(adjustments));
    }

    /// <summary>
    /// Gets the parser of the holiday-cn JSON form that says why a text was refused (a <see cref="ParseResult{T}"/>
    /// with a code from <see cref="ParseErrorCodes"/>); see <see cref="TryParseHolidayCnJson(string, out HolidayYear)"/>.
    /// </summary>
    public static ValuePattern<HolidayYear> HolidayCnJsonPattern { get; } = new(ParseHolidayCnJsonCore);

    /// <summary>
    /// Parses a year in the holiday-cn JSON form: <c>{"year": 2021, "papers": [...], "days": [{"name": "春节",
    /// "date": "2021-02-07", "isOffDay": false}, ...]}</c>.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="year">The notice when the text was accepted; otherwise <see langword="null"/>.</param>
    /// <returns>Whether the text was accepted (the reason for a refusal: <see cref="HolidayCnJsonPattern"/>). Refusals: The notice, or an error: <c>holiday.json</c>, <c>holiday.year</c>, <c>holiday.day</c>,
    /// <c>holiday.date-outside-year</c> or <c>holiday.duplicate-date</c>.</returns>
    public static bool TryParseHolidayCnJson([NotNullWhen(true)] string? json, [NotNullWhen(true)] out HolidayYear? year)
    {
        var parsed = ParseHolidayCnJsonCore(json);
        year = parsed.Success ? parsed.Value : null;
        return parsed.Success;
    }

    /// <summary>Parses a year in the holiday-cn JSON form; see <see cref="TryParseHolidayCnJson(string, out HolidayYear)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The notice.</returns>
    /// <exception cref="FormatException">The text is not a holiday-cn year; the message names the broken rule.</exception>
    public static HolidayYear ParseHolidayCnJson(string json) => ParseHolidayCnJsonCore(json).Value;

    private static ParseResult<HolidayYear> ParseHolidayCnJsonCore(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return ParseResult<HolidayYear>.ForError(ParseErrorCodes.HolidayJson, "The holiday JSON is empty.");
        }

        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 8 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("year", out var yearElement)
                || yearElement.ValueKind != JsonValueKind.Number
                || !yearElement.TryGetInt32(out var year))
            {
                return ParseResult<HolidayYear>.ForError(ParseErrorCodes.HolidayYear, "The holiday JSON must be an object with an integer \"year\".");
            }

            var sources = new List<string>();
            if (root.TryGetProperty("papers", out var papers) && papers.ValueKind == JsonValueKind.Array)
            {
                foreach (var paper in papers.EnumerateArray())
                {
                    if (paper.ValueKind == JsonValueKind.String)
                    {
                        sources.Add(paper.GetString()!);
                    }
                }
            }

            if (!root.TryGetProperty("days", out var days) || days.ValueKind != JsonValueKind.Array)
            {
                return ParseResult<HolidayYear>.ForError(ParseErrorCodes.HolidayDay, "The holiday JSON must have a \"days\" array.");
            }

            var adjustments = new List<HolidayAdjustment>();
            foreach (var day in days.EnumerateArray())
            {
                if (day.ValueKind != JsonValueKind.Object
                    || !day.TryGetProperty("date", out var dateElement) || dateElement.ValueKind != JsonValueKind.String
                    || !day.TryGetProperty("isOffDay", out var offElement) || offElement.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    return ParseResult<HolidayYear>.ForError(ParseErrorCodes.HolidayDay, "Each day needs a \"date\" string and an \"isOffDay\" boolean.");
                }

                var parsed = LocalDatePattern.Iso.Parse(dateElement.GetString()!);
                if (!parsed.Success)
                {
                    return ParseResult<HolidayYear>.ForError(ParseErrorCodes.HolidayDay, "Each day's \"date\" must be an ISO date (yyyy-MM-dd).");
                }

                var name = day.TryGetProperty("name", out var nameElement) && nameElement.ValueKind == JsonValueKind.String
                    ? nameElement.GetString()!
                    : string.Empty;
                adjustments.Add(new HolidayAdjustment(parsed.Value, name, offElement.GetBoolean()));
            }

            return TryCreate(year, adjustments, sources);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            // System.Text.Json's ways of refusing text: malformed JSON, invalid UTF-16 (a lone surrogate) in the input,
            // or an escaped lone surrogate read as a string. Each is a refusal, never an exception of TryParse.
            return ParseResult<HolidayYear>.ForError(ParseErrorCodes.HolidayJson, "The holiday data is not well-formed JSON text.");
        }
    }

    private static ParseResult<HolidayYear> TryCreate(int year, IEnumerable<HolidayAdjustment> adjustments, IEnumerable<string>? sources)
    {
        if (year is < 1900 or > 9998)
        {
            return ParseResult<HolidayYear>.ForError(ParseErrorCodes.HolidayYear, "A holiday year must be between 1900 and 9998.");
        }

        var earliest = new LocalDate(year - 1, 12, 1);
        var latest = new LocalDate(year, 12, 31);
        var byDate = new SortedDictionary<LocalDate, HolidayAdjustment>();
        foreach (var adjustment in adjustments)
        {
            if (adjustment.Date.Calendar != CalendarSystem.Iso || adjustment.Date < earliest || adjustment.Date > latest)
            {
                return ParseResult<HolidayYear>.ForError(
                    ParseErrorCodes.HolidayDateOutsideYear,
                    $"A {year} notice may only adjust dates from {earliest:uuuu-MM-dd} to {latest:uuuu-MM-dd}.");
            }

            if (!byDate.TryAdd(adjustment.Date, adjustment with { Name = adjustment.Name ?? string.Empty }))
            {
                return ParseResult<HolidayYear>.ForError(ParseErrorCodes.HolidayDuplicateDate, $"{adjustment.Date:uuuu-MM-dd} is listed twice.");
            }
        }

        return ParseResult<HolidayYear>.ForValue(
            new HolidayYear(year, Array.AsReadOnly(byDate.Values.ToArray()), Array.AsReadOnly(sources?.Where(s => s is not null).ToArray() ?? [])));
    }
}
