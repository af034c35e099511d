using System.Reflection;
using Npgsql;

namespace WebTool;

/// <summary>
/// Applies the plain SQL files under <c>Migrations/</c> (embedded, in name order) that the database has not seen, each
/// in its own transaction, under an advisory lock so that two instances starting together apply each file once.
/// </summary>
public static class Migrations
{
    private const long LockKey = 0x7461_6961_6666; // "taiaff"

    /// <summary>Applies the pending migrations.</summary>
    /// <param name="dataSource">The database.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The names of the files applied now.</returns>
    public static async Task<IReadOnlyList<string>> ApplyAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        var assembly = typeof(Migrations).Assembly;
        var files = assembly.GetManifestResourceNames().Where(n => n.StartsWith("WebTool.Migrations.", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToArray();
        var applied = new List<string>();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await Execute(connection, null, "SELECT pg_advisory_lock(" + LockKey + ")", cancellationToken);
        try
        {
            await Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())", cancellationToken);
            foreach (var resource in files)
            {
                var name = resource["WebTool.Migrations.".Length..];
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await using (var seen = new NpgsqlCommand("SELECT 1 FROM schema_migrations WHERE name = @name", connection, transaction))
                {
                    seen.Parameters.AddWithValue("name", name);
                    if (await seen.ExecuteScalarAsync(cancellationToken) is not null)
                    {
                        continue;
                    }
                }

                await Execute(connection, transaction, Read(assembly, resource), cancellationToken);
                await using (var record = new NpgsqlCommand("INSERT INTO schema_migrations (name) VALUES (@name)", connection, transaction))
                {
                    record.Parameters.AddWithValue("name", name);
                    await record.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                applied.Add(name);
            }
        }
        finally
        {
            await Execute(connection, null, "SELECT pg_advisory_unlock(" + LockKey + ")", CancellationToken.None);
        }

        return applied;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
