namespace TaiAffairs.Domain.Interchange;

/// <summary>One problem found in a data-set document: where (a JSON path), which rule, and a clear message.</summary>
/// <param name="Path">The JSON path of the offending value, e.g. <c>$.enterprises[2].visits[0].date</c>.</param>
/// <param name="Code">The stable code of the broken rule: a format code (<c>field.missing</c>, <c>reference.dangling</c> ...)
/// or a domain rule's code (<c>issue.dates-never-run-backwards</c>).</param>
/// <param name="Message">What is wrong; never contains personal data from the document.</param>
/// <remarks>Equality is structural. Immutable.</remarks>
public sealed record ImportProblem(string Path, string Code, string Message)
{
    /// <summary>Renders the problem as <c>path: [code] message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Path}: [{Code}] {Message}";
}
