using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace WebTool.Tests;

/// <summary>
/// A real PostgreSQL server for the tests: the one named by <c>TAIAFFAIRS_PG</c> (CI starts it), or else a throw-away
/// server started here with docs/examples/WebTool/postgres.sh and stopped when the tests end. Each test gets a
/// database of its own.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private string? folder;
    private int counter;

    /// <summary>Gets the connection string of the server's maintenance database.</summary>
    public string Admin { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("TAIAFFAIRS_PG") is { Length: > 0 } given)
        {
            Admin = given;
            return;
        }

        folder = Directory.CreateTempSubdirectory("webtool-tests-").FullName;
        var port = FreePort();
        var (code, output, error) = await Run("start", folder, port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (code != 0)
        {
            throw new InvalidOperationException(
                $"These tests need PostgreSQL: set TAIAFFAIRS_PG to a server's connection string, or install the postgresql package so that postgres.sh can start one (exit {code}): {error}");
        }

        Admin = output.Trim();
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> NewDatabaseAsync()
    {
        var name = $"webtool_{Environment.ProcessId}_{Interlocked.Increment(ref counter)}_{Guid.NewGuid():N}"[..40];
        await using var connection = new NpgsqlConnection(Admin);
        await connection.OpenAsync();
        await using (var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection))
        {
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(Admin) { Database = name }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (folder is not null)
        {
            await Run("stop", folder);
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] arguments)
    {
        var script = Path.Combine(Repository.Root, "docs", "examples", "WebTool", "postgres.sh");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresGroup : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}

/// <summary>The repository the tests run in (the folder holding TaiAffairs.Domain.sln).</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string DataSet => Path.Combine(AppContext.BaseDirectory, "Data", "tianjin-2021.json");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TaiAffairs.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (TaiAffairs.Domain.sln) was not found above the test's directory.");
    }
}
