using System.Text;
using System.Text.RegularExpressions;

namespace TaiAffairs.Domain.Tests.Common;

/// <summary>
/// docs/guides.md shows code that is compiled in the solution: each <c>&lt;!-- snippet: NAME --&gt;</c> is followed by the
/// region between <c>// &lt;snippet NAME&gt;</c> and <c>// &lt;/snippet&gt;</c> of a file in docs/examples/Guides, copied
/// here by this test (UPDATE_GOLDEN=1). A guide whose code differs from the compiled example fails.
/// </summary>
public partial class GuideSnippetTests
{
    [Fact]
    public void EveryCodeBlockOfTheGuides_IsTheCompiledExample()
    {
        var root = Repository.Root;
        var path = Path.Combine(root, "docs", "guides.md");
        var snippets = Snippets(Path.Combine(root, "docs", "examples", "Guides"));
        var page = File.ReadAllText(path).ReplaceLineEndings("\n");
        var names = Marker().Matches(page).Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.True(snippets.ContainsKey(name), $"docs/guides.md names the snippet {name}, which no example file has."));
        var generated = Marker().Replace(page, m => $"<!-- snippet: {m.Groups[1].Value} -->\n```csharp\n{snippets[m.Groups[1].Value]}```");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, generated);
            page = generated;
        }

        Assert.Equal(generated, page);
    }

    private static Dictionary<string, string> Snippets(string directory)
    {
        var snippets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(directory, "*.cs"))
        {
            string? name = null;
            var body = new StringBuilder();
            var indent = 0;
            foreach (var line in File.ReadAllLines(file))
            {
                var trimmed = line.Trim();
                if (trimmed.StartsWith("// <snippet ", StringComparison.Ordinal))
                {
                    name = trimmed["// <snippet ".Length..^1];
                    indent = line.Length - line.TrimStart().Length;
                    body.Clear();
                }
                else if (trimmed == "// </snippet>" && name is not null)
                {
                    snippets[name] = body.ToString().TrimEnd('\n') + "\n";
                    name = null;
                }
                else if (name is not null)
                {
                    body.Append(line.Length >= indent ? line[indent..] : line.TrimStart()).Append('\n');
                }
            }
        }

        return snippets;
    }

    /// <summary>A snippet marker and the code block after it.</summary>
    [GeneratedRegex("<!-- snippet: ([a-z-]+) -->\n```csharp\n(?:.*?\n)?```", RegexOptions.Singleline)]
    private static partial Regex Marker();
}
