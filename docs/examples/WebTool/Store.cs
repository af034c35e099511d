using NodaTime;
using Npgsql;
using NpgsqlTypes;
using TaiAffairs.Domain.Interchange;

namespace WebTool;

/// <summary>One aggregate's row: its snapshot and the version every save checks.</summary>
/// <param name="Kind">The kind of record (<c>issue</c>, <c>enterprise</c> ...).</param>
/// <param name="Id">The record's id.</param>
/// <param name="Year">The data set's year.</param>
/// <param name="District">The district's code, where the record has one.</param>
/// <param name="Snapshot">The snapshot (<see cref="AggregateSnapshot"/>).</param>
/// <param name="Version">The version, from 1.</param>
public sealed record StoredRecord(string Kind, string Id, int Year, int? District, string Snapshot, int Version);

/// <summary>A save that found the row at another version than the one the clerk changed.</summary>
/// <param name="Kind">The kind of record.</param>
/// <param name="Id">The record's id.</param>
/// <param name="Expected">The version the clerk saw.</param>
/// <param name="Current">The version stored now (0 when the row is gone).</param>
public sealed class ConcurrencyConflictException(string Kind, string Id, int Expected, int Current)
    : Exception($"The {Kind} '{Id}' was saved by someone else: you changed version {Expected}, it is now at version {Current}. Nothing of yours was saved.")
{
    /// <summary>Gets the version the clerk saw.</summary>
    public int Expected { get; } = Expected;

    /// <summary>Gets the version stored now.</summary>
    public int Current { get; } = Current;
}

/// <summary>
/// The web tool's PostgreSQL store: every aggregate in its own row as the package's snapshot (jsonb) with a version.
/// A save checks the version the clerk changed and raises it in the same statement; a stale save changes nothing.
/// </summary>
public sealed class Store(NpgsqlDataSource db, IClock clock)
{
    /// <summary>Gets the years imported, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct = default)
    {
        await using var command = db.CreateCommand("SELECT year FROM data_sets ORDER BY year DESC");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var years = new List<int>();
        while (await reader.ReadAsync(ct))
        {
            years.Add(reader.GetInt32(0));
        }

        return years;
    }

