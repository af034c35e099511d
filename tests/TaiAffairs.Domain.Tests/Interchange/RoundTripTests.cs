using FsCheck.Xunit;
using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.Reporting;

namespace TaiAffairs.Domain.Tests.Interchange;

[Properties(Arbitrary = new[] { typeof(DataSetGenerators) }, MaxTest = 60)]
public class RoundTripTests
{
    // import(export(x)) equals x: the re-imported data set exports to the same document, and reviews the same.
    [Property]
    public bool ImportOfExport_IsTheSameDataSet(DataSet dataSet)
    {
        var exported = DataSetExporter.Export(dataSet);
        var result = DataSetImporter.Import(exported);
        if (!result.Success)
        {
            throw new Xunit.Sdk.XunitException(string.Join("\n", result.Problems));
        }

        var calendar = WorkingDayCalendar.ChinaMainland;
        return DataSetExporter.Export(result.DataSet) == exported
               && JsonReviewRenderer.Render(result.DataSet.ToReviewBuilder(calendar).BuildCity()) == JsonReviewRenderer.Render(dataSet.ToReviewBuilder(calendar).BuildCity());
    }
}
