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
        // Rules are structs only so that checking one allocates nothing; they are not values to compare.
        foreach (var type in PublicTypes.Where(t => t.IsValueType && !t.IsEnum && !t.IsGenericTypeDefinition && !typeof(IBusinessRule).IsAssignableFrom(t)))
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
        var rules = PublicTypes.Where(t => typeof(IBusinessRule).IsAssignableFrom(t) && !t.IsInterface).ToArray();
        var codes = rules
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.Name.EndsWith("Code", StringComparison.Ordinal)))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

        Assert.True(rules.Length > 50, "the rule classes were not found");
        Assert.All(rules, t => Assert.Contains(t.GetFields(BindingFlags.Public | BindingFlags.Static), f => f.IsLiteral && f.Name.EndsWith("Code", StringComparison.Ordinal)));
        Assert.All(codes, code => Assert.Matches("^[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*$", code));
        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.All(rules, t => Assert.Empty(t.GetConstructors(BindingFlags.Public | BindingFlags.Instance)));

        // Issue 13: every rule is a struct, checked through BusinessRule.Check<TRule> without boxing or allocating.
        Assert.All(rules, t => Assert.True(t.IsValueType, t.Name + " should be a readonly struct"));
    }

    [Fact]
    public void NoRule_IsALabelOverAVerdictComputedElsewhere()
    {
        // A rule built from one bool only repeats a verdict its caller computed; the rule must receive the facts.
        var rules = PublicTypes.Where(t => typeof(IBusinessRule).IsAssignableFrom(t) && !t.IsInterface);
        var labels = rules
            .Where(t => t.GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance)
                .Any(c => c.GetParameters() is { Length: 1 } p && p[0].ParameterType == typeof(bool)))
            .Select(t => t.Name);

        Assert.Empty(labels);
    }

    [Fact]
    public void NoRuleClass_IsDefinedTwice()
    {
        var names = PublicTypes.Where(t => typeof(IBusinessRule).IsAssignableFrom(t) && !t.IsInterface).GroupBy(t => t.Name).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(names);
    }

    private static readonly string[] AggregateNamespaces =
        ["Compatriots", "Enterprises", "Exchanges", "Issues", "LeadingGroups", "Mechanisms", "Subsidies"];

    private static IEnumerable<(string Member, Type Type)> PublicSignatures()
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in PublicTypes)
        {
            foreach (var property in type.GetProperties(Flags))
            {
                yield return (type.Name + "." + property.Name, property.PropertyType);
            }

            foreach (var field in type.GetFields(Flags))
            {
                yield return (type.Name + "." + field.Name, field.FieldType);
            }

            foreach (var method in type.GetMethods(Flags).Where(m => !m.IsSpecialName))
            {
                yield return (type.Name + "." + method.Name, method.ReturnType);
                foreach (var parameter in method.GetParameters())
                {
                    yield return (type.Name + "." + method.Name + "(" + parameter.Name + ")", parameter.ParameterType);
                }
            }

            foreach (var constructor in type.GetConstructors(Flags))
            {
                foreach (var parameter in constructor.GetParameters())
                {
                    yield return (type.Name + "(" + parameter.Name + ")", parameter.ParameterType);
                }
            }
        }
    }

    private static bool IsStringKeyedDictionary(Type type)
    {
        var all = type.IsInterface ? [type, .. type.GetInterfaces()] : type.GetInterfaces();
        return all.Any(i => i.IsGenericType
            && (i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IDictionary<,>))
            && i.GetGenericArguments()[0] == typeof(string));
    }

    [Fact]
    public void NoPublicMember_ExposesAStringKeyedDictionary()
    {
        var offenders = PublicSignatures().Where(s => IsStringKeyedDictionary(s.Type)).Select(s => s.Member).Distinct();

        Assert.Empty(offenders);
    }

    [Fact]
    public void TheReportingApi_HasNoMagicNumbers()
    {
        // Codes as bytes (an outcome 0-3, on-time -1/0/1, a record kind 1-3) hide their meaning; enums name it.
        var offenders = PublicSignatures()
            .Where(s => s.Type == typeof(byte) || s.Type == typeof(sbyte))
            .Select(s => s.Member);

        Assert.Empty(offenders);
    }

    [Fact]
    public void AnAggregatesRecords_HaveNoPublicConstructor()
    {
        // A record an aggregate holds is made by the aggregate's verb (or a validating factory), never built invalid from outside.
        var records = PublicTypes
            .Where(t => t.IsClass && t.GetMethod("<Clone>$") is not null)
            .Where(t => AggregateNamespaces.Any(n => t.Namespace == "TaiAffairs.Domain." + n))
            .ToArray();
        var offenders = records.Where(t => t.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Length > 0).Select(t => t.Name);

        Assert.True(records.Length >= 10, "the aggregates' records were not found");
        Assert.Empty(offenders);
    }

    [Fact]
    public void EveryPublicType_StatesItsThreadSafety()
    {
        // The XML documentation shipped in the package: each type's summary or remarks says whether it is
        // immutable, stateless or thread-safe, or how to use it from several threads (docs/hardening.md).
        var xml = Path.ChangeExtension(typeof(Money).Assembly.Location, ".xml");
        var docs = System.Xml.Linq.XDocument.Load(xml).Descendants("member")
            .Where(m => ((string?)m.Attribute("name"))?.StartsWith("T:", StringComparison.Ordinal) == true)
            .ToDictionary(m => ((string)m.Attribute("name")!)[2..], m => m.Value);
        var silent = PublicTypes
            .Where(t => !t.IsEnum)
            .Select(t => t.FullName!.Replace('+', '.'))
            .Where(name => !docs.TryGetValue(name, out var text) || !System.Text.RegularExpressions.Regex.IsMatch(text, "thread|[Ii]mmutable|[Ss]tateless"))
            .ToArray();

        Assert.Empty(silent);
    }

    private static bool ImplementsComparableOfSelf(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IComparable<>) && i.GetGenericArguments()[0] == type);
}
