using FsCheck;
using FsCheck.Fluent;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Testing;

/// <summary>Generators for organizations and people, built only from the package's public factories.</summary>
public static class DomainGenerators
{
    private const string Surnames = "许康林洪翁李张王陈黄吴刘蔡杨郑谢郭";
    private const string GivenChars = "恩龄方小慧菱佩仲铭雯安东施惠芳志明美玲家豪淑芬建国俊杰怡君";

    /// <summary>Gets Chinese names: a common surname and one to three given characters.</summary>
    public static Gen<PersonName> NameGen { get; } =
        from surname in Gen.Elements(Surnames.ToCharArray())
        from length in Gen.Choose(1, 3)
        from given in Gen.ArrayOf(Gen.Elements(GivenChars.ToCharArray()), length)
        select PersonName.Create(surname.ToString(), new string(given));

    /// <summary>Names, as an arbitrary.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PersonName> Name() => Arb.From(NameGen);

    /// <summary>Gets births from 1924 to 2018, a fifth of them known only by year.</summary>
    public static Gen<BirthInfo> BirthGen { get; } =
        from days in Gen.Choose(0, Period.DaysBetween(1.January(1924), 31.December(2018)))
        from yearOnly in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        let date = 1.January(1924).PlusDays(days)
        select yearOnly ? BirthInfo.InYear(date.Year) : BirthInfo.OnDate(date);

    /// <summary>Births, as an arbitrary.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<BirthInfo> Birth() => Arb.From(BirthGen);

    /// <summary>Gets valid travel permit (台胞证) numbers.</summary>
    public static Gen<TravelPermitNumber> TravelPermitNumberGen { get; } =
        Gen.Choose(10_000_000, 99_999_999).Select(n => global::TaiAffairs.Domain.Common.TravelPermitNumber.Parse(n.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Travel permit numbers, as an arbitrary.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TravelPermitNumber> TravelPermitNumbers() => Arb.From(TravelPermitNumberGen);

    /// <summary>Units of one district: the government bodies a leading group may hold as members.</summary>
    public static Department[] UnitsOf(District district, int count) =>
        Enumerable.Range(1, count)
            .Select(i => Department.Create(Id<Department>.From($"{district.EnglishName.ToLowerInvariant()}-unit-{i:00}"), $"成员单位{i}", DepartmentKind.Bureau, district))
            .ToArray();

    /// <summary>The district's Taiwan affairs office as a department (id <c>{district}-tai-office</c>).</summary>
    /// <param name="district">The district.</param>
    /// <returns>The office.</returns>
    public static Department OfficeOf(District district) =>
        Department.Create(Id<Department>.From($"{district.EnglishName.ToLowerInvariant()}-tai-office"), $"{district.ChineseName}委台办", DepartmentKind.Office, district);

    /// <summary>A district party secretary, the usual leader of a leading group (a public role).</summary>
    /// <param name="name">The leader's name.</param>
    /// <returns>The official.</returns>
    public static Official Leader(string name = "甲") => Official.Create("区委书记", name);
}
