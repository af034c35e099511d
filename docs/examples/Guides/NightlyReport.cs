using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.Reporting;

namespace Guides;

/// <summary>A nightly batch job: import the day's data-set file, write every review as Markdown, exit non-zero on problems.</summary>
public static class NightlyReport
{
    // <snippet nightly>
    public static int Run(string dataFile, string outputDirectory)
    {
        ImportResult result;
        try
        {
            using var file = File.OpenRead(Path.GetFullPath(dataFile));
            result = DataSetImporter.ImportStream(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"cannot read {dataFile}: {ex.Message}");
            return 1;
        }

        if (!result.Success)
        {
            // All or nothing: every problem with its JSON path, and nothing written.
            foreach (var problem in result.Problems)
            {
                Console.Error.WriteLine(problem);
            }

            return 1;
        }

        var data = result.DataSet!;
        var builder = data.ToReviewBuilder(WorkingDayCalendar.ChinaMainland);
        Directory.CreateDirectory(outputDirectory);
        var districts = data.Outlines.Select(o => o.District).Distinct().ToList();
        foreach (var district in districts)
        {
            var review = builder.BuildDistrict(district);
            File.WriteAllText(Path.Combine(outputDirectory, $"{data.Year}-{district.Code}.md"), MarkdownRenderer.Render(review));
        }

        File.WriteAllText(Path.Combine(outputDirectory, $"{data.Year}-city.md"), MarkdownRenderer.Render(builder.BuildCity()));
        Console.WriteLine($"{districts.Count} district reviews and the city review written to {outputDirectory}");
        return 0;
    }

    // </snippet>
}
