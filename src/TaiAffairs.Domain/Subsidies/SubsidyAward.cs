using System.Diagnostics;
using Ardalis.GuardClauses;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Common.Rules;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Subsidies.Rules;

namespace TaiAffairs.Domain.Subsidies;

/// <summary>
/// Money awarded to a Taiwan-funded enterprise under one or more programmes, at a funding level, on a date
/// (林德英利 获得市、区级财政支持资金300万). An award under two programmes at once (英利模具's 157.5万元 for
/// 智能制造专项 and 国家高新技术企业认定奖励) is one award naming both.
/// </summary>
/// <remarks>A record: equality is by <see cref="Id"/>. Immutable and thread-safe.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class SubsidyAward : IEquatable<SubsidyAward>
{
    // Made on the first payment: an award without payments allocates nothing but itself.
    private List<Disbursement>? disbursements;

    private SubsidyAward(Id<SubsidyAward> id, Id<Enterprise> recipient, District district, ProgrammeCombination combination, FundingLevel level, Money amount, LocalDate awardedOn, string? projectTitle, FundingSplit? split)
    {
        Id = id;
        Recipient = recipient;
        District = district;
        Programmes = combination.Programmes;
        Combination = combination;
        Level = level;
        Amount = amount;
        AwardedOn = awardedOn;
        ProjectTitle = projectTitle;
        Split = split;
    }

    /// <summary>Gets the award's id.</summary>
    public Id<SubsidyAward> Id { get; }

    /// <summary>Gets the enterprise awarded.</summary>
    public Id<Enterprise> Recipient { get; }

    /// <summary>Gets the awarding district (the recipient's district on the award date).</summary>
    public District District { get; }

    /// <summary>Gets the programmes the award is under, in the programmes' own order: listing them in another order changes nothing.</summary>
    public IReadOnlyList<SubsidyProgramme> Programmes { get; }

    /// <summary>Gets the programmes as one combination, in the award's order: the key reports group money by.</summary>
    public ProgrammeCombination Combination { get; }

    /// <summary>Gets who funds it.</summary>
    public FundingLevel Level { get; }

    /// <summary>Gets the amount, positive.</summary>
    public Money Amount { get; }

    /// <summary>Gets the date it was awarded.</summary>
    public LocalDate AwardedOn { get; }

    /// <summary>Gets the year it counts for.</summary>
    public int Year => AwardedOn.Year;

    /// <summary>Gets the project title, if any (轻量化高安全汽车零部件研究开发).</summary>
    public string? ProjectTitle { get; }

    /// <summary>Gets the split between city and district, for a combined award that states it.</summary>
    public FundingSplit? Split { get; }

    /// <summary>Grants an award to an enterprise.</summary>
    /// <param name="id">The award's id.</param>
    /// <param name="recipient">The enterprise; it must be in <paramref name="awardingDistrict"/> on <paramref name="awardedOn"/>.</param>
    /// <param name="awardingDistrict">The district awarding it.</param>
    /// <param name="programmes">One or more programmes, each once.</param>
    /// <param name="level">Who funds it.</param>
    /// <param name="amount">The amount, positive.</param>
    /// <param name="awardedOn">The date.</param>
    /// <param name="projectTitle">The project title, if any.</param>
    /// <param name="split">The city and district parts of a combined award, summing to <paramref name="amount"/>.</param>
    /// <returns>The award.</returns>
    /// <exception cref="ArgumentException">A required argument is missing or default.</exception>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="AmountIsPositive"/>, <see cref="ProgrammesListedOnce"/>, <see cref="RecipientOfTheAwardingDistrict"/> or
    /// <see cref="SplitSumsToTheWhole"/> is broken.</exception>
    public static SubsidyAward Grant(
        Id<SubsidyAward> id,
        Enterprise recipient,
        District awardingDistrict,
        IEnumerable<SubsidyProgramme> programmes,
        FundingLevel level,
        Money amount,
        LocalDate awardedOn,
        string? projectTitle = null,
        FundingSplit? split = null)
    {
        Guard.Against.Expression(i => i.IsDefault, id, "An award needs an id.");
        Guard.Against.Null(recipient, message: "An award needs a recipient enterprise.");
        Guard.Against.Null(awardingDistrict, message: "An award needs an awarding district.");
        Guard.Against.Null(programmes, message: "An award names its programmes.");
        Guard.Against.Null(level, message: "An award needs a funding level.");
        // A set of programmes, read into a bit mask: the order they were listed in changes nothing, and the award
        // shares the set's one list (ProgrammeCombination) instead of copying it. Nothing is allocated but the award.
        var (mask, listed) = MaskOf(programmes);
        BusinessRule.Check(new AmountIsPositive(AmountIsPositive.SubsidyCode, amount));
        BusinessRule.Check(new ProgrammesListedOnce(mask, listed));
        BusinessRule.Check(new RecipientOfTheAwardingDistrict(recipient, awardingDistrict, awardedOn));
        BusinessRule.Check(new SplitSumsToTheWhole(level, split, amount));
        return new SubsidyAward(
            id, recipient.Id, awardingDistrict, ProgrammeCombination.OfMask(mask), level, amount, awardedOn, string.IsNullOrWhiteSpace(projectTitle) ? null : projectTitle.Trim(), split);
    }

    /// <summary>Gets the application (申请): the amount applied for and when, when recorded; <see langword="null"/> otherwise.</summary>
    public AwardApplication? Application { get; private set; }

    /// <summary>Gets the payments made (拨付), in date order; the award itself is the approval (<see cref="Amount"/>, <see cref="AwardedOn"/>, <see cref="Split"/>).</summary>
    public IReadOnlyList<Disbursement> Disbursements => disbursements is null ? [] : disbursements.AsReadOnly();

    /// <summary>Gets the amount disbursed so far: the sum of <see cref="Disbursements"/>, never above <see cref="Amount"/>.</summary>
    public Money Disbursed { get; private set; }

    /// <summary>Gets the amount disbursed on or before a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The amount.</returns>
    public Money DisbursedBy(LocalDate date)
    {
        var sum = Money.Zero;
        if (disbursements is null)
        {
            return sum;
        }

        foreach (var payment in disbursements)
        {
            if (payment.On <= date)
            {
                sum += payment.Amount;
            }
        }

        return sum;
    }

    /// <summary>Records the application the award answers (申请): the amount applied for and the date, on or before the approval.</summary>
    /// <param name="amount">The amount applied for; positive (it may differ from the amount approved).</param>
    /// <param name="appliedOn">The date of the application.</param>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="AmountIsPositive"/> or <see cref="AppliedBeforeApproval"/> is broken; the award is unchanged.</exception>
    public void RecordApplication(Money amount, LocalDate appliedOn)
    {
        BusinessRule.Check(new AmountIsPositive(AmountIsPositive.SubsidyCode, amount));
        BusinessRule.Check(new AppliedBeforeApproval(appliedOn, AwardedOn));
        Application = new AwardApplication(amount, appliedOn);
    }

    /// <summary>Records a payment of the award (拨付): on or after the approval, in date order, the total never above the amount approved.</summary>
    /// <param name="on">The date of the payment.</param>
    /// <param name="amount">The amount paid; positive.</param>
    /// <returns>The disbursement.</returns>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="AmountIsPositive"/>, <see cref="DisbursedAfterApproval"/> or <see cref="DisbursedWithinApproved"/> is broken; the award is unchanged.</exception>
    public Disbursement RecordDisbursement(LocalDate on, Money amount)
    {
        BusinessRule.Check(new AmountIsPositive(AmountIsPositive.SubsidyCode, amount));
        BusinessRule.Check(new DisbursedAfterApproval(on, disbursements is null ? AwardedOn : disbursements[^1].On));
        BusinessRule.Check(new DisbursedWithinApproved(Disbursed, amount, Amount));
        var payment = new Disbursement(on, amount);
        (disbursements ??= []).Add(payment);
        Disbursed += amount;
        return payment;
    }

    /// <summary>The set's bit mask (a null adds no bit) and how many programmes were listed.</summary>
    private static (int Mask, int Listed) MaskOf(IEnumerable<SubsidyProgramme> programmes)
    {
        var mask = 0;
        var listed = 0;
        if (programmes is SubsidyProgramme?[] array)
        {
            foreach (var programme in array)
            {
                Add(programme);
            }
        }
        else if (programmes is IReadOnlyList<SubsidyProgramme?> list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                Add(list[i]);
            }
        }
        else
        {
            foreach (var programme in programmes)
            {
                Add(programme);
            }
        }

        return (mask, listed);

        void Add(SubsidyProgramme? programme)
        {
            listed++;
            mask |= programme is null ? 0 : 1 << programme.Value;
        }
    }

    /// <summary>Gets whether the award is under a programme.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>Whether it names it.</returns>
    public bool IsUnder(SubsidyProgramme programme) => Programmes.Contains(programme);

    /// <inheritdoc />
    public bool Equals(SubsidyAward? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SubsidyAward);

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Returns the amount, level and id.</summary>
    /// <returns>E.g. <c>157.5万元 市、区级 (baodi-award-04)</c>.</returns>
    public override string ToString() => $"{Amount.ToString("W", null)} {Level.ChineseName} ({Id})";
}
