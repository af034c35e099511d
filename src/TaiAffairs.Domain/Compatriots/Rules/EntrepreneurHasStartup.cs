using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Compatriots.Rules;

/// <summary>Rule <c>compatriot.entrepreneur-has-startup</c>: An entrepreneur's occupation must name the startup, and only an entrepreneur has one.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct EntrepreneurHasStartup : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "compatriot.entrepreneur-has-startup";

    private readonly Occupation occupation;
    private readonly Startup? startup;

    internal EntrepreneurHasStartup(Occupation occupation, Startup? startup) => (this.occupation, this.startup) = (occupation, startup);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "An entrepreneur's occupation must name the startup, and only an entrepreneur has one.";

    /// <inheritdoc />
    public bool IsBroken() => (occupation == Occupation.Entrepreneur) != (startup is not null);
}
