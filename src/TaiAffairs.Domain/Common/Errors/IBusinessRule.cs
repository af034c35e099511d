namespace TaiAffairs.Domain.Common;

/// <summary>
/// A business rule of the domain: a named constraint with a stable code that a state change must keep.
/// </summary>
/// <remarks>
/// Each rule is a small class of its own (for example <c>OneAwardPerProgrammeAndYear</c>), built with the
/// facts it judges and checked through <see cref="BusinessRule.Check(IBusinessRule)"/>. Implementations must
/// keep personal data (names, permit numbers, birth dates, health facts) out of <see cref="Message"/>.
///  Implementations are immutable once built.</remarks>
public interface IBusinessRule
{
    /// <summary>Gets the stable, machine-readable code of the rule, e.g. <c>issue.dates-never-run-backwards</c>.</summary>
    string Code { get; }

    /// <summary>Gets a message that names the rule and says how it was broken; never contains personal data.</summary>
    string Message { get; }

    /// <summary>Evaluates the rule against the facts it was built with.</summary>
    /// <returns><see langword="true"/> when the rule is broken.</returns>
    bool IsBroken();
}
