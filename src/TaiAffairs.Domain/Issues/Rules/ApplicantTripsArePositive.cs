using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Issues.Rules;

/// <summary>Rule <c>issue.applicant-trips-are-positive</c>: The number of trips an applicant made must be at least one.</summary>
/// <remarks>Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct ApplicantTripsArePositive : IBusinessRule
{
    /// <summary>The rule's stable code.</summary>
    public const string RuleCode = "issue.applicant-trips-are-positive";

    private readonly int trips;

    internal ApplicantTripsArePositive(int trips) => this.trips = trips;

    /// <inheritdoc />
    public string Code => RuleCode;

    /// <inheritdoc />
    public string Message => "The number of trips an applicant made must be at least one.";

    /// <inheritdoc />
    public bool IsBroken() => trips < 1;
}
