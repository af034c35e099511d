using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Enterprises.Rules;

/// <summary>Rule <c>enterprise.one-designation-per-kind-and-year</c>: An enterprise holds at most one designation or honour of each kind per year.</summary>
/// <remarks>The rule is built with the facts it judges and decides from them alone; immutable.</remarks>
public readonly struct OneDesignationPerKindAndYear : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "enterprise.one-designation-per-kind-and-year";

    private readonly IEnumerable<Designation> held;
    private readonly DesignationKind kind;
    private readonly int year;

    internal OneDesignationPerKindAndYear(IEnumerable<Designation> held, DesignationKind kind, int year) => (this.held, this.kind, this.year) = (held, kind, year);

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "An enterprise holds at most one designation or honour of each kind per year.";

    /// <inheritdoc />
    public bool IsBroken()
    {
        foreach (var designation in held)
        {
            if (designation.Kind == kind && designation.Year == year)
            {
                return true;
            }
        }

        return false;
    }
}
