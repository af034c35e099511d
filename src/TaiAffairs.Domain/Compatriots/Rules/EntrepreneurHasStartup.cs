using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Compatriots.Rules;

/// <summary>Rule <c>compatriot.entrepreneur-has-startup</c>: An entrepreneur's occupation must name the startup, and only an entrepreneur has one.</summary>
public sealed class EntrepreneurHasStartup : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "compatriot.entrepreneur-has-startup";

    private readonly bool isEntrepreneur;
    private readonly bool hasStartup;

    internal EntrepreneurHasStartup(bool isEntrepreneur, bool hasStartup) => (this.isEntrepreneur, this.hasStartup) = (isEntrepreneur, hasStartup);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "An entrepreneur's occupation must name the startup, and only an entrepreneur has one.";

    /// <inheritdoc />
    public bool IsBroken() => hasStartup != isEntrepreneur;
}
