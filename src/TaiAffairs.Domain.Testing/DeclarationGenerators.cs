using FsCheck;
using FsCheck.Fluent;
using TaiAffairs.Domain.Reporting;

namespace TaiAffairs.Domain.Testing;

/// <summary>A generated declaration: a district's statement of a count figure, a total or a qualified part.</summary>
public sealed record GeneratedDeclaration(District District, FigureKey Key, long Basis, bool Over, int UnitIndex, string? Qualifier)
{
    /// <summary>Gets the quantity, in one of the units of the figure's measure.</summary>
    public ReportedQuantity Quantity
    {
        get
        {
            var unit = Key.Measure.Units[UnitIndex % Key.Measure.Units.Count];
            return Over ? ReportedQuantity.Over(Basis, unit) : ReportedQuantity.Exact(Basis, unit);
        }
    }

    /// <summary>Builds the declaration through the public factory.</summary>
    public DeclaredFigure ToDeclaration() => DeclaredFigure.Count(District, Key, Quantity, qualifier: Qualifier);

    /// <summary>Describes the declaration (district, figure, quantity, qualifier): generated values only, no personal data.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{District.Code} {Key.Name} {Quantity}{(Qualifier is null ? string.Empty : " (" + Qualifier + ")")}";
}

/// <summary>Generators of declarations: units of one measure, totals and sub-figures, sometimes two totals of one figure.</summary>
public static class DeclarationGenerators
{
    private static readonly FigureKey[] Keys = FigureKey.All.Where(k => !k.IsMoney && k.Measure != Measure.Unspecified).ToArray();

    private static readonly long[] Bases = [1, 2, 3, 4, 5, 8, 10, 20, 30, 50, 100];

    /// <summary>Gets one declaration: a district, a count figure, a quantity in one of the figure's units, sometimes 余 or a qualified part.</summary>
    public static Gen<GeneratedDeclaration> Declaration { get; } =
        from district in Gen.Elements(RecordGenerators.Districts)
        from key in Gen.Elements(Keys)
        from basis in Gen.Elements(Bases)
        from over in Gen.Elements(false, false, true)
        from unit in Gen.Choose(0, 2)
        from qualified in Gen.Elements(false, false, false, true)
        select new GeneratedDeclaration(district, key, basis, over && basis >= 10 && basis % 10 == 0, unit, qualified ? "其中" + (basis % 2 == 0 ? "甲" : "乙") : null);

    /// <summary>Sets of up to 24 declarations, shrunk by <see cref="Shrink"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GeneratedDeclaration[]> DeclarationSets() =>
        Arb.From(Gen.Sized(size => Gen.ArrayOf(Declaration, Math.Min(size, 24))), Shrink);

    /// <summary>Drops declarations, then makes each simpler: a smaller basis, exact instead of 余, a total instead of a part.</summary>
    public static IEnumerable<GeneratedDeclaration[]> Shrink(GeneratedDeclaration[] declarations)
    {
        for (var i = 0; i < declarations.Length; i++)
        {
            yield return [.. declarations[..i], .. declarations[(i + 1)..]];
        }

        for (var i = 0; i < declarations.Length; i++)
        {
            var d = declarations[i];
            if (d.Over)
            {
                yield return [.. declarations[..i], d with { Over = false }, .. declarations[(i + 1)..]];
            }

            if (d.Basis > 1)
            {
                yield return [.. declarations[..i], d with { Basis = 1, Over = false }, .. declarations[(i + 1)..]];
            }

            if (d.Qualifier is not null)
            {
                yield return [.. declarations[..i], d with { Qualifier = null }, .. declarations[(i + 1)..]];
            }
        }
    }
}
