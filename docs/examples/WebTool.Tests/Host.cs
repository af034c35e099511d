using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace WebTool.Tests;

/// <summary>A fixed clock: the tests' "today".</summary>
public sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}

/// <summary>The web tool running on Kestrel on a free loopback port, over one database.</summary>
public sealed class RunningTool : IAsyncDisposable
{
    private RunningTool(WebApplication app, string address, string database)
    {
        App = app;
        Address = address;
        Database = database;
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
    }

    /// <summary>2021-09-30, 10:00 in Beijing.</summary>
    public static Instant Today { get; } = Instant.FromUtc(2021, 9, 30, 2, 0);

    public WebApplication App { get; }

    public string Address { get; }

    public string Database { get; }

    public HttpClient Http { get; }

    public static async Task<RunningTool> StartAsync(string database)
    {
        var app = await WebToolApp.BuildAsync(
            ["--urls", "http://127.0.0.1:0", "--ConnectionStrings:Office=" + database, "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.AspNetCore.Diagnostics=Error"], new FixedClock(Today));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningTool(app, address, database);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
