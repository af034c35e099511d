namespace TaiAffairs.Domain.Tests.Generators;

/// <summary>Assertions for business rules: the call throws the one domain exception, carrying the rule with the expected code.</summary>
public static class RuleAssert
{
    /// <summary>Asserts that <paramref name="action"/> breaks the rule with <paramref name="code"/>.</summary>
    public static BusinessRuleViolationException Breaks(string code, Action action)
    {
        var exception = Assert.Throws<BusinessRuleViolationException>(action);
        Assert.Equal(code, exception.RuleCode);
        return exception;
    }
}
