using System.Reflection;
using System.Text.RegularExpressions;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Tests.Common;

/// <summary>
/// docs/glossary.md maps the domain's Chinese terms to API names. Every name in its API column must be a public type of
/// the package, or a public member of one (<c>Type.Member</c>), so a rename fails here until the page follows.
/// </summary>
public partial class GlossaryTests
{
    private static readonly Type[] PublicTypes = typeof(Money).Assembly.GetExportedTypes();

    public static TheoryData<string> ApiNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in Rows().SelectMany(r => Code().Matches(r.Api).Select(m => m.Groups[1].Value)).Distinct(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ApiNames))]
    public void EveryApiNameOfTheGlossary_IsInThePublicApi(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var typeName = dot < 0 ? name : name[..dot];
        var types = PublicTypes.Where(t => t.Name.Split('`')[0] == typeName).ToList();
        Assert.True(types.Count > 0, $"The glossary names {typeName}, which is not a public type of the package.");
        if (dot >= 0)
        {
            var member = name[(dot + 1)..];
            Assert.True(
                types.Any(t => t.GetMember(member, BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Length > 0),
                $"The glossary names {name}, which is not a public member of {typeName}.");
        }
    }

    [Fact]
    public void EveryRow_HasATermAnApiNameAndAMeaning()
    {
        var rows = Rows().ToList();

        Assert.True(rows.Count >= 40, $"The glossary has {rows.Count} rows.");
        Assert.All(rows, r =>
        {
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", r.Term);
            Assert.Matches(Code(), r.Api);
            Assert.False(string.IsNullOrWhiteSpace(r.Meaning));
        });
    }

    private static IEnumerable<(string Term, string Api, string Meaning)> Rows()
    {
        foreach (var line in File.ReadLines(Path.Combine(RepositoryRoot(), "docs", "glossary.md")))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length == 5 && cells[0].Length == 0 && cells[4].Length == 0 && cells[1] is not ("中文" or "---"))
            {
                yield return (cells[1], cells[2], cells[3]);
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TaiAffairs.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (TaiAffairs.Domain.sln) was not found above the test's directory.");
    }

    [GeneratedRegex("`([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)?)`")]
    private static partial Regex Code();
}
