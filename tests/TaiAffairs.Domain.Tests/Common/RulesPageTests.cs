using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Tests.Common;

/// <summary>
/// docs/rules.md is not written by hand: it is generated from the rule classes (every public
/// <see cref="IBusinessRule"/>, its code constants and their XML documentation), so it cannot drift. A rule
/// without its line, or a line without its rule, fails <see cref="TheCheckedInPage_IsTheGeneratedOne"/>.
/// Regenerate with UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public partial class RulesPageTests
{
    private static readonly Assembly Package = typeof(IBusinessRule).Assembly;

    [Fact]
    public void TheCheckedInPage_IsTheGeneratedOne()
    {
        var generated = Generate();
        var path = Path.Combine(Repository.Root, "docs", "rules.md");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path), "docs/rules.md is missing; run the tests with UPDATE_GOLDEN=1.");
        Assert.Equal(generated, File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void EveryRule_HasACodeAndAMeaning()
    {
        var docs = Documentation();
        foreach (var rule in Rules())
        {
            Assert.NotEmpty(Codes(rule, docs));
            Assert.False(string.IsNullOrWhiteSpace(Summary(docs, "T:" + rule.FullName)), $"{rule.Name} has no summary to list.");
        }
    }

    [Fact]
    public void ThePage_ListsEveryCodeARuleCanThrow_SoAHostCanLookAnyCodeUp()
    {
        var page = Generate();
        var issue = ServiceIssue.Raise(
            Id<ServiceIssue>.From("i1"), District.Baodi, IssueSubject.Enterprise(Id<Enterprise>.From("e1")), IssueCategory.Recruitment, IssueChannel.Visit,
            new LocalDate(2021, 3, 1), "用工");
        var violation = Assert.Throws<BusinessRuleViolationException>(() => issue.Resolve(new LocalDate(2021, 3, 2), Id<Department>.From("d1"), "解决"));

        Assert.Contains("`" + violation.RuleCode + "`", page, StringComparison.Ordinal);
    }

    internal static string Generate()
    {
        var docs = Documentation();
        var text = new StringBuilder();
        text.Append("# Business rules\n\n");
        text.Append("Every rule a verb or factory checks, by area: its stable code (what `BusinessRuleViolationException.RuleCode`\n");
        text.Append("and an import problem's `Code` carry), the rule class, and what it means. Generated from the rule classes and\n");
        text.Append("their XML documentation by `RulesPageTests` (`UPDATE_GOLDEN=1` regenerates it); a rule without its line fails\n");
        text.Append("the build's tests. Rules shared by several aggregates (`Common`) keep one code per aggregate.\n");
        foreach (var area in Rules().GroupBy(Area).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append("\n## ").Append(area.Key).Append("\n\n| code | rule | meaning |\n| --- | --- | --- |\n");
            foreach (var rule in area.OrderBy(r => r.Name, StringComparer.Ordinal))
            {
                var meaning = RulePrefix().Replace(Summary(docs, "T:" + rule.FullName), string.Empty);
                foreach (var (code, codeMeaning) in Codes(rule, docs))
                {
                    var cell = codeMeaning is null ? meaning : meaning + " " + codeMeaning;
                    text.Append("| `").Append(code).Append("` | `").Append(rule.Name).Append("` | ").Append(cell.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
                }
            }
        }

        return text.ToString();
    }

    private static IEnumerable<Type> Rules() =>
        Package.GetExportedTypes().Where(t => typeof(IBusinessRule).IsAssignableFrom(t) && !t.IsInterface && !t.IsAbstract);

    private static string Area(Type rule)
    {
        var parts = rule.Namespace!.Split('.');
        return parts.Length > 2 ? parts[2] : "Domain";
    }

    /// <summary>The rule's codes: its public string constants (<c>RuleCode</c>, or one per aggregate for a shared rule).</summary>
    private static List<(string Code, string? Meaning)> Codes(Type rule, Dictionary<string, string> docs)
    {
        var constants = rule.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .OrderBy(f => (string)f.GetRawConstantValue()!, StringComparer.Ordinal)
            .ToList();
        return constants.Count == 1
            ? [((string)constants[0].GetRawConstantValue()!, null)]
            : [.. constants.Select(f => ((string)f.GetRawConstantValue()!, (string?)Summary(docs, $"F:{rule.FullName}.{f.Name}")))];
    }

    private static Dictionary<string, string> Documentation()
    {
        var file = Path.ChangeExtension(Package.Location, ".xml");
        Assert.True(File.Exists(file), $"The package's XML documentation was not found beside it: {file}");
        return XDocument.Load(file).Descendants("member")
            .Where(m => m.Element("summary") is not null)
            .ToDictionary(m => (string)m.Attribute("name")!, m => Flatten(m.Element("summary")!), StringComparer.Ordinal);
    }

    private static string Summary(Dictionary<string, string> docs, string key) => docs.TryGetValue(key, out var summary) ? summary : string.Empty;

    /// <summary>The summary as one line of Markdown: code as code, a reference as its last name.</summary>
    private static string Flatten(XElement summary)
    {
        var text = new StringBuilder();
        foreach (var node in summary.Nodes())
        {
            text.Append(node switch
            {
                XText t => t.Value,
                XElement { Name.LocalName: "c" } c => "`" + c.Value + "`",
                XElement { Name.LocalName: "see" } see when see.Attribute("langword") is { } word => "`" + word.Value + "`",
                XElement { Name.LocalName: "see" } see => "`" + ShortName((string?)see.Attribute("cref") ?? see.Value) + "`",
                XElement { Name.LocalName: "paramref" or "typeparamref" } p => "`" + (string?)p.Attribute("name") + "`",
                XElement e => e.Value,
                _ => string.Empty,
            });
        }

        return Whitespace().Replace(text.ToString(), " ").Trim();
    }

    private static string ShortName(string cref)
    {
        var name = cref.Contains(':', StringComparison.Ordinal) ? cref[(cref.IndexOf(':', StringComparison.Ordinal) + 1)..] : cref;
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        if (paren >= 0)
        {
            name = name[..paren];
        }

        var parts = name.Split('.');
        return parts[^1].Split('`')[0];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>"Rule `code`: " at the start of a summary (the page's first column says it).</summary>
    [GeneratedRegex(@"^Rule `[^`]+`: ")]
    private static partial Regex RulePrefix();
}
