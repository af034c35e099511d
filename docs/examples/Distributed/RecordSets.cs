using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Exchanges;
using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Reporting;

namespace Distributed;

/// <summary>Records to send to the district grains, by district, as snapshots; and the same records for one pass.</summary>
public sealed class RecordSet
{
    private RecordSet(int year, DirectorySnapshots directory, IReadOnlyList<ServiceIssue> issues, IReadOnlyList<ExchangeEvent> events)
    {
        Year = year;
        Directory = directory;
        Issues = issues;
        Events = events;
    }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the directory every district's grain registers (the records the snapshots refer to).</summary>
    public DirectorySnapshots Directory { get; }

    /// <summary>Gets the issues.</summary>
    public IReadOnlyList<ServiceIssue> Issues { get; }

    /// <summary>Gets the exchange events (joint ones organized by several districts).</summary>
    public IReadOnlyList<ExchangeEvent> Events { get; }

    /// <summary>Gets the number of records.</summary>
    public int Count => Issues.Count + Events.Count;

    /// <summary>The 2021 Tianjin data set's issues and events, embedded in this example.</summary>
    public static RecordSet Tianjin2021()
    {
        using var stream = typeof(RecordSet).Assembly.GetManifestResourceStream("Distributed.tianjin-2021.json")!;
        var result = DataSetImporter.ImportStream(stream);
        if (!result.Success)
        {
            throw new InvalidDataException(string.Join("; ", result.Problems));
        }

        var data = result.DataSet;
        return new RecordSet(data.Year, DirectoryOf(data), data.Issues, data.Events);
    }

    /// <summary>
    /// Generates <paramref name="count"/> records of 2021 (deterministic for a seed): issues in every Tianjin district,
    /// raised, accepted, assigned and mostly resolved, about one in 1,000 records an event, half of them joint.
    /// </summary>
    public static RecordSet Generate(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var data = DataSetImporter.ImportStream(typeof(RecordSet).Assembly.GetManifestResourceStream("Distributed.tianjin-2021.json")!).DataSet!;
        var random = new Random(seed);
        var districts = District.All;
        var enterprises = data.Enterprises.Select(e => e.Id).ToArray();
        var departments = data.Departments.Select(d => d.Id).ToArray();
        var categories = IssueCategory.List.ToArray();
        var channels = IssueChannel.List.ToArray();
        var issues = new List<ServiceIssue>(count);
        var events = new List<ExchangeEvent>();
        var start = new LocalDate(2021, 1, 4);
        for (var n = 0; n < count; n++)
        {
            var raised = start.PlusDays(random.Next(330));
            if (n % 1000 == 999)
            {
                var organizers = random.Next(2) == 0 ? [districts[random.Next(districts.Count)]] : districts.OrderBy(_ => random.Next()).Take(2 + random.Next(2)).ToArray();
                events.Add(ExchangeEvent.Record(
                    Id<ExchangeEvent>.From($"g-event-{n}"), ExchangeEventKind.List.ElementAt(random.Next(ExchangeEventKind.List.Count)), "两岸交流活动", raised, "天津",
                    organizers, [departments[random.Next(departments.Length)]], [], ReportedQuantity.Parse($"{10 + random.Next(90)}人")));
                continue;
            }

            var issue = ServiceIssue.Raise(
                Id<ServiceIssue>.From($"g-{n}"), districts[random.Next(districts.Count)], IssueSubject.Enterprise(enterprises[random.Next(enterprises.Length)]),
                categories[random.Next(categories.Length)], channels[random.Next(channels.Length)], raised, "生成的事项");
            var roll = random.Next(10);
            if (roll > 0)
            {
                issue.Accept(raised);
                if (roll > 1)
                {
                    var lead = departments[random.Next(departments.Length)];
                    issue.SetDeadline(5 + random.Next(20), raised);
                    issue.Assign(raised.PlusDays(1), lead, []);
                    if (roll > 3)
                    {
                        issue.Resolve(raised.PlusDays(2 + random.Next(30)), lead, "已办结");
                    }
                }
            }

            issues.Add(issue);
        }

        return new RecordSet(2021, DirectoryOf(data), issues, events);
    }

    /// <summary>The records' batches by district: issues to their district, events to every organizing district.</summary>
    public IReadOnlyList<(int District, RecordBatch Batch)> Batches(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var issues = Issues.GroupBy(i => i.District.Code).ToDictionary(g => g.Key, g => g.Select(i => AggregateSnapshot.Write(Year, i)).ToArray());
        var events = Events.SelectMany(e => e.OrganizingDistricts.Select(d => (District: d.Code, Event: e)))
            .GroupBy(x => x.District).ToDictionary(g => g.Key, g => g.Select(x => AggregateSnapshot.Write(Year, x.Event)).ToArray());
        var batches = new List<(int, RecordBatch)>();
        foreach (var district in issues.Keys.Union(events.Keys).Order())
        {
            var i = issues.GetValueOrDefault(district) ?? [];
            var e = events.GetValueOrDefault(district) ?? [];
            for (var at = 0; at < Math.Max(i.Length, e.Length); at += size)
            {
                batches.Add((district, new RecordBatch(Year, i.Skip(at).Take(size).ToArray(), e.Skip(at).Take(size).ToArray())));
            }
        }

        return batches;
    }

    /// <summary>The city's figures from one pass over the records (the law-2 baseline).</summary>
    public string OnePass()
    {
        var city = DistrictGrain.Empty(Year);
        foreach (var issue in Issues)
        {
            city.Add(issue);
        }

        foreach (var exchangeEvent in Events)
        {
            city.Add(exchangeEvent);
        }

        return city.ToJson();
    }

    private static DirectorySnapshots DirectoryOf(DataSet data) => new(
        [.. data.Departments.Select(d => AggregateSnapshot.Write(data.Year, d))],
        [.. data.Enterprises.Select(e => AggregateSnapshot.Write(data.Year, e))],
        [.. data.Compatriots.Select(c => AggregateSnapshot.Write(data.Year, c))]);
}

/// <summary>Sends batches to the district grains, at least once: a failed call (a silo stopping) is sent again.</summary>
public static class Delivery
{
    /// <summary>Registers every district's directory, then sends every batch; returns how many calls were retried.</summary>
    public static async Task<int> RunAsync(IGrainFactory grains, RecordSet records, int batchSize, int parallelism = 4, Func<int, Task>? afterBatch = null, CancellationToken ct = default)
    {
        var batches = records.Batches(batchSize);
        var retries = 0;
        foreach (var district in batches.Select(b => b.District).Distinct())
        {
            retries += await Retry(() => grains.GetGrain<IDistrictGrain>(district).Register(records.Year, records.Directory), ct);
        }

        var sent = 0;
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct }, async (item, token) =>
        {
            var tries = await Retry(() => grains.GetGrain<IDistrictGrain>(item.District).Deliver(item.Batch), token);
            Interlocked.Add(ref retries, tries);
            var done = Interlocked.Increment(ref sent);
            if (afterBatch is not null)
            {
                await afterBatch(done);
            }
        });
        return retries;
    }

    private static async Task<int> Retry(Func<Task> call, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await call();
                return attempt;
            }
            catch (Exception ex) when (attempt < 60 && ex is not (ArgumentException or InvalidDataException or InvalidOperationException))
            {
                // A silo going away: the call may or may not have landed. Sending again is safe (idempotent by id).
                await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
            }
        }
    }
}
