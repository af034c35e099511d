using System.Text.RegularExpressions;

namespace TaiAffairs.Domain.Tests.Common;

/// <summary>
/// Every break since the last release is declared to package validation in CompatibilitySuppressions.xml (CI packs
/// against 0.1.0 built from its tag) and explained to people in CHANGELOG.md: each declared break's type or member
/// must be named there, so a break cannot be declared without its line.
/// </summary>
public partial class ChangelogTests
{
    [Fact]
    public void EveryDeclaredBreak_IsNamedInTheChangelog()
    {
        var root = Repository.Root;
        var changelog = File.ReadAllText(Path.Combine(root, "CHANGELOG.md"));
        var suppressions = File.ReadAllText(Path.Combine(root, "src", "TaiAffairs.Domain", "CompatibilitySuppressions.xml"));
        var targets = Target().Matches(suppressions).Select(m => m.Groups[1].Value.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal)).ToList();

        // After a version bump the file starts empty (no break declared against the new baseline yet): nothing to name.
        Assert.Contains("<Suppressions", suppressions, StringComparison.Ordinal);
        var missing = targets.Where(t => !Names(t).Any(name => changelog.Contains('`' + name + '`', StringComparison.Ordinal) || changelog.Contains('`' + name + '.', StringComparison.Ordinal) || changelog.Contains('`' + name + '(', StringComparison.Ordinal) || changelog.Contains('`' + name + '<', StringComparison.Ordinal))).ToList();
        Assert.True(missing.Count == 0, "Declared breaks that CHANGELOG.md does not name:\n" + string.Join("\n", missing));
    }

    /// <summary>The names a changelog line would use for a target (in backticks): its type, or its type and member.</summary>
    private static IEnumerable<string> Names(string target)
    {
        var kind = target[0];
        var path = target[2..];
        var paren = path.IndexOf('(', StringComparison.Ordinal);
        var parts = (paren < 0 ? path : path[..paren]).Split('.');
        var last = parts[^1].Split('`')[0];
        if (kind == 'T')
        {
            yield return last;
            yield break;
        }

        // A member's break is named by the member, or by its type (a line about the type covers its members).
        var type = parts[^2].Split('`')[0];
        yield return type;
        if (last is not ("#ctor" or "Deconstruct"))
        {
            yield return type + "." + Accessor().Replace(last, string.Empty);
        }
    }

    [GeneratedRegex("<Target>(.*?)</Target>")]
    private static partial Regex Target();

    [GeneratedRegex("^(get_|set_|add_|remove_)")]
    private static partial Regex Accessor();
}
