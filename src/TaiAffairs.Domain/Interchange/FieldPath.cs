using System.Globalization;

namespace TaiAffairs.Domain.Interchange;

/// <summary>
/// Where a value sits in the document, kept as its parent's path, its field name and its index in an array, and
/// joined only when a problem is recorded or a nested object needs its own path: reading a valid document makes no
/// path string per field or per list item.
/// </summary>
/// <param name="Path">The parent's JSON path.</param>
/// <param name="Name">The field's name, or <see langword="null"/> when <paramref name="Path"/> is the value's own path.</param>
/// <param name="Index">The index in the array at <paramref name="Path"/> of the item (or of the item whose field is <paramref name="Name"/>), or -1.</param>
internal readonly record struct FieldPath(string Path, string? Name, int Index = -1)
{
    public static implicit operator FieldPath(string path) => new(path, null);

    /// <summary>Joins the path (where a string path is needed: a nested object's own path).</summary>
    public static implicit operator string(FieldPath path) => path.ToString();

    /// <summary>The path of a field of the value at this path; joined now only when this path already names a field.</summary>
    /// <param name="name">The field's name.</param>
    /// <returns>The field's path.</returns>
    public FieldPath Child(string name) => Name is null ? new(Path, name, Index) : new(ToString(), name);

    public override string ToString() =>
        Index >= 0 ? string.Create(CultureInfo.InvariantCulture, $"{Path}[{Index}]{(Name is null ? string.Empty : ".")}{Name}")
        : Name is null ? Path
        : Path + "." + Name;
}
