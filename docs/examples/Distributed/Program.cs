using Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// Runs one local silo, sends the 2021 data set's records (or N generated ones) to the district grains, asks the city
// grain to merge the districts' states, and compares the city's figures with one pass over the same records.
//   dotnet run --project docs/examples/Distributed [-- --generate N]
var generate = args.Length >= 2 && args[0] == "--generate" && int.TryParse(args[1], out var n) ? n : 0;
var storage = Path.Combine(Path.GetTempPath(), "taiaffairs-distributed-" + Environment.ProcessId);
using var host = Host.CreateDefaultBuilder(args)
    .UseOrleans(silo => silo.UseLocalhostClustering().AddRecordStorage(storage))
    .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
    .Build();
await host.StartAsync();
try
{
    var records = generate > 0 ? RecordSet.Generate(generate, seed: 2021) : RecordSet.Tianjin2021();
    var grains = host.Services.GetRequiredService<IGrainFactory>();
    var watch = System.Diagnostics.Stopwatch.StartNew();
    await Delivery.RunAsync(grains, records, batchSize: 2_000);
    var city = await grains.GetGrain<ICityGrain>(records.Year).Figures();
    var onePass = records.OnePass();
    var districts = await grains.GetGrain<ICityGrain>(records.Year).Districts();
    Console.WriteLine($"{records.Count:N0} records of {records.Year} sent to {districts.Count} district grains in {watch.Elapsed.TotalSeconds:F1} s.");
    Console.WriteLine($"The city grain's merged figures {(city == onePass ? "equal" : "DIFFER FROM")} one pass over the same records:");
    Console.WriteLine(city);
    return city == onePass ? 0 : 1;
}
finally
{
    await host.StopAsync();
    Directory.Delete(storage, recursive: true);
}
