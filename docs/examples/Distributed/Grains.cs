using Microsoft.Extensions.DependencyInjection;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Exchanges;
using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Reporting;

namespace Distributed;

/// <summary>
/// A district's grain: its accumulators (at least once: a record delivered again counts once), rebuilt on activation
/// from the persisted contributions. A batch is checked whole before anything changes; the state is written before
/// the batch is acknowledged, so an acknowledged record survives the silo.
/// </summary>
public sealed class DistrictGrain([PersistentState("district", Storage.Name)] IPersistentState<DistrictState> state) : Grain, IDistrictGrain
{
    private FigureAccumulators? accumulators;
    private SnapshotReferences references = SnapshotReferences.None;

    private District District => District.FromCode((int)this.GetPrimaryKeyLong());

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Year != 0)
        {
            accumulators = Empty(state.State.Year);
            Contributions.Restore(state.State, accumulators);
            references = References(state.State.Directory);
        }

        return Task.CompletedTask;
    }

    public async Task Register(int year, DirectorySnapshots directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        CheckYear(year);
        var read = References(directory);
        state.State.Year = year;
        state.State.Directory = directory;
        accumulators ??= Empty(year);
        references = read;
        await state.WriteStateAsync();
    }

    public async Task<int> Deliver(RecordBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        CheckYear(batch.Year);
        if (accumulators is null)
        {
            throw new InvalidOperationException($"The district {District.Code} has no directory yet: call Register first.");
        }

        // Every record is read and checked before any changes: a bad batch changes nothing.
        var issues = batch.Issues.Select(json => Read<ServiceIssue>(json)).ToArray();
        var events = batch.Events.Select(json => Read<ExchangeEvent>(json)).ToArray();
        if (issues.FirstOrDefault(i => i.District != District) is { } stray)
        {
            throw new ArgumentException($"The issue {stray.Id} is of {stray.District.Code}, not of this grain's district {District.Code}.", nameof(batch));
        }

        if (events.FirstOrDefault(e => !e.OrganizingDistricts.Contains(District)) is { } foreign)
        {
            throw new ArgumentException($"The event {foreign.Id} is not organized by {District.Code}.", nameof(batch));
        }

        var changed = issues.Count(accumulators.Replace) + events.Count(accumulators.Replace);
        var first = state.State.Deliveries == 0;
        Contributions.Export(accumulators, state.State);
        state.State.Deliveries++;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // The accumulators are ahead of storage: start again from what was stored.
            DeactivateOnIdle();
            throw;
        }

        if (first)
        {
            await GrainFactory.GetGrain<ICityGrain>(batch.Year).Join(District.Code);
        }

        return changed;
    }

    // The contributions only: the directory (with the compatriots' personal data) stays with the district.
    public Task<DistrictState> Export() => Task.FromResult(new DistrictState { Year = state.State.Year, Issues = state.State.Issues, Exchanges = state.State.Exchanges, Deliveries = state.State.Deliveries });

    public Task<string> Figures() => Task.FromResult(accumulators?.ToJson() ?? "{}");

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    internal static FigureAccumulators Empty(int year) => FigureAccumulators.Empty(ReportingPeriod.ForYear(year), WorkingDayCalendar.ChinaMainland);

    private void CheckYear(int year)
    {
        if (state.State.Year != 0 && state.State.Year != year)
        {
            throw new ArgumentException($"The district's grain holds {state.State.Year}, not {year}.", nameof(year));
        }
    }

    private T Read<T>(string json)
        where T : class
    {
        var read = AggregateSnapshot.Read<T>(json, references);
        return read.Success ? read.Value : throw new InvalidDataException($"A {typeof(T).Name} snapshot does not read: " + string.Join("; ", read.Problems.Take(5)));
    }

    private static SnapshotReferences References(DirectorySnapshots? directory)
    {
        if (directory is null)
        {
            return SnapshotReferences.None;
        }

        var departments = directory.Departments.Select(json => ReadOrThrow<Department>(json, SnapshotReferences.None)).ToArray();
        var inner = SnapshotReferences.Create(departments);
        return SnapshotReferences.Create(
            departments,
            directory.Enterprises.Select(json => ReadOrThrow<Enterprise>(json, inner)).ToArray(),
            directory.Compatriots.Select(json => ReadOrThrow<Compatriot>(json, inner)).ToArray());
    }

    private static T ReadOrThrow<T>(string json, SnapshotReferences references)
        where T : class
    {
        var read = AggregateSnapshot.Read<T>(json, references);
        return read.Success ? read.Value : throw new InvalidDataException($"A {typeof(T).Name} snapshot of the directory does not read: " + string.Join("; ", read.Problems.Take(5)));
    }
}

/// <summary>The city's grain: merges the district grains' states (not their figures: a joint event counts once).</summary>
public sealed class CityGrain([PersistentState("city", Storage.Name)] IPersistentState<CityState> state) : Grain, ICityGrain
{
    public async Task Join(int district)
    {
        if (state.State.Districts.Add(district))
        {
            await state.WriteStateAsync();
        }
    }

    public async Task<string> Figures()
    {
        var year = (int)this.GetPrimaryKeyLong();
        var states = await Task.WhenAll(state.State.Districts.Select(d => GrainFactory.GetGrain<IDistrictGrain>(d).Export()));
        var city = DistrictGrain.Empty(year);
        foreach (var district in states)
        {
            Contributions.Restore(district, city);
        }

        return city.ToJson();
    }

    public Task<IReadOnlyList<int>> Districts() => Task.FromResult<IReadOnlyList<int>>([.. state.State.Districts]);
}

/// <summary>The grain storage's name and its registration on a silo.</summary>
public static class Storage
{
    /// <summary>The storage's name.</summary>
    public const string Name = "records";

    /// <summary>Stores grain state in files under <paramref name="root"/> (shared by the silos of one machine).</summary>
    public static ISiloBuilder AddRecordStorage(this ISiloBuilder silo, string root)
    {
        silo.Services.AddKeyedSingleton<Orleans.Storage.IGrainStorage>(Name, (services, _) => new FileGrainStorage(root, services.GetRequiredService<Orleans.Serialization.Serializer>()));
        return silo;
    }
}
