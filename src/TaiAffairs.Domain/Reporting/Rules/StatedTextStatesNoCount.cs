using System.Text.RegularExpressions;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Reporting.Rules;

/// <summary>
/// Rule <c>outline.stated-text-states-no-count</c>: stated text names, quotes and describes, but a count (a number
/// with a unit: 3次, 20余个, 500余份) is a figure, stated by a figure item so that it has a source. Numbers inside
/// quotation marks or book titles (“52条措施”, 《…》) are names, not counts.
/// </summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly partial struct StatedTextStatesNoCount : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "outline.stated-text-states-no-count";

    private readonly string text;

    internal StatedTextStatesNoCount(string text) => this.text = text;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "Stated text states no count: a number with a unit (3次, 20余个) is a figure item with a source.";

    /// <inheritdoc />
    public bool IsBroken() => Count().IsMatch(Quoted().Replace(text, string.Empty));

    [GeneratedRegex(@"\d+(?:\.\d+)?(?:余|多)?(?:户次|场次|个|件|项|次|家|户|名|人|位|场|份|条|万元|亿元|元|万)")]
    private static partial Regex Count();

    [GeneratedRegex(@"“[^”]*”|《[^》]*》|""[^""]*""")]
    private static partial Regex Quoted();
}
