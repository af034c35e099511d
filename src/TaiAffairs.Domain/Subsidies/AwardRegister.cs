using Ardalis.GuardClauses;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Subsidies.Rules;

namespace TaiAffairs.Domain.Subsidies;

/// <summary>
/// The awards of one district in one year. It refuses an award of another district or year, a repeated id,
/// and a second award to the same enterprise under a programme that allows one a year.
/// </summary>
/// <remarks>Equality is by reference. Not thread-safe for writes.</remarks>
public sealed class AwardRegister
{
    private readonly List<SubsidyAward> awards = [];
    private readonly HashSet<Id<SubsidyAward>> ids = [];
    private readonly HashSet<(Id<Enterprise> Recipient, SubsidyProgramme Programme)> awarded = [];

    /// <summary>Creates an empty register.</summary>
    /// <param name="district">The district.</param>
    /// <param name="year">The year, 1900-9999.</param>
    /// <exception cref="ArgumentException">The district is missing or the year out of range.</exception>
    public AwardRegister(District district, int year)
    {
        Guard.Against.Null(district, message: "A register belongs to a district.");
        Guard.Against.OutOfRange(year, nameof(year), 1900, 9999, "A register's year is 1900 to 9999.");
        District = district;
        Year = year;
    }

    /// <summary>Gets the register's district.</summary>
    public District District { get; }

    /// <summary>Gets the register's year.</summary>
    public int Year { get; }

    /// <summary>Gets the awards, in the order added.</summary>
    public IReadOnlyList<SubsidyAward> Awards => awards.AsReadOnly();

    /// <summary>Gets the total of all awards, exact.</summary>
    public Money Total => Money.Sum(awards.Select(a => a.Amount));

    /// <summary>Adds an award.</summary>
    /// <param name="award">The award.</param>
    /// <exception cref="ArgumentNullException"><paramref name="award"/> is <see langword="null"/>.</exception>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="AwardBelongsToTheRegister"/>, <see cref="AwardIdsAreUnique"/> or <see cref="OneAwardPerProgrammeAndYear"/> is broken.</exception>
    public void Add(SubsidyAward award)
    {
        Guard.Against.Null(award, message: "An award is required.");
        BusinessRule.Check(new AwardBelongsToTheRegister(award, District, Year));
        BusinessRule.Check(new AwardIdsAreUnique(ids, award.Id));
        BusinessRule.Check(new OneAwardPerProgrammeAndYear(award, (recipient, programme, _) => awarded.Contains((recipient, programme))));

        ids.Add(award.Id);
        foreach (var programme in award.Programmes)
        {
            awarded.Add((award.Recipient, programme));
        }

        awards.Add(award);
    }

    /// <summary>Gets the total of the awards to one enterprise.</summary>
    /// <param name="enterprise">The enterprise.</param>
    /// <returns>The total, exact.</returns>
    public Money TotalFor(Id<Enterprise> enterprise) => Money.Sum(awards.Where(a => a.Recipient == enterprise).Select(a => a.Amount));

    /// <summary>Gets the total of the awards at a funding level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The total, exact.</returns>
    public Money TotalAt(FundingLevel level) => Money.Sum(awards.Where(a => a.Level == level).Select(a => a.Amount));
}
