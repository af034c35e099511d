using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Enterprises.Rules;

/// <summary>Rule <c>enterprise.rectified-on-or-after-found</c>: A safety finding can be rectified only on or after the date it was found.</summary>
/// <remarks>Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct RectifiedOnOrAfterFound : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "enterprise.rectified-on-or-after-found";

    private readonly LocalDate foundOn;
    private readonly LocalDate rectifiedOn;

    internal RectifiedOnOrAfterFound(LocalDate foundOn, LocalDate rectifiedOn) => (this.foundOn, this.rectifiedOn) = (foundOn, rectifiedOn);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "A safety finding can be rectified only on or after the date it was found.";

    /// <inheritdoc />
    public bool IsBroken() => rectifiedOn < foundOn;
}
