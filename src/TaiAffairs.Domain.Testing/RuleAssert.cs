namespace TaiAffairs.Domain.Testing;

/// <summary>
/// The one assertion for business rules, for any test framework: the call throws the domain's
/// <see cref="BusinessRuleViolationException"/>, carrying a rule of the expected class (and, for a rule shared by
/// several aggregates, the expected code). A failed assertion throws <see cref="RuleAssertionException"/>, which every
/// test framework reports as a failure.
/// </summary>
/// <example>
/// <code>
/// var issue = ServiceIssue.Raise(...);
/// RuleAssert.Breaks&lt;TransitionIsAllowed&gt;(() => issue.Resolve(2.March(2021), department, "解决"));
/// </code>
/// </example>
public static class RuleAssert
{
    /// <summary>Asserts that <paramref name="action"/> breaks a rule of class <typeparamref name="TRule"/>.</summary>
    /// <typeparam name="TRule">The rule's class.</typeparam>
    /// <param name="action">The call that must be refused.</param>
    /// <returns>The exception, for further checks.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is <see langword="null"/>.</exception>
    /// <exception cref="RuleAssertionException">The call succeeded, threw something else, or broke another rule.</exception>
    public static BusinessRuleViolationException Breaks<TRule>(Action action)
        where TRule : IBusinessRule
    {
        ArgumentNullException.ThrowIfNull(action);
        BusinessRuleViolationException? violation = null;
        try
        {
            action();
        }
        catch (BusinessRuleViolationException ex)
        {
            violation = ex;
        }
        catch (Exception ex)
        {
            throw new RuleAssertionException($"Expected the rule {typeof(TRule).Name} to be broken, but the call threw {ex.GetType().Name}: {ex.Message}", ex);
        }

        if (violation is null)
        {
            throw new RuleAssertionException($"Expected the rule {typeof(TRule).Name} to be broken, but the call succeeded.");
        }

        if (violation.Rule is not TRule)
        {
            throw new RuleAssertionException($"Expected the rule {typeof(TRule).Name} to be broken, but {violation.Rule.GetType().Name} ({violation.RuleCode}) was.", violation);
        }

        if (violation.Rule.Code != violation.RuleCode)
        {
            throw new RuleAssertionException($"The exception's code {violation.RuleCode} is not its rule's code {violation.Rule.Code}.", violation);
        }

        return violation;
    }

    /// <summary>Asserts that <paramref name="action"/> breaks a rule of class <typeparamref name="TRule"/> with <paramref name="code"/>.</summary>
    /// <typeparam name="TRule">The rule's class.</typeparam>
    /// <param name="code">The expected code (a shared rule has one per aggregate).</param>
    /// <param name="action">The call that must be refused.</param>
    /// <returns>The exception, for further checks.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> or <paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="RuleAssertionException">The call succeeded, threw something else, or broke another rule or code.</exception>
    public static BusinessRuleViolationException Breaks<TRule>(string code, Action action)
        where TRule : IBusinessRule
    {
        ArgumentNullException.ThrowIfNull(code);
        var violation = Breaks<TRule>(action);
        if (violation.RuleCode != code)
        {
            throw new RuleAssertionException($"Expected the rule {typeof(TRule).Name} to be broken with code {code}, but its code was {violation.RuleCode}.", violation);
        }

        return violation;
    }
}
