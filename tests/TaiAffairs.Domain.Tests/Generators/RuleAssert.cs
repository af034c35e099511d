namespace TaiAffairs.Domain.Tests.Generators;

/// <summary>
/// The one assertion for business rules: the call throws the domain's exception, carrying a rule of the expected
/// class (and, for a rule shared by several aggregates, the expected code).
/// </summary>
public static class RuleAssert
{
    /// <summary>Asserts that <paramref name="action"/> breaks a rule of class <typeparamref name="TRule"/>.</summary>
    public static BusinessRuleViolationException Breaks<TRule>(Action action)
        where TRule : IBusinessRule
    {
        var exception = Assert.Throws<BusinessRuleViolationException>(action);
        Assert.IsType<TRule>(exception.Rule);
        Assert.Equal(exception.Rule.Code, exception.RuleCode);
        return exception;
    }

    /// <summary>Asserts that <paramref name="action"/> breaks a rule of class <typeparamref name="TRule"/> with <paramref name="code"/>.</summary>
    public static BusinessRuleViolationException Breaks<TRule>(string code, Action action)
        where TRule : IBusinessRule
    {
        var exception = Breaks<TRule>(action);
        Assert.Equal(code, exception.RuleCode);
        return exception;
    }
}
