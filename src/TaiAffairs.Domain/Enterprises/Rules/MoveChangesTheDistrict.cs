using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Enterprises.Rules;

/// <summary>Rule <c>enterprise.move-changes-the-district</c>: A move must be to a different district from the one the enterprise is in.</summary>
public sealed class MoveChangesTheDistrict : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "enterprise.move-changes-the-district";

    private readonly bool sameDistrict;

    internal MoveChangesTheDistrict(bool sameDistrict) => this.sameDistrict = sameDistrict;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A move must be to a different district from the one the enterprise is in.";

    /// <inheritdoc />
    public bool IsBroken() => sameDistrict;
}
