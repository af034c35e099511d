using System.Runtime.CompilerServices;
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
    public void Rendering_IsStable()
    {
        var first = JsonReviewRenderer.Render(ReviewFixture.Build().BuildCity());
        var second = JsonReviewRenderer.Render(ReviewFixture.Build().BuildCity());

        Assert.Equal(first, second);
        using var document = System.Text.Json.JsonDocument.Parse(first);
        Assert.Equal(2, document.RootElement.GetProperty("districts").GetArrayLength());
    }

    private static void Check(string name, string actual, [CallerFilePath] string sourceFile = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Golden", name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1" || !File.Exists(path))
        {
            File.WriteAllText(path, actual);
        }

        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }
}
