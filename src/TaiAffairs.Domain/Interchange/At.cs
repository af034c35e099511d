namespace TaiAffairs.Domain.Interchange;

/// <summary>
/// Where a value sits in the document, kept as its parent's path and its field name and joined only when a problem
/// is recorded: reading a valid document makes no path string per field.
/// </summary>
/// <param name="Path">The parent's JSON path.</param>
/// <param name="Name">The field's name, or <see langword="null"/> when <paramref name="Path"/> is the value's own path.</param>
internal readonly record struct At(string Path, string? Name)
{
    public static implicit operator At(string path) => new(path, null);

    public override string ToString() => Name is null ? Path : Path + "." + Name;
}
