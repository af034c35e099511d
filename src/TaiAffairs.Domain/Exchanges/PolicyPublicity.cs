using System.Diagnostics;
using Ardalis.GuardClauses;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Exchanges.Rules;

namespace TaiAffairs.Domain.Exchanges;

/// <summary>
/// Publicity of measures packages (宣讲): which packages, how many sessions, how many copies of material
/// distributed (制作涉台宣传材料500余份) and to whom, through which channels.
/// </summary>
/// <remarks>A record: equality is by <see cref="Id"/>. Immutable and thread-safe.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class PolicyPublicity : IEquatable<PolicyPublicity>
{
    private PolicyPublicity(Id<PolicyPublicity> id, District district, LocalDate date, IReadOnlyList<PolicyPackage> packages, ReportedQuantity? sessions, ReportedQuantity? materials, IReadOnlyList<string> recipients, IReadOnlyList<string> channels)
    {
        Id = id;
        District = district;
        Date = date;
        Packages = packages;
        Sessions = sessions;
        Materials = materials;
        Recipients = recipients;
        Channels = channels;
    }

    /// <summary>Gets the record's id.</summary>
    public Id<PolicyPublicity> Id { get; }

    /// <summary>Gets the district that did it.</summary>
    public District District { get; }

    /// <summary>Gets the date (or the end of the span reported).</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the packages publicised.</summary>
    public IReadOnlyList<PolicyPackage> Packages { get; }

    /// <summary>Gets the publicity sessions (宣讲 场次), if stated.</summary>
    public ReportedQuantity? Sessions { get; }

    /// <summary>Gets the copies of material distributed (份), if stated.</summary>
    public ReportedQuantity? Materials { get; }

    /// <summary>Gets to whom the materials went (成员单位, 天津宝坻开发区, 24个街镇).</summary>
    public IReadOnlyList<string> Recipients { get; }

    /// <summary>Gets the channels used (微信公众号, 微信工作群).</summary>
    public IReadOnlyList<string> Channels { get; }

    /// <summary>Records policy publicity.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="district">The district.</param>
    /// <param name="date">The date.</param>
    /// <param name="packages">At least one package.</param>
    /// <param name="sessions">Sessions held, in 场次 or 次, if stated.</param>
    /// <param name="materials">Copies distributed, in 份, if stated.</param>
    /// <param name="recipients">Recipients of the materials.</param>
    /// <param name="channels">Channels used.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentException">A required argument is missing or default.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="PublicityNamesAPackage"/> or <see cref="MaterialsCountedInCopies"/> is broken.</exception>
    public static PolicyPublicity Record(
        Id<PolicyPublicity> id,
        District district,
        LocalDate date,
        IEnumerable<PolicyPackage> packages,
        ReportedQuantity? sessions = null,
        ReportedQuantity? materials = null,
        IEnumerable<string>? recipients = null,
        IEnumerable<string>? channels = null)
    {
        Guard.Against.Expression(i => i.IsDefault, id, "Publicity needs an id.");
        Guard.Against.Null(district, message: "Publicity is done by a district.");
        Guard.Against.Null(packages, message: "Publicity names its packages.");
        var packageList = packages.Distinct().ToArray();
        BusinessRule.Check(new PublicityNamesAPackage(packageList));
        BusinessRule.Check(new MaterialsCountedInCopies(materials, sessions));
        return new PolicyPublicity(
            id, district, date, Array.AsReadOnly(packageList.OrderBy(p => p!.Value).ToArray()), sessions, materials,
            Array.AsReadOnly(CanonicalOrder.Texts((recipients ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()))),
            Array.AsReadOnly(CanonicalOrder.Texts((channels ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()))));
    }

    /// <inheritdoc />
    public bool Equals(PolicyPublicity? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PolicyPublicity);

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Returns the packages, materials and id.</summary>
    /// <returns>E.g. <c>政策宣讲 52条措施、46条措施 500余份 (baodi-pp-01)</c>.</returns>
    public override string ToString() => $"政策宣讲 {string.Join("、", Packages.Select(p => p.ChineseName))} {Materials} ({Id})";
}
