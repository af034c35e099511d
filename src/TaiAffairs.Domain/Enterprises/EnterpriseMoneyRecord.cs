using System.Diagnostics;
using NodaTime;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Enterprises;

/// <summary>
/// Money an enterprise gave (捐款 15万元) or invested (投资 700万), dated, with its cause or purpose.
/// Recorded through <see cref="Enterprise.RecordDonation"/> or <see cref="Enterprise.RecordInvestment"/>.
/// </summary>
/// <remarks>A record: equality is by <see cref="Id"/> within its enterprise (the id is unique per enterprise). Immutable and thread-safe.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class EnterpriseMoneyRecord : IEquatable<EnterpriseMoneyRecord>
{
    internal EnterpriseMoneyRecord(Id<EnterpriseMoneyRecord> id, Id<Enterprise> enterprise, District district, MoneyRecordKind kind, LocalDate date, Money amount, string purpose)
    {
        Id = id;
        Enterprise = enterprise;
        District = district;
        Kind = kind;
        Date = date;
        Amount = amount;
        Purpose = purpose;
    }

    /// <summary>Gets the record's id.</summary>
    public Id<EnterpriseMoneyRecord> Id { get; }

    /// <summary>Gets the enterprise.</summary>
    public Id<Enterprise> Enterprise { get; }

    /// <summary>Gets the enterprise's district on the date.</summary>
    public District District { get; }

    /// <summary>Gets whether this is a donation or an investment.</summary>
    public MoneyRecordKind Kind { get; }

    /// <summary>Gets the date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the amount, always positive.</summary>
    public Money Amount { get; }

    /// <summary>Gets the cause (for a donation) or the purpose (for an investment).</summary>
    public string Purpose { get; }

    /// <inheritdoc />
    public bool Equals(EnterpriseMoneyRecord? other) => other is not null && Id == other.Id && Enterprise == other.Enterprise;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EnterpriseMoneyRecord);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Enterprise);

    /// <summary>Returns the kind, date, amount and id.</summary>
    /// <returns>E.g. <c>投资 2021-06-01 700万元 (wuqing-inv-01)</c>.</returns>
    public override string ToString() =>
        $"{(Kind == MoneyRecordKind.Donation ? "捐款" : "投资")} {Date:uuuu-MM-dd} {Amount.ToString("W", null)} ({Id})";
}
