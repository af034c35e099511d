namespace TaiAffairs.Domain.Tests;

/// <summary>The repository the tests run in: for tests that compare a checked-in page with what the code generates.</summary>
internal static class Repository
{
    private static readonly Lazy<string> FoundRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TaiAffairs.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (TaiAffairs.Domain.sln) was not found above the test's directory.");
    });

    /// <summary>Gets the repository's root folder (the one holding TaiAffairs.Domain.sln).</summary>
    public static string Root => FoundRoot.Value;
}
