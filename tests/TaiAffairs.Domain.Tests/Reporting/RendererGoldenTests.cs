using TaiAffairs.Domain.Reporting;

namespace TaiAffairs.Domain.Tests.Reporting;

/// <summary>
/// Golden tests for the three renderers on the fixed <see cref="ReviewFixture"/> set. To accept a deliberate
/// change of output, run the tests with UPDATE_GOLDEN=1 and review the diff of Reporting/Golden/.
/// </summary>
public class RendererGoldenTests
{
    [Fact]
    public void ChineseText_MatchesTheGoldenFile() => Check("city.txt", ChineseTextRenderer.Render(ReviewFixture.Build().BuildCity()));

    [Fact]
    public void Markdown_MatchesTheGoldenFile() => Check("city.md", MarkdownRenderer.Render(ReviewFixture.Build().BuildCity()));

    [Fact]
    public void Json_MatchesTheGoldenFile() => Check("city.json", JsonReviewRenderer.Render(ReviewFixture.Build().BuildCity()));

    [Fact]
    public void Tianjin2021_ChineseText_MatchesTheGoldenFile() => Check("tianjin-2021.txt", ChineseTextRenderer.Render(Tianjin2021()));

    [Fact]
    public void Tianjin2021_Markdown_MatchesTheGoldenFile() => Check("tianjin-2021.md", MarkdownRenderer.Render(Tianjin2021()));

    [Fact]
    public void Tianjin2021_Json_MatchesTheGoldenFile() => Check("tianjin-2021.json", JsonReviewRenderer.Render(Tianjin2021()));

    private static CityAnnualReview Tianjin2021() =>
        TaiAffairs.Domain.Interchange.DataSetImporter.Import(TaiAffairs.Domain.Tests.Interchange.Tianjin2021DataSetTests.DataSetJson()).DataSet!
            .ToReviewBuilder(WorkingDayCalendar.ChinaMainland).BuildCity();

    [Fact]
    public void Rendering_IsStable()
    {
        var first = JsonReviewRenderer.Render(ReviewFixture.Build().BuildCity());
        var second = JsonReviewRenderer.Render(ReviewFixture.Build().BuildCity());

        Assert.Equal(first, second);
        using var document = System.Text.Json.JsonDocument.Parse(first);
        Assert.Equal(2, document.RootElement.GetProperty("districts").GetArrayLength());
    }

    private static void Check(string name, string actual)
    {
        var path = Path.Combine(GoldenFolder(), name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }

    // The source folder, found above the test output (CallerFilePath is mapped away in CI builds).
    private static string GoldenFolder() => Path.Combine(Repository.Root, "tests", "TaiAffairs.Domain.Tests", "Reporting", "Golden");
}
