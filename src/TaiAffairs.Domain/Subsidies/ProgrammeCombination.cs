using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Subsidies;

/// <summary>
/// The programmes one award is made under, in the programmes' own order (whatever order they were listed in) (智能制造专项 + 国家高新技术企业认定奖励): the key by
/// which reports group subsidy money, so that an award under two programmes is counted once.
/// </summary>
/// <remarks>Equality is by the programmes in order. Immutable and thread-safe.</remarks>
public sealed class ProgrammeCombination : IEquatable<ProgrammeCombination>
{
    private readonly int hash;

    internal ProgrammeCombination(IReadOnlyList<SubsidyProgramme> programmes)
    {
        Programmes = programmes;
        var code = default(HashCode);
        foreach (var programme in programmes)
        {
            code.Add(programme);
        }

        hash = code.ToHashCode();
    }

    /// <summary>Gets the programmes, in the programmes' own order (by each programme's <c>Value</c>).</summary>
    public IReadOnlyList<SubsidyProgramme> Programmes { get; }

    /// <inheritdoc />
    public bool Equals(ProgrammeCombination? other) => other is not null && hash == other.hash && Programmes.SequenceEqual(other.Programmes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ProgrammeCombination);

    /// <inheritdoc />
    public override int GetHashCode() => hash;

    /// <summary>Returns the programme names joined with <c>+</c>, e.g. <c>SmartManufacturing+HighTechRecognitionReward</c>.</summary>
    /// <returns>The joined names.</returns>
    public override string ToString() => string.Join("+", Programmes.Select(p => p.Name));
}