    /// <summary>
    /// Stores an imported data set: the document and every record as its own row, in one transaction (all or nothing).
    /// Replacing a year keeps each record's version rising (a page showing an earlier version gets a conflict) and
    /// deletes the year's records the new file does not have.
    /// </summary>
    /// <returns><see langword="false"/> when the year is already stored and <paramref name="replace"/> is not set (nothing changed).</returns>
    public async Task<bool> ImportAsync(DataSet data, string document, bool replace, string clerk, CancellationToken ct = default)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var upsert = new NpgsqlCommand(
            "INSERT INTO data_sets (year, document, imported_at) VALUES (@year, @document, @at) ON CONFLICT (year) DO UPDATE SET document = EXCLUDED.document, imported_at = EXCLUDED.imported_at WHERE @replace RETURNING 1",
            connection,
            transaction))
        {
            upsert.Parameters.AddWithValue("year", data.Year);
            upsert.Parameters.Add(new NpgsqlParameter("document", NpgsqlDbType.Jsonb) { Value = document });
            upsert.Parameters.AddWithValue("at", clock.GetCurrentInstant());
            upsert.Parameters.AddWithValue("replace", replace);
            if (await upsert.ExecuteScalarAsync(ct) is null)
            {
                return false;
            }
        }

        var rows = Rows.Of(data).ToArray();
        await using (var stale = new NpgsqlCommand("DELETE FROM aggregates WHERE year = @year AND NOT ((kind, id) = ANY (SELECT * FROM unnest(@kinds, @ids)))", connection, transaction))
        {
            stale.Parameters.AddWithValue("year", data.Year);
            stale.Parameters.AddWithValue("kinds", rows.Select(r => r.Kind).ToArray());
            stale.Parameters.AddWithValue("ids", rows.Select(r => r.Id).ToArray());
            await stale.ExecuteNonQueryAsync(ct);
        }

        var now = clock.GetCurrentInstant();
        var batch = new NpgsqlBatch(connection, transaction);
        foreach (var row in rows)
        {
            var command = new NpgsqlBatchCommand(
                """
                WITH saved AS (
                    INSERT INTO aggregates (year, kind, id, district, snapshot, version) VALUES ($1, $2, $3, $4, $5, 1)
                    ON CONFLICT (year, kind, id) DO UPDATE SET district = EXCLUDED.district, snapshot = EXCLUDED.snapshot, version = aggregates.version + 1
                    RETURNING year, kind, id, version)
                INSERT INTO changes (year, kind, id, version, verb, on_date, clerk, saved_at) SELECT year, kind, id, version, 'import', NULL, $6, $7 FROM saved
                """);
            command.Parameters.Add(new NpgsqlParameter { Value = data.Year });
            command.Parameters.Add(new NpgsqlParameter { Value = row.Kind });
            command.Parameters.Add(new NpgsqlParameter { Value = row.Id });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)row.District ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer });
            command.Parameters.Add(new NpgsqlParameter { Value = row.Snapshot, NpgsqlDbType = NpgsqlDbType.Jsonb });
            command.Parameters.Add(new NpgsqlParameter { Value = clerk });
            command.Parameters.Add(new NpgsqlParameter { Value = now });
            batch.BatchCommands.Add(command);
        }

        await using (batch)
        {
            await batch.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>Loads a year: its document and every record's row.</summary>
    public async Task<(string Document, IReadOnlyList<StoredRecord> Records)?> LoadYearAsync(int year, CancellationToken ct = default)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        string document;
        await using (var read = new NpgsqlCommand("SELECT document::text FROM data_sets WHERE year = @year", connection, transaction))
        {
            read.Parameters.AddWithValue("year", year);
            if (await read.ExecuteScalarAsync(ct) is not string text)
            {
                return null;
            }

            document = text;
        }

        var records = new List<StoredRecord>();
        await using (var rows = new NpgsqlCommand("SELECT kind, id, year, district, snapshot::text, version FROM aggregates WHERE year = @year ORDER BY kind, id", connection, transaction))
        {
            rows.Parameters.AddWithValue("year", year);
            await using var reader = await rows.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                records.Add(Read(reader));
            }
        }

        await transaction.CommitAsync(ct);
        return (document, records);
    }

    /// <summary>Finds one record's row (of the newest year that has it).</summary>
    public async Task<StoredRecord?> FindAsync(string kind, string id, CancellationToken ct = default)
    {
        await using var command = db.CreateCommand("SELECT kind, id, year, district, snapshot::text, version FROM aggregates WHERE kind = @kind AND id = @id ORDER BY year DESC LIMIT 1");
        command.Parameters.AddWithValue("kind", kind);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Read(reader) : null;
    }

    /// <summary>
    /// Saves a record's new snapshot if the row is still at <paramref name="expectedVersion"/>, raising the version,
    /// and logs the change, in one transaction.
    /// </summary>
    /// <returns>The new version.</returns>
    /// <exception cref="ConcurrencyConflictException">The row is at another version (or gone): nothing was saved.</exception>
    public async Task<int> SaveAsync(int year, string kind, string id, int expectedVersion, string snapshot, string verb, LocalDate? on, string clerk, CancellationToken ct = default)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var update = new NpgsqlCommand("UPDATE aggregates SET snapshot = @snapshot, version = version + 1 WHERE year = @year AND kind = @kind AND id = @id AND version = @expected", connection, transaction))
        {
            update.Parameters.AddWithValue("year", year);
            update.Parameters.AddWithValue("kind", kind);
            update.Parameters.AddWithValue("id", id);
            update.Parameters.AddWithValue("expected", expectedVersion);
            update.Parameters.Add(new NpgsqlParameter("snapshot", NpgsqlDbType.Jsonb) { Value = snapshot });
            if (await update.ExecuteNonQueryAsync(ct) == 0)
            {
                await transaction.RollbackAsync(ct);
                throw new ConcurrencyConflictException(kind, id, expectedVersion, await CurrentVersionAsync(year, kind, id, ct));
            }
        }

        await LogAndCommitAsync(connection, transaction, Change(year, kind, id, expectedVersion + 1, verb, on, clerk), ct);
        return expectedVersion + 1;
    }

    /// <summary>Deletes a record if the row is still at <paramref name="expectedVersion"/>, and logs it.</summary>
    /// <exception cref="ConcurrencyConflictException">The row is at another version (or gone): nothing was deleted.</exception>
    public async Task DeleteAsync(int year, string kind, string id, int expectedVersion, string verb, LocalDate? on, string clerk, CancellationToken ct = default)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var delete = new NpgsqlCommand("DELETE FROM aggregates WHERE year = @year AND kind = @kind AND id = @id AND version = @expected", connection, transaction))
        {
            delete.Parameters.AddWithValue("year", year);
            delete.Parameters.AddWithValue("kind", kind);
            delete.Parameters.AddWithValue("id", id);
            delete.Parameters.AddWithValue("expected", expectedVersion);
            if (await delete.ExecuteNonQueryAsync(ct) == 0)
            {
                await transaction.RollbackAsync(ct);
                throw new ConcurrencyConflictException(kind, id, expectedVersion, await CurrentVersionAsync(year, kind, id, ct));
            }
        }

        await LogAndCommitAsync(connection, transaction, Change(year, kind, id, expectedVersion + 1, verb, on, clerk), ct);
    }

    /// <summary>Adds a new record at version 1.</summary>
    /// <returns><see langword="false"/> when a record of that kind and id exists (nothing changed).</returns>
    public async Task<bool> AddAsync(string kind, string id, int year, int? district, string snapshot, string verb, LocalDate? on, string clerk, CancellationToken ct = default)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var insert = new NpgsqlCommand("INSERT INTO aggregates (year, kind, id, district, snapshot, version) VALUES (@year, @kind, @id, @district, @snapshot, 1) ON CONFLICT DO NOTHING", connection, transaction))
        {
            insert.Parameters.AddWithValue("kind", kind);
            insert.Parameters.AddWithValue("id", id);
            insert.Parameters.AddWithValue("year", year);
            insert.Parameters.Add(new NpgsqlParameter("district", NpgsqlDbType.Integer) { Value = (object?)district ?? DBNull.Value });
            insert.Parameters.Add(new NpgsqlParameter("snapshot", NpgsqlDbType.Jsonb) { Value = snapshot });
            if (await insert.ExecuteNonQueryAsync(ct) == 0)
            {
                return false;
            }
        }

        await LogAndCommitAsync(connection, transaction, Change(year, kind, id, 1, verb, on, clerk), ct);
        return true;
    }

    private async Task<int> CurrentVersionAsync(int year, string kind, string id, CancellationToken ct)
    {
        await using var command = db.CreateCommand("SELECT version FROM aggregates WHERE year = @year AND kind = @kind AND id = @id");
        command.Parameters.AddWithValue("year", year);
        command.Parameters.AddWithValue("kind", kind);
        command.Parameters.AddWithValue("id", id);
        return await command.ExecuteScalarAsync(ct) is int current ? current : 0;
    }

    private static async Task LogAndCommitAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, NpgsqlBatchCommand change, CancellationToken ct)
    {
        await using (var batch = new NpgsqlBatch(connection, transaction) { BatchCommands = { change } })
        {
            await batch.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }

    private NpgsqlBatchCommand Change(int year, string kind, string id, int version, string verb, LocalDate? on, string clerk)
    {
        var command = new NpgsqlBatchCommand("INSERT INTO changes (year, kind, id, version, verb, on_date, clerk, saved_at) VALUES ($8, $1, $2, $3, $4, $5, $6, $7)");
        command.Parameters.Add(new NpgsqlParameter { Value = kind });
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = version });
        command.Parameters.Add(new NpgsqlParameter { Value = verb });
        command.Parameters.Add(new NpgsqlParameter { Value = on is { } date ? date : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Date });
        command.Parameters.Add(new NpgsqlParameter { Value = clerk });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetCurrentInstant() });
        command.Parameters.Add(new NpgsqlParameter { Value = year });
        return command;
    }

    private static StoredRecord Read(NpgsqlDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetInt32(3), reader.GetString(4), reader.GetInt32(5));
}
