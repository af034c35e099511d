using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Subsidies.Rules;

/// <summary>Rule <c>subsidy.programmes-listed-once</c>: An award names at least one programme, each once.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct ProgrammesListedOnce : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "subsidy.programmes-listed-once";

    private readonly IReadOnlyList<SubsidyProgramme?> programmes;

    internal ProgrammesListedOnce(IReadOnlyList<SubsidyProgramme?> programmes) => this.programmes = programmes;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "An award names at least one programme, each once.";

    /// <inheritdoc />
    public bool IsBroken() => programmes.Count == 0 || !CanonicalOrder.AllPresentAndDistinct(programmes);
}
