using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.Reporting;

namespace TaiAffairs.Domain.Tests.Hardening;

/// <summary>
/// Runs fuzz cases against the properties of issue 12: only documented exceptions escape (none from TryParse or
/// import); every problem has a path inside the document; a failed import returns nothing; an imported document
/// always builds and renders its review; no case runs over one second.
/// </summary>
public static class FuzzHarness
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(1);

    private static int imported;

    /// <summary>Gets how many fuzzed documents imported (and were then reviewed, rendered and round-tripped).</summary>
    public static int Imported => imported;

    /// <summary>Runs <paramref name="cases"/> cases on <paramref name="threads"/> threads with a 1 MiB stack each.</summary>
    public static (int Run, IReadOnlyList<string> Failures) Campaign(int cases, int threads = 1)
    {
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var run = 0;
        var perThread = (cases + threads - 1) / threads;
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(
            () =>
            {
                var left = Math.Min(perThread, cases - (t * perThread));
                while (left > 0)
                {
                    var batch = Math.Min(left, 500);
                    FuzzCase[] sample;
                    try
                    {
                        sample = Gen.Sample(FuzzCases.Case, batch, 10);
                    }
                    catch (Exception ex)
                    {
                        failures.Add("the generator failed: " + ex);
                        return;
                    }

                    foreach (var fuzz in sample)
                    {
                        if (Check(fuzz) is { } failure)
                        {
                            failures.Add(failure);
                        }

                        Interlocked.Increment(ref run);
                    }

                    left -= batch;
                }
            },
            1024 * 1024)).ToArray();
        foreach (var worker in workers)
        {
            worker.Start();
        }

        foreach (var worker in workers)
        {
            worker.Join();
        }

        return (run, failures.ToArray());
    }

    /// <summary>Checks one case; returns why it failed, or <see langword="null"/>.</summary>
    public static string? Check(FuzzCase fuzz)
    {
        var watch = Stopwatch.StartNew();
        string? failure;
        try
        {
            failure = fuzz.Target == FuzzTarget.Document ? CheckDocument(fuzz.Input) : CheckParser(fuzz.Target, Encoding.UTF8.GetString(fuzz.Input));
        }
        catch (Exception ex)
        {
            failure = "escaped " + ex.GetType().Name + ": " + ex.Message;
        }

        if (failure is null && watch.Elapsed > Bound)
        {
            failure = $"ran {watch.Elapsed.TotalMilliseconds:F0} ms, over the bound";
        }

        return failure is null ? null : failure + " | " + fuzz;
    }

    private static string? CheckParser(FuzzTarget target, string text)
    {
        // Each parser's TryParse and its pattern must agree, and neither may throw.
        var (accepted, reason) = target switch
        {
            FuzzTarget.Money => (Money.TryParse(text, out _), Money.Pattern.Parse(text).Success),
            FuzzTarget.Quantity => (ReportedQuantity.TryParse(text, out var q) && RoundTrips(q), ReportedQuantity.Pattern.Parse(text).Success),
            FuzzTarget.CreditCode => (UnifiedSocialCreditCode.TryParse(text, out _), UnifiedSocialCreditCode.Pattern.Parse(text).Success),
            FuzzTarget.ResidencePermit => (ResidencePermitNumber.TryParse(text, out _), ResidencePermitNumber.Pattern.Parse(text).Success),
            FuzzTarget.TravelPermit => (TravelPermitNumber.TryParse(text, out _), TravelPermitNumber.Pattern.Parse(text).Success),
            FuzzTarget.Id => (Id<TaiAffairs.Domain.Enterprises.Enterprise>.TryParse(text, out _), Id<TaiAffairs.Domain.Enterprises.Enterprise>.Pattern.Parse(text).Success),
            _ => (HolidayYear.TryParseHolidayCnJson(text, out _), HolidayYear.HolidayCnJsonPattern.Parse(text).Success),
        };
        return accepted == reason ? null : "TryParse and Pattern.Parse disagree";
    }

    private static bool RoundTrips(ReportedQuantity quantity) => ReportedQuantity.TryParse(quantity.ToString(), out var again) && again == quantity;

    private static string? CheckDocument(byte[] input)
    {
        var result = DataSetImporter.ImportUtf8(input);
        if (!result.Success)
        {
            if (result.DataSet is not null || result.Problems.Count == 0)
            {
                return "a failed import returned a data set or no problem";
            }

            JsonNode? root = null;
            try
            {
                root = JsonNode.Parse(input.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? input[3..] : input);
            }
            catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or ArgumentException)
            {
                // Not JSON: a problem's path need only start at the root.
            }

            var outside = result.Problems.FirstOrDefault(p => p.Code == "import.unexpected" || !IsInside(root, p.Path));
            return outside is null ? null : $"a problem without its place: {outside}";
        }

        if (result.Problems.Count > 0)
        {
            return "an import succeeded with problems";
        }

        Interlocked.Increment(ref imported);
        if (Snapshots(result.DataSet!) is { } snapshotFailure)
        {
            return snapshotFailure;
        }

        var city = result.DataSet!.ToReviewBuilder(WorkingDayCalendar.ChinaMainland).BuildCity();
        _ = ChineseTextRenderer.Render(city);
        _ = MarkdownRenderer.Render(city);
        _ = JsonReviewRenderer.Render(city);
        var export = DataSetExporter.Export(result.DataSet);
        var again = DataSetImporter.Import(export);
        if (again.DataSet is null)
        {
            // The problems name the field; the case's text (cut at 160 characters) may not reach it.
            return "the export did not import: " + string.Join("; ", again.Problems.Take(3));
        }

        return DataSetExporter.Export(again.DataSet) == export ? null : "the export does not round-trip";
    }

    /// <summary>Every issue, enterprise, compatriot, award and event of an imported document round-trips through its snapshot.</summary>
    private static string? Snapshots(DataSet data)
    {
        var references = SnapshotReferences.Of(data);
        string? Trip<T>(T record, Func<T, string> write)
            where T : class
        {
            var json = write(record);
            var read = AggregateSnapshot.Read<T>(json, references);
            return !read.Success ? $"a {typeof(T).Name} snapshot did not read: " + string.Join("; ", read.Problems.Take(3))
                : write(read.Value) != json ? $"a {typeof(T).Name} snapshot does not round-trip"
                : null;
        }

        var y = data.Year;
        return data.Issues.Select(x => Trip(x, r => AggregateSnapshot.Write(y, r)))
            .Concat(data.Enterprises.Select(x => Trip(x, r => AggregateSnapshot.Write(y, r))))
            .Concat(data.Compatriots.Select(x => Trip(x, r => AggregateSnapshot.Write(y, r))))
            .Concat(data.Awards.Select(x => Trip(x, r => AggregateSnapshot.Write(y, r))))
            .Concat(data.Events.Select(x => Trip(x, r => AggregateSnapshot.Write(y, r))))
            .FirstOrDefault(failure => failure is not null);
    }

    /// <summary>A path is inside the document when it starts at the root and every segment but the last exists.</summary>
    public static bool IsInside(JsonNode? root, string path)
    {
        if (!path.StartsWith('$'))
        {
            return false;
        }

        if (root is null)
        {
            return true;
        }

        var segments = Segments(path[1..]).ToArray();
        var node = root;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            node = segments[i] switch
            {
                int index when node is JsonArray array && index < array.Count => array[index],
                string name when node is JsonObject obj && obj.TryGetPropertyValue(name, out var child) => child,
                _ => null,
            };
            if (node is null)
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<object> Segments(string path)
    {
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                yield return path[(i + 1)..end];
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                // System.Text.Json writes names that are not plain identifiers as ['name'].
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    yield break;
                }

                yield return path[(i + 2)..end];
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), System.Globalization.CultureInfo.InvariantCulture, out var index))
                {
                    yield break;
                }

                yield return index;
                i = end + 1;
            }
            else
            {
                yield break;
            }
        }
    }
}
