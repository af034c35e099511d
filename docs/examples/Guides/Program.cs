// The guides' examples (docs/guides.md): `web` serves a district office's JSON API, `nightly FILE DIR` writes the
// year's reviews as Markdown, `partitions N` aggregates the 2021 records in N partitions and checks the merge.
using Guides;
using TaiAffairs.Domain.Interchange;

Console.OutputEncoding = System.Text.Encoding.UTF8;
return args switch
{
    ["web", .. var rest] => WebBackEnd.Run(rest, Embedded()),
    ["nightly", var file, var directory] => NightlyReport.Run(file, directory),
    ["partitions", var count] when int.TryParse(count, out var n) && n > 0 => PartitionedFigures.Run(Embedded(), n),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Guides web [--urls URL] | nightly DATAFILE OUTDIR | partitions N");
    return 2;
}

static DataSet Embedded()
{
    using var stream = typeof(WebBackEnd).Assembly.GetManifestResourceStream("Guides.tianjin-2021.json")!;
    return DataSetImporter.ImportStream(stream).DataSet ?? throw new InvalidOperationException("The embedded data set does not import.");
}
