using System.Diagnostics;
using Ardalis.GuardClauses;
using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.LeadingGroups;

/// <summary>
/// A government or partner unit (成员单位 / 部门): 区人社局, 区金融局, 消防支队, 中国银行天津分行南开支行 ...
/// It belongs to a district, or to the city when <see cref="District"/> is <see langword="null"/>.
/// </summary>
/// <remarks>An entity: equality is by <see cref="Id"/>. Immutable and thread-safe.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class Department : IEquatable<Department>
{
    /// <summary>The longest name allowed.</summary>
    public const int MaxNameLength = 100;

    private Department(Id<Department> id, string name, DepartmentKind kind, District? district, Area? area)
    {
        Id = id;
        Name = name;
        Kind = kind;
        District = district;
        Area = area;
    }

    /// <summary>Gets the area the unit is (a 街道 office, a 镇 government, a 社区 party committee), or <see langword="null"/>.</summary>
    public Area? Area { get; }

    /// <summary>Gets the unit's id.</summary>
    public Id<Department> Id { get; }

    /// <summary>Gets the unit's name, e.g. <c>区人社局</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the kind of unit.</summary>
    public DepartmentKind Kind { get; }

    /// <summary>Gets the district the unit belongs to, or <see langword="null"/> for a city-level unit (市委台办).</summary>
    public District? District { get; }

    /// <summary>Gets whether the unit is city-level.</summary>
    public bool IsCityLevel => District is null;

    /// <summary>Creates a unit.</summary>
    /// <param name="id">The unit's id.</param>
    /// <param name="name">The name, 1-100 characters.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="district">The district, or <see langword="null"/> for the city.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is default, or <paramref name="name"/> is blank or too long.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="kind"/> is <see langword="null"/>.</exception>
    public static Department Create(Id<Department> id, string name, DepartmentKind kind, District? district)
    {
        Guard.Against.Expression(i => i.IsDefault, id, "A department needs an id.");
        Guard.Against.NullOrWhiteSpace(name, message: "A department needs a name.");
        Guard.Against.Null(kind, message: "A department needs a kind.");
        Guard.Against.OutOfRange(name.Trim().Length, nameof(name), 1, MaxNameLength, "A department name has at most 100 characters.");
        return new Department(id, name.Trim(), kind, district, null);
    }

    /// <summary>Creates a unit of a district that is in one of its areas (a 街道 office, a 镇 government, a 社区).</summary>
    /// <param name="id">The unit's id.</param>
    /// <param name="name">The name, 1-100 characters.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="area">The area; the unit's district is the area's.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is default, or <paramref name="name"/> is blank or too long.</exception>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static Department CreateIn(Id<Department> id, string name, DepartmentKind kind, Area area)
    {
        Guard.Against.Null(area, message: "An area is required.");
        var unit = Create(id, name, kind, area.District);
        return new Department(unit.Id, unit.Name, unit.Kind, unit.District, area);
    }

    /// <inheritdoc />
    public bool Equals(Department? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Department);

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Returns the unit's name and id.</summary>
    /// <returns>E.g. <c>区人社局 (beichen-rsj)</c>.</returns>
    public override string ToString() => $"{Name} ({Id})";
}
