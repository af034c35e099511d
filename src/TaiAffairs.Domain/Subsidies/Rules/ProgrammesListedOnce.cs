using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Subsidies.Rules;

/// <summary>Rule <c>subsidy.programmes-listed-once</c>: An award names at least one programme, each once.</summary>
public sealed class ProgrammesListedOnce : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "subsidy.programmes-listed-once";

    private readonly bool valid;

    internal ProgrammesListedOnce(bool valid) => this.valid = valid;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "An award names at least one programme, each once.";

    /// <inheritdoc />
    public bool IsBroken() => !valid;
}
