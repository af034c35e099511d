using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Subsidies;

/// <summary>
/// The programmes one award is made under, in the programmes' own order (whatever order they were listed in) (智能制造专项 + 国家高新技术企业认定奖励): the key by
/// which reports group subsidy money, so that an award under two programmes is counted once.
/// </summary>
/// <remarks>Equality is by the programmes in order. Immutable and thread-safe.</remarks>
public sealed class ProgrammeCombination : IEquatable<ProgrammeCombination>
{
    // One instance per set of programmes, made once and shared by every award under that set: an award allocates no
    // list of its own. Indexed by the set's bit mask (bit v for the programme of value v).
    private static readonly ProgrammeCombination?[] ByMask = new ProgrammeCombination?[1 << (MaxValue + 1)];

    private readonly int hash;

    private ProgrammeCombination(IReadOnlyList<SubsidyProgramme> programmes, int mask)
    {
        Programmes = programmes;
        Mask = mask;
        var code = default(HashCode);
        foreach (var programme in programmes)
        {
            code.Add(programme);
        }

        hash = code.ToHashCode();
    }

    /// <summary>Gets the set's bit mask (bit v for the programme of value v).</summary>
    internal int Mask { get; }

    private static int MaxValue => SubsidyProgramme.All.Max(p => p.Value);

    /// <summary>Gets the combination of a non-empty set of programmes by its bit mask, in the programmes' own order.</summary>
    internal static ProgrammeCombination OfMask(int mask) => Volatile.Read(ref ByMask[mask]) ?? Make(mask);

    // Apart from OfMask: the lambda's closure would otherwise be allocated on every call, the fast path's too.
    private static ProgrammeCombination Make(int mask)
    {
        var programmes = SubsidyProgramme.All.Where(p => (mask & (1 << p.Value)) != 0).OrderBy(p => p.Value).ToArray();
        var made = new ProgrammeCombination(Array.AsReadOnly(programmes), mask);
        return Interlocked.CompareExchange(ref ByMask[mask], made, null) ?? made;
    }

    /// <summary>Gets the programmes, in the programmes' own order (by each programme's <c>Value</c>).</summary>
    public IReadOnlyList<SubsidyProgramme> Programmes { get; }

    /// <inheritdoc />
    public bool Equals(ProgrammeCombination? other) => other is not null && Mask == other.Mask;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ProgrammeCombination);

    /// <inheritdoc />
    public override int GetHashCode() => hash;

    /// <summary>Returns the programme names joined with <c>+</c>, e.g. <c>SmartManufacturing+HighTechRecognitionReward</c>.</summary>
    /// <returns>The joined names.</returns>
    public override string ToString() => string.Join("+", Programmes.Select(p => p.Name));
}
