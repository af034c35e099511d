namespace Distributed;

/// <summary>
/// Records for one district, as the package's snapshots (<c>AggregateSnapshot</c>): issues, and exchange events (a
/// joint event goes to every organizing district's grain). Delivered at least once: a batch sent again changes nothing.
/// </summary>
[GenerateSerializer, Immutable, Alias("Distributed.RecordBatch")]
public sealed record RecordBatch(
    [property: Id(0)] int Year,
    [property: Id(1)] IReadOnlyList<string> Issues,
    [property: Id(2)] IReadOnlyList<string> Events);

/// <summary>The records a district's snapshots refer to (departments, enterprises, compatriots), as snapshots.</summary>
[GenerateSerializer, Immutable, Alias("Distributed.DistrictDirectory")]
public sealed record DirectorySnapshots(
    [property: Id(0)] IReadOnlyList<string> Departments,
    [property: Id(1)] IReadOnlyList<string> Enterprises,
    [property: Id(2)] IReadOnlyList<string> Compatriots);

/// <summary>An issue's contribution with its key, as the accumulator exports it (<c>ExportContributions</c>).</summary>
[GenerateSerializer, Immutable, Alias("Distributed.IssueEntry")]
public readonly record struct IssueEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] int Category,
    [property: Id(2)] int Channel,
    [property: Id(3)] bool RaisedInPeriod,
    [property: Id(4)] int Outcome,
    [property: Id(5)] int? WorkingDays,
    [property: Id(6)] int Timeliness,
    [property: Id(7)] string? Enterprise);

/// <summary>An exchange record's contribution (event, training, publicity) with its key.</summary>
[GenerateSerializer, Immutable, Alias("Distributed.ExchangeEntry")]
public readonly record struct ExchangeEntry(
    [property: Id(0)] int Kind,
    [property: Id(1)] string Id,
    [property: Id(2)] int RecordKind,
    [property: Id(3)] string? EventKind,
    [property: Id(4)] bool IsJoint,
    [property: Id(5)] string? People,
    [property: Id(6)] string? Materials);

/// <summary>A district's accumulator state, record by record: what the city merges, and what the grain persists.</summary>
[GenerateSerializer, Alias("Distributed.DistrictState")]
public sealed class DistrictState
{
    /// <summary>Gets or sets the year (0 before the first delivery).</summary>
    [Id(0)]
    public int Year { get; set; }

    /// <summary>Gets or sets the district's directory.</summary>
    [Id(1)]
    public DirectorySnapshots? Directory { get; set; }

    /// <summary>Gets or sets the issues' contributions.</summary>
    [Id(2)]
    public List<IssueEntry> Issues { get; set; } = [];

    /// <summary>Gets or sets the exchange records' contributions.</summary>
    [Id(3)]
    public List<ExchangeEntry> Exchanges { get; set; } = [];

    /// <summary>Gets or sets the batches applied (ids of batches are not kept: records are idempotent by their own ids).</summary>
    [Id(4)]
    public long Deliveries { get; set; }
}

/// <summary>The districts a city grain merges (persisted: after a restart it still knows whom to ask).</summary>
[GenerateSerializer, Alias("Distributed.CityState")]
public sealed class CityState
{
    /// <summary>Gets or sets the district codes that received records.</summary>
    [Id(0)]
    public SortedSet<int> Districts { get; set; } = [];
}

/// <summary>A county-level district's grain (key: the district's code), holding its accumulators.</summary>
[Alias("Distributed.IDistrictGrain")]
public interface IDistrictGrain : IGrainWithIntegerKey
{
    /// <summary>Sets the records the district's snapshots refer to.</summary>
    [Alias("Register")]
    Task Register(int year, DirectorySnapshots directory);

    /// <summary>Adds (or replaces, for a record delivered again) a batch of records; persists before answering.</summary>
    /// <returns>How many records changed the figures.</returns>
    [Alias("Deliver")]
    Task<int> Deliver(RecordBatch batch);

    /// <summary>Gets the district's state record by record, for the city to merge (without its directory: no personal data leaves).</summary>
    [Alias("Export")]
    Task<DistrictState> Export();

    /// <summary>Gets the district's figures (the accumulators' JSON).</summary>
    [Alias("Figures")]
    Task<string> Figures();

    /// <summary>Deactivates the grain (its state stays in storage), to show that it reads it back.</summary>
    [Alias("Deactivate")]
    Task Deactivate();
}

/// <summary>The city's grain for a year (key: the year): merges the districts' states.</summary>
[Alias("Distributed.ICityGrain")]
public interface ICityGrain : IGrainWithIntegerKey
{
    /// <summary>Records that a district has records (called by the district's grain).</summary>
    [Alias("Join")]
    Task Join(int district);

    /// <summary>Merges every district's state and returns the city's figures (the accumulators' JSON).</summary>
    [Alias("Figures")]
    Task<string> Figures();

    /// <summary>Gets the districts that have records.</summary>
    [Alias("Districts")]
    Task<IReadOnlyList<int>> Districts();
}
