using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Subsidies;

/// <summary>The application an award answers (申请): the amount applied for and the date.</summary>
/// <remarks>Recorded by <see cref="SubsidyAward.RecordApplication"/>; immutable. The award itself is the approval.</remarks>
public sealed record AwardApplication
{
    internal AwardApplication(Money amount, LocalDate appliedOn)
    {
        Amount = amount;
        AppliedOn = appliedOn;
    }

    /// <summary>Gets the amount applied for.</summary>
    public Money Amount { get; }

    /// <summary>Gets the date of the application.</summary>
    public LocalDate AppliedOn { get; }
}

/// <summary>One payment of an award (拨付): its date and amount. IATI and 360Giving keep commitments and disbursements apart; so does the package.</summary>
/// <remarks>Recorded by <see cref="SubsidyAward.RecordDisbursement"/>; immutable.</remarks>
public sealed record Disbursement
{
    internal Disbursement(LocalDate on, Money amount)
    {
        On = on;
        Amount = amount;
    }

    /// <summary>Gets the date of the payment.</summary>
    public LocalDate On { get; }

    /// <summary>Gets the amount paid.</summary>
    public Money Amount { get; }
}
