using System.Text.Json;
using Orleans.TestingHost;

namespace Distributed.Tests;

/// <summary>Points every silo of a test cluster at one storage folder (the silos run in this process).</summary>
public sealed class SiloSetup : ISiloConfigurator
{
    public static string Root { get; set; } = Path.Combine(Path.GetTempPath(), "taiaffairs-orleans-tests");

    public void Configure(ISiloBuilder siloBuilder) => siloBuilder.AddRecordStorage(Root);
}

/// <summary>
/// Law 2 on a real Orleans cluster of two silos: district grains accumulate the records that arrive at them, the city
/// grain merges their states, and the city's figures equal one pass over the same records.
/// </summary>
public sealed class ClusterTests : IAsyncLifetime
{
    private readonly string storage = Directory.CreateTempSubdirectory("orleans-state-").FullName;
    private TestCluster cluster = null!;

    public async Task InitializeAsync() => cluster = await Deploy();

    public async Task DisposeAsync()
    {
        await cluster.StopAllSilosAsync();
        await cluster.DisposeAsync();
        Directory.Delete(storage, recursive: true);
    }

    [Fact]
    public async Task The2021DataSet_CityFiguresEqualOnePass_AndAJointEventCountsOnce()
    {
        var records = RecordSet.Tianjin2021();
        await Delivery.RunAsync(cluster.GrainFactory, records, batchSize: 3);

        var city = await cluster.GrainFactory.GetGrain<ICityGrain>(2021).Figures();

        Assert.Equal(records.OnePass(), city);
        var exchanges = JsonDocument.Parse(city).RootElement.GetProperty("exchanges");
        Assert.Equal(records.Events.Count, exchanges.GetProperty("events").GetInt32());
        Assert.Equal(records.Events.Count(e => e.IsJoint), exchanges.GetProperty("jointEvents").GetInt32());
        Assert.True(records.Events.Any(e => e.IsJoint), "the data set has a joint event, held by two district grains");
        var exported = await cluster.GrainFactory.GetGrain<IDistrictGrain>(records.Issues[0].District.Code).Export();
        Assert.Null(exported.Directory); // the city gets contributions, never the district's people
        Assert.Equal(records.Issues.Select(i => i.District.Code).Union(records.Events.SelectMany(e => e.OrganizingDistricts).Select(d => d.Code)).Order(), await cluster.GrainFactory.GetGrain<ICityGrain>(2021).Districts());
    }

    [Fact]
    public async Task AMillionGeneratedRecords_CityFiguresEqualOnePass()
    {
        var records = RecordSet.Generate(1_000_000, seed: 16);
        Assert.True(records.Count >= 1_000_000);
        Assert.Contains(records.Events, e => e.IsJoint);

        await Delivery.RunAsync(cluster.GrainFactory, records, batchSize: 20_000);

        Assert.Equal(records.OnePass(), await cluster.GrainFactory.GetGrain<ICityGrain>(2021).Figures());
    }

    [Fact]
    public async Task ASiloStoppedMidRun_LosesNothing_AndStateOutlivesTheCluster()
    {
        var records = RecordSet.Generate(120_000, seed: 7);
        var stopping = new TaskCompletionSource();
        var hostedOnStopped = 0;
        var stop = Task.Run(async () =>
        {
            await stopping.Task;
            var silo = cluster.SecondarySilos[0];
            var statistics = await cluster.GrainFactory.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics([silo.SiloAddress]);
            hostedOnStopped = statistics.Where(s => s.GrainType.Contains(nameof(DistrictGrain), StringComparison.OrdinalIgnoreCase)).Sum(s => s.ActivationCount);
            await cluster.StopSiloAsync(silo);
            await cluster.StartAdditionalSiloAsync();
        });

        await Delivery.RunAsync(cluster.GrainFactory, records, batchSize: 1_000, afterBatch: done =>
        {
            if (done == 30)
            {
                stopping.TrySetResult();
            }

            return Task.CompletedTask;
        });
        await stop;
        Assert.True(hostedOnStopped > 0, "the stopped silo held district grains (their records had to survive it)");

        var onePass = records.OnePass();
        Assert.Equal(onePass, await cluster.GrainFactory.GetGrain<ICityGrain>(2021).Figures());

        // Every grain gone (the whole cluster stopped): a new cluster reads the same state from storage.
        await cluster.StopAllSilosAsync();
        await cluster.DisposeAsync();
        cluster = await Deploy();
        Assert.Equal(onePass, await cluster.GrainFactory.GetGrain<ICityGrain>(2021).Figures());
    }

    [Fact]
    public async Task EveryRecordDeliveredTwice_CountsOnce()
    {
        var records = RecordSet.Tianjin2021();
        await Delivery.RunAsync(cluster.GrainFactory, records, batchSize: 2);
        await Delivery.RunAsync(cluster.GrainFactory, records, batchSize: 5);

        Assert.Equal(records.OnePass(), await cluster.GrainFactory.GetGrain<ICityGrain>(2021).Figures());
    }

    [Fact]
    public async Task ABadBatch_IsRefusedWhole_AndChangesNothing()
    {
        var records = RecordSet.Tianjin2021();
        await Delivery.RunAsync(cluster.GrainFactory, records, batchSize: 50);
        var before = await cluster.GrainFactory.GetGrain<ICityGrain>(2021).Figures();
        var (district, batch) = records.Batches(50).First(b => b.Batch.Issues.Count > 0);
        var grain = cluster.GrainFactory.GetGrain<IDistrictGrain>(district);

        var corrupt = batch with { Issues = [.. batch.Issues, """{"formatVersion": 2, "year": 2021, "issues": [{"id": "x"}]}"""] };
        await Assert.ThrowsAsync<InvalidDataException>(() => grain.Deliver(corrupt));
        var stray = records.Batches(50).First(b => b.District != district && b.Batch.Issues.Count > 0).Batch;
        await Assert.ThrowsAsync<ArgumentException>(() => grain.Deliver(stray));
        await Assert.ThrowsAsync<ArgumentException>(() => grain.Deliver(batch with { Year = 2020 }));

        await grain.Deactivate();
        Assert.Equal(before, await cluster.GrainFactory.GetGrain<ICityGrain>(2021).Figures());
    }

    private async Task<TestCluster> Deploy()
    {
        SiloSetup.Root = storage;
        var builder = new TestClusterBuilder(2);
        builder.AddSiloBuilderConfigurator<SiloSetup>();
        var deployed = builder.Build();
        await deployed.DeployAsync();
        return deployed;
    }
}
