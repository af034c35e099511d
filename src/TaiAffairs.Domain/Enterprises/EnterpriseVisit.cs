using System.Diagnostics;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Enterprises;

/// <summary>
/// A visit to an enterprise (走访 / 入企服务): one person-time (户次) for the enterprise, by one or more units.
/// Recorded through <see cref="Enterprise.RecordVisit"/>.
/// </summary>
/// <remarks>A record: equality is by <see cref="Id"/> within its enterprise (the id is unique per enterprise). Immutable and thread-safe.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class EnterpriseVisit : IEquatable<EnterpriseVisit>
{
    internal EnterpriseVisit(Id<EnterpriseVisit> id, Id<Enterprise> enterprise, District district, LocalDate date, IReadOnlyList<Id<Department>> visitors, string purpose)
    {
        Id = id;
        Enterprise = enterprise;
        District = district;
        Date = date;
        Visitors = visitors;
        Purpose = purpose;
    }

    /// <summary>Gets the visit's id.</summary>
    public Id<EnterpriseVisit> Id { get; }

    /// <summary>Gets the enterprise visited.</summary>
    public Id<Enterprise> Enterprise { get; }

    /// <summary>Gets the enterprise's district on the visit's date.</summary>
    public District District { get; }

    /// <summary>Gets the date of the visit.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the visiting units (区委台办, 区市场局 ...).</summary>
    public IReadOnlyList<Id<Department>> Visitors { get; }

    /// <summary>Gets the purpose (调研, 政策宣讲, 安全生产提示 ...).</summary>
    public string Purpose { get; }

    /// <inheritdoc />
    public bool Equals(EnterpriseVisit? other) => other is not null && Id == other.Id && Enterprise == other.Enterprise;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EnterpriseVisit);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Enterprise);

    /// <summary>Returns the date and id.</summary>
    /// <returns>E.g. <c>走访 2021-10-03 (wuqing-v-01)</c>.</returns>
    public override string ToString() => $"走访 {Date:uuuu-MM-dd} ({Id})";
}
