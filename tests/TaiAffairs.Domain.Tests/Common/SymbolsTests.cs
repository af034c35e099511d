using System.Reflection.Metadata;

namespace TaiAffairs.Domain.Tests.Common;

/// <summary>Issue 15: the package's symbols carry its sources, so a user can step into them with no repository URL.</summary>
public class SymbolsTests
{
    private static readonly Guid EmbeddedSource = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    [Fact]
    public void EverySourceFile_IsEmbeddedInTheSymbols()
    {
        var pdb = Path.ChangeExtension(typeof(Money).Assembly.Location, ".pdb");
        using var stream = File.OpenRead(pdb);
        using var provider = MetadataReaderProvider.FromPortablePdbStream(stream);
        var reader = provider.GetMetadataReader();

        var sources = reader.Documents
            .Where(h => reader.GetString(reader.GetDocument(h).Name).EndsWith(".cs", StringComparison.Ordinal))
            .ToArray();
        var embedded = sources
            .Where(h => reader.GetCustomDebugInformation(h).Any(c => reader.GetGuid(reader.GetCustomDebugInformation(c).Kind) == EmbeddedSource))
            .Select(h => Path.GetFileName(reader.GetString(reader.GetDocument(h).Name)))
            .ToArray();

        Assert.True(sources.Length > 100, "the symbols name the package's source files");
        Assert.Equal(sources.Length, embedded.Length);
        Assert.Contains("Money.cs", embedded);
    }
}
