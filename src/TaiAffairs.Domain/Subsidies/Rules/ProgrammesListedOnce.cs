using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Subsidies.Rules;

/// <summary>Rule <c>subsidy.programmes-listed-once</c>: An award names at least one programme, each once.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct ProgrammesListedOnce : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "subsidy.programmes-listed-once";

    private readonly int mask;
    private readonly int listed;

    /// <summary>Builds the rule from the set the award names (a bit per programme, none for a null) and how many it listed.</summary>
    internal ProgrammesListedOnce(int mask, int listed)
    {
        this.mask = mask;
        this.listed = listed;
    }

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "An award names at least one programme, each once.";

    /// <inheritdoc />
    public bool IsBroken() => listed == 0 || System.Numerics.BitOperations.PopCount((uint)mask) != listed;
}
