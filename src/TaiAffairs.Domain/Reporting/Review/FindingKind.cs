using Ardalis.SmartEnum;

namespace TaiAffairs.Domain.Reporting;

/// <summary>
/// The kinds of finding a review reports about its figures, each with a stable code. A consistent figure is
/// never a finding: a finding is something a reader must act on.
/// </summary>
/// <remarks>Equality by identity. <see cref="All"/> is in declaration order. Immutable and thread-safe.</remarks>
public sealed class FindingKind : SmartEnum<FindingKind>
{
    /// <summary>More items are recorded one by one than the declared figure's upper bound admits (law 7).</summary>
    public static readonly FindingKind RecordedAboveDeclared = new(nameof(RecordedAboveDeclared), 1, "figure.recorded-above-declared");

    /// <summary>A distinct-subject figure (家, 名) is above the person-times figure of the same records (户次, 次) (law 5).</summary>
    public static readonly FindingKind DistinctAboveTotal = new(nameof(DistinctAboveTotal), 2, "figure.distinct-above-total");

    /// <summary>A part (a sub-figure or a qualified statement) is above its whole.</summary>
    public static readonly FindingKind PartAboveWhole = new(nameof(PartAboveWhole), 3, "figure.part-above-whole");

    /// <summary>A district states two totals of one figure; neither can be combined.</summary>
    public static readonly FindingKind ConflictingStatements = new(nameof(ConflictingStatements), 4, "figure.conflicting-statements");

    /// <summary>A city figure lacks a district's value that could not be combined; the figure says it is incomplete.</summary>
    public static readonly FindingKind IncompleteRollUp = new(nameof(IncompleteRollUp), 5, "figure.incomplete-roll-up");

    /// <summary>The outline states a figure the review has no source for (no declaration, no records): it is not printed.</summary>
    public static readonly FindingKind OutlineFigureWithoutSource = new(nameof(OutlineFigureWithoutSource), 6, "outline.figure-without-source");

    /// <summary>The outline tells a case the review was not given: it is not printed.</summary>
    public static readonly FindingKind OutlineCaseNotTold = new(nameof(OutlineCaseNotTold), 7, "outline.case-not-told");

    /// <summary>The outline prints an award that is not among the district's awards of the year: it is not printed.</summary>
    public static readonly FindingKind OutlineAwardNotOnRecord = new(nameof(OutlineAwardNotOnRecord), 8, "outline.award-not-on-record");

    /// <summary>A count a district states of its own areas (街镇) disagrees with the embedded division data (issue 14).</summary>
    public static readonly FindingKind DisagreesWithDivisionData = new(nameof(DisagreesWithDivisionData), 9, "figure.disagrees-with-division-data");

    private static readonly FindingKind[] Declared = [RecordedAboveDeclared, DistinctAboveTotal, PartAboveWhole, ConflictingStatements, IncompleteRollUp, DisagreesWithDivisionData];

    private FindingKind(string name, int value, string code)
        : base(name, value) => Code = code;

    /// <summary>Gets every kind in declaration order.</summary>
    public static IReadOnlyList<FindingKind> All { get; } = Array.AsReadOnly(Declared);

    /// <summary>Gets the stable code, e.g. <c>figure.part-above-whole</c>.</summary>
    public string Code { get; }
}
