using FsCheck;
using FsCheck.Fluent;

namespace TaiAffairs.Domain.Testing;

/// <summary>
/// FsCheck generators for the shared kernel, built only from the package's public factories. Each comes
/// with a shrinker so a failing case is reported small.
/// </summary>
public static class KernelGenerators
{
    /// <summary>The first day of the embedded calendar's first year (2007-01-01 in this version).</summary>
    public static readonly LocalDate FirstCovered = new(WorkingDayCalendar.ChinaMainland.FirstCoveredYear, 1, 1);

    /// <summary>The last day of the embedded calendar's last year (2026-12-31 in this version).</summary>
    public static readonly LocalDate LastCovered = new(WorkingDayCalendar.ChinaMainland.LastCoveredYear, 12, 31);

    private static readonly int CoveredDays = Period.DaysBetween(FirstCovered, LastCovered);

    /// <summary>Gets dates inside the embedded calendar's years (working days can be counted for them).</summary>
    public static Gen<LocalDate> CoveredDateGen { get; } = Gen.Choose(0, CoveredDays).Select(FirstCovered.PlusDays);

    /// <summary>Dates inside the calendar's years, shrunk towards its first day.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LocalDate> CoveredDate() =>
        Arb.From(CoveredDateGen, d => ShrinkTowards(Period.DaysBetween(FirstCovered, d)).Select(FirstCovered.PlusDays));

    /// <summary>Amounts from -10^9 to 10^9 yuan, with every fen pattern.</summary>
    public static Arbitrary<Money> Money() =>
        Arb.From(
            from yuan in Gen.Choose(-1_000_000_000, 1_000_000_000)
            from fen in Gen.Choose(0, 99)
            select global::TaiAffairs.Domain.Common.Money.FromFen((yuan * 100L) + (yuan < 0 ? -fen : fen)),
            m => ShrinkTowards(m.Fen).Select(global::TaiAffairs.Domain.Common.Money.FromFen));

    /// <summary>Gets every unit a reported quantity can have.</summary>
    public static Gen<QuantityUnit> UnitGen { get; } = Gen.Elements(QuantityUnit.All.ToArray());

    /// <summary>Units, as an arbitrary.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<QuantityUnit> Unit() => Arb.From(UnitGen);

    /// <summary>Quantities in every form the reviews use, in digits or Chinese numerals.</summary>
    public static Gen<ReportedQuantity> QuantityGen(Gen<QuantityUnit> units) =>
        from unit in units
        from kind in Gen.Choose(0, 6)
        from n in Gen.Choose(0, 5_000)
        from round in Gen.Elements(10, 20, 30, 50, 100, 200, 500, 1000)
        from han in Gen.Elements(true, false)
        select (kind switch
        {
            0 => ReportedQuantity.Exact(n, unit),
            1 => ReportedQuantity.Over(round, unit),
            2 => ReportedQuantity.Over(round, unit, useDuo: true),
            3 => ReportedQuantity.Nearly(round, unit),
            4 => ReportedQuantity.Reaching(round, unit),
            5 => ReportedQuantity.Between(n, n + round, unit),
            _ => ReportedQuantity.AtLeast(n, unit),
        }).WithChineseNumerals(han && kind is >= 1 and <= 4);

    /// <summary>Quantities of any unit, shrunk to smaller and simpler forms (exact instead of 余, a smaller bound).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ReportedQuantity> Quantity() =>
        Arb.From(QuantityGen(UnitGen), ShrinkQuantity);

    /// <summary>Valid unified social credit codes: 17 random characters of the alphabet and their check.</summary>
    public static Arbitrary<UnifiedSocialCreditCode> CreditCode() =>
        Arb.From(
            Gen.ArrayOf(Gen.Elements(UnifiedSocialCreditCode.Alphabet.ToCharArray()), 17)
                .Select(chars => new string(chars))
                .Select(CreditCodeOf),
            ShrinkCreditCode);

    /// <summary>Valid Taiwan residents' permit numbers with real birth dates 1920-2020.</summary>
    public static Arbitrary<ResidencePermitNumber> ResidencePermit() =>
        Arb.From(
            from days in Gen.Choose(0, Period.DaysBetween(FirstBirth, 31.December(2020)))
            from sequence in Gen.Choose(0, 999)
            select PermitOf(FirstBirth.PlusDays(days), sequence),
            ShrinkPermit);

    private static readonly LocalDate FirstBirth = 1.January(1920);

    private static UnifiedSocialCreditCode CreditCodeOf(string body) => UnifiedSocialCreditCode.Parse(body + UnifiedSocialCreditCode.ComputeCheckCharacter(body));

    /// <summary>Shrinks a code's body one character at a time towards '0', recomputing the check: always a valid code.</summary>
    private static IEnumerable<UnifiedSocialCreditCode> ShrinkCreditCode(UnifiedSocialCreditCode code)
    {
        var body = code.Value[..17];
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '0')
            {
                yield return CreditCodeOf(string.Concat(body.AsSpan(0, i), "0", body.AsSpan(i + 1)));
            }
        }
    }

    private static ResidencePermitNumber PermitOf(LocalDate birth, int sequence)
    {
        var body = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"830000{birth:yyyyMMdd}{sequence:000}");
        return ResidencePermitNumber.Parse(body + ResidencePermitNumber.ComputeCheckCharacter(body));
    }

    /// <summary>Shrinks a permit number's sequence towards 0 and its birth date towards 1920-01-01: always a valid number.</summary>
    private static IEnumerable<ResidencePermitNumber> ShrinkPermit(ResidencePermitNumber number)
    {
        var birth = number.BirthDate;
        var sequence = int.Parse(number.Reveal().AsSpan(14, 3), System.Globalization.CultureInfo.InvariantCulture);
        foreach (var smaller in ShrinkTowards(sequence))
        {
            yield return PermitOf(birth, smaller);
        }

        foreach (var days in ShrinkTowards(Period.DaysBetween(FirstBirth, birth)))
        {
            yield return PermitOf(FirstBirth.PlusDays(days), sequence);
        }
    }

    private static IEnumerable<ReportedQuantity> ShrinkQuantity(ReportedQuantity q)
    {
        if (q.Unit is null)
        {
            yield break;
        }

        if (q.Form != QuantityForm.Exact)
        {
            yield return ReportedQuantity.Exact(q.Lower, q.Unit);
        }
        else if (q.Lower > 0)
        {
            yield return ReportedQuantity.Exact(q.Lower / 2, q.Unit);
        }
    }

    private static IEnumerable<int> ShrinkTowards(int value)
    {
        while (value != 0)
        {
            value /= 2;
            yield return value;
        }
    }

    private static IEnumerable<long> ShrinkTowards(long value)
    {
        while (value != 0)
        {
            value /= 2;
            yield return value;
        }
    }
}
