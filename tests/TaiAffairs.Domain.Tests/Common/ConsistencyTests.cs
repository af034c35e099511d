using System.Reflection;

namespace TaiAffairs.Domain.Tests.Common;

/// <summary>Checks conventions over every public type of the package, as NodaTime's ConsistencyTest does.</summary>
public class ConsistencyTests
{
    private static readonly Type[] PublicTypes = typeof(Money).Assembly.GetExportedTypes();

    private static readonly Type[] Comparable =
        PublicTypes.Where(t => !t.IsGenericTypeDefinition && ImplementsComparableOfSelf(t)).ToArray();

    public static TheoryData<Type> ComparableTypes() => new(Comparable);

    [Theory]
    [MemberData(nameof(ComparableTypes))]
    public void ComparableTypes_HaveAllFourComparisonOperators(Type type)
    {
        foreach (var name in new[] { "op_LessThan", "op_GreaterThan", "op_LessThanOrEqual", "op_GreaterThanOrEqual" })
        {
            Assert.NotNull(type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [type, type]));
        }
    }

    [Fact]
    public void ComparableTypes_AreFound()
    {
        Assert.Contains(typeof(Money), Comparable);
        Assert.Contains(typeof(ReportingPeriod), Comparable);
        Assert.Contains(typeof(UnifiedSocialCreditCode), Comparable);
    }

    [Fact]
    public void EquatableValueTypes_OverrideEqualsAndHaveEqualityOperators()
    {
        foreach (var type in PublicTypes.Where(t => t.IsValueType && !t.IsEnum && !t.IsGenericTypeDefinition))
        {
            Assert.True(type.GetMethod("op_Equality", [type, type]) is not null, type.Name + " needs ==");
            Assert.True(type.GetMethod(nameof(Equals), [typeof(object)])!.DeclaringType == type, type.Name + " must override Equals");
        }
    }

    [Fact]
    public void Entities_AndValueClasses_AreSealedOrStatic()
    {
        foreach (var type in PublicTypes.Where(t => t.IsClass && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t)))
        {
            Assert.True(type.IsSealed, type.Name + " should be sealed");
        }
    }

    [Fact]
    public void EveryRule_HasAUniqueStableCode_AndIsBuiltOnlyByTheDomain()
    {
        var rules = PublicTypes.Where(t => typeof(IBusinessRule).IsAssignableFrom(t) && t.IsClass).ToArray();
        var codes = rules
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.Name.EndsWith("Code", StringComparison.Ordinal)))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

        Assert.True(rules.Length > 50, "the rule classes were not found");
        Assert.All(rules, t => Assert.Contains(t.GetFields(BindingFlags.Public | BindingFlags.Static), f => f.IsLiteral && f.Name.EndsWith("Code", StringComparison.Ordinal)));
        Assert.All(codes, code => Assert.Matches("^[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*$", code));
        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.All(rules, t => Assert.Empty(t.GetConstructors(BindingFlags.Public | BindingFlags.Instance)));
    }

    [Fact]
    public void NoRule_IsALabelOverAVerdictComputedElsewhere()
    {
        // A rule built from one bool only repeats a verdict its caller computed; the rule must receive the facts.
        var rules = PublicTypes.Where(t => typeof(IBusinessRule).IsAssignableFrom(t) && t.IsClass);
        var labels = rules
            .Where(t => t.GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance)
                .Any(c => c.GetParameters() is { Length: 1 } p && p[0].ParameterType == typeof(bool)))
            .Select(t => t.Name);

        Assert.Empty(labels);
    }

    [Fact]
    public void NoRuleClass_IsDefinedTwice()
    {
        var names = PublicTypes.Where(t => typeof(IBusinessRule).IsAssignableFrom(t) && t.IsClass).GroupBy(t => t.Name).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(names);
    }

    private static bool ImplementsComparableOfSelf(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IComparable<>) && i.GetGenericArguments()[0] == type);
}
