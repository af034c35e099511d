using FsCheck;
using FsCheck.Fluent;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Tests.Generators;

/// <summary>Generators for organizations and people, built only from the package's public factories.</summary>
public static class DomainGenerators
{
    private const string Surnames = "许康林洪翁李张王陈黄吴刘蔡杨郑谢郭";
    private const string GivenChars = "恩龄方小慧菱佩仲铭雯安东施惠芳志明美玲家豪淑芬建国俊杰怡君";

    public static Gen<PersonName> NameGen { get; } =
        from surname in Gen.Elements(Surnames.ToCharArray())
        from length in Gen.Choose(1, 3)
        from given in Gen.ArrayOf(Gen.Elements(GivenChars.ToCharArray()), length)
        select PersonName.Create(surname.ToString(), new string(given));

    public static Arbitrary<PersonName> Name() => Arb.From(NameGen);

    public static Gen<BirthInfo> BirthGen { get; } =
        from days in Gen.Choose(0, Period.DaysBetween(1.January(1924), 31.December(2018)))
        from yearOnly in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        let date = 1.January(1924).PlusDays(days)
        select yearOnly ? BirthInfo.InYear(date.Year) : BirthInfo.OnDate(date);

    public static Arbitrary<BirthInfo> Birth() => Arb.From(BirthGen);

    public static Gen<TravelPermitNumber> TravelPermitNumberGen { get; } =
        Gen.Choose(10_000_000, 99_999_999).Select(n => global::TaiAffairs.Domain.Common.TravelPermitNumber.Parse(n.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public static Arbitrary<TravelPermitNumber> TravelPermitNumbers() => Arb.From(TravelPermitNumberGen);

    /// <summary>Units of one district: the government bodies a leading group may hold as members.</summary>
    public static Department[] UnitsOf(District district, int count) =>
        Enumerable.Range(1, count)
            .Select(i => Department.Create(Id<Department>.From($"{district.EnglishName.ToLowerInvariant()}-unit-{i:00}"), $"成员单位{i}", DepartmentKind.Bureau, district))
            .ToArray();

    public static Department OfficeOf(District district) =>
        Department.Create(Id<Department>.From($"{district.EnglishName.ToLowerInvariant()}-tai-office"), $"{district.ChineseName}委台办", DepartmentKind.Office, district);

    public static Official Leader(string name = "甲") => Official.Create("区委书记", name);
}
