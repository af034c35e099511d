using TaiAffairs.Domain.Reporting;

namespace TaiAffairs.Domain.Tests.Reporting;

/// <summary>The law tests' shared baseline: empty accumulators of the generators' year, and one pass over records.</summary>
internal static class LawRecords
{
    public static FigureAccumulators Empty() => FigureAccumulators.Empty(RecordGenerators.Year, RecordGenerators.Calendar);

    public static FigureAccumulators OnePass(IEnumerable<GeneratedRecord> records)
    {
        var accumulators = Empty();
        foreach (var record in records)
        {
            record.AddTo(accumulators);
        }

        return accumulators;
    }
}
