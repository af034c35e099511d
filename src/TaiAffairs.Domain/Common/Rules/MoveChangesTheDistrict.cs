namespace TaiAffairs.Domain.Common.Rules;

/// <summary>
/// A move is to a district other than the current one: a move that changes nothing is refused, never a silent
/// success and never a second entry. Shared by compatriots and enterprises.
/// </summary>
/// <remarks>The rule decides from the current district and the target. Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct MoveChangesTheDistrict : IBusinessRule
{
    /// <summary>The code for a compatriot's move.</summary>
    public const string CompatriotCode = "compatriot.move-changes-the-district";

    /// <summary>The code for an enterprise's move.</summary>
    public const string EnterpriseCode = "enterprise.move-changes-the-district";

    private readonly District current;
    private readonly District target;

    internal MoveChangesTheDistrict(string code, District current, District target) => (Code, this.current, this.target) = (code, current, target);

    /// <inheritdoc />
    public string Code { get; }

    /// <inheritdoc />
    public string Message => "A move must be to a different district from the current one.";

    /// <inheritdoc />
    public bool IsBroken() => current == target;
}
