using System.Globalization;

namespace TaiAffairs.Domain.Common;

/// <summary>
/// An area below a county-level district: a township-level area (街道, 镇, 乡 and the like) from the embedded division
/// data, or a community or village (社区, 村) that a host supplies under one of them. Departments, enterprises, people and
/// mechanisms point to an area by its <see cref="Code"/>.
/// </summary>
/// <remarks>
/// <para>Township-level codes are the nine-digit statistical codes (宝坻区海滨街道: 120115001); a community's or village's is
/// the twelve-digit code that starts with its township's (120115001001), as the statistical codes give them.</para>
/// <para>Equality is by code. Immutable and thread-safe.</para>
/// </remarks>
public sealed class Area : IEquatable<Area>
{
    private Area(long code, string name, AreaKind kind, District district, Area? parent)
    {
        Code = code;
        Name = name;
        Kind = kind;
        District = district;
        Parent = parent;
    }

    /// <summary>Gets the statistical code: nine digits for a township-level area, twelve for a community or village.</summary>
    public long Code { get; }

    /// <summary>Gets the name (海滨街道, 大口屯镇, 某某社区).</summary>
    public string Name { get; }

    /// <summary>Gets what kind of area it is.</summary>
    public AreaKind Kind { get; }

    /// <summary>Gets the county-level district it lies in.</summary>
    public District District { get; }

    /// <summary>Gets the township-level area a community or village lies in; <see langword="null"/> for a township-level area.</summary>
    public Area? Parent { get; }

    /// <summary>Gets whether it is a subdistrict or a town (街镇, as a review counts them: 宝坻's "24个街镇").</summary>
    public bool IsSubdistrictOrTown => Kind is AreaKind.Subdistrict or AreaKind.Town;

    /// <summary>Finds a township-level area by its nine-digit code.</summary>
    /// <param name="code">The code (120115001).</param>
    /// <param name="area">The area, when the code is one.</param>
    /// <returns>Whether the code names a township-level area of the embedded data.</returns>
    public static bool TryFromCode(long code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Area? area)
    {
        area = null;
        if (code is < 110_000_000 or > 999_999_999 || !District.TryFromCode((int)(code / 1000), out var district))
        {
            return false;
        }

        foreach (var candidate in district.Areas)
        {
            if (candidate.Code == code)
            {
                area = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds a township-level area by its nine-digit code.</summary>
    /// <param name="code">The code (120115001).</param>
    /// <returns>The area.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The code names no township-level area of the embedded data.</exception>
    public static Area FromCode(long code) =>
        TryFromCode(code, out var area)
            ? area
            : throw new ArgumentOutOfRangeException(nameof(code), code, "Not a township-level area code of the 2023 statistical division codes (nine digits, the first six a county-level district's).");

    /// <summary>Creates a community or village (社区, 村) under this township-level area, as a host supplies them.</summary>
    /// <param name="code">The twelve-digit code, starting with this area's nine.</param>
    /// <param name="name">The name.</param>
    /// <param name="kind"><see cref="AreaKind.Community"/> or <see cref="AreaKind.Village"/>.</param>
    /// <returns>The area, whose <see cref="Parent"/> is this one.</returns>
    /// <exception cref="InvalidOperationException">This area is itself a community or village.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The code does not extend this area's, or the kind is not a community or village.</exception>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public Area Below(long code, string name, AreaKind kind)
    {
        if (Parent is not null)
        {
            throw new InvalidOperationException("Communities and villages lie under a township-level area, not under another community or village.");
        }

        if (code / 1000 != Code)
        {
            throw new ArgumentOutOfRangeException(nameof(code), code, string.Create(CultureInfo.InvariantCulture, $"A community's or village's code is twelve digits starting with its township's ({Code}xxx)."));
        }

        if (kind is not (AreaKind.Community or AreaKind.Village))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "An area below a township is a community or a village.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new Area(code, name.Trim(), kind, District, this);
    }

    /// <inheritdoc />
    public bool Equals(Area? other) => other is not null && Code == other.Code;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Area);

    /// <inheritdoc />
    public override int GetHashCode() => Code.GetHashCode();

    /// <summary>Returns the district's, the parent's and the area's names and the code.</summary>
    /// <returns>E.g. <c>宝坻区海滨街道 (120115001)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{District.ChineseName}{Parent?.Name}{Name} ({Code})");

    internal static Area TownshipLevel(long code, string name, AreaKind kind, District district) => new(code, name, kind, district, null);
}
