using Ardalis.GuardClauses;

namespace TaiAffairs.Domain.Common;

/// <summary>
/// Checks business rules and raises a <see cref="BusinessRuleViolationException"/> for the first one broken.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class BusinessRule
{
    /// <summary>Throws when <paramref name="rule"/> is broken; does nothing otherwise. Checking a rule allocates nothing.</summary>
    /// <typeparam name="TRule">The rule's type (every rule of this package is a struct).</typeparam>
    /// <param name="rule">The rule to evaluate, built with its facts.</param>
    /// <exception cref="BusinessRuleViolationException">The rule is broken.</exception>
    public static void Check<TRule>(in TRule rule)
        where TRule : struct, IBusinessRule
    {
        if (rule.IsBroken())
        {
            throw new BusinessRuleViolationException(rule);
        }
    }

    /// <summary>Throws when <paramref name="rule"/> is broken; does nothing otherwise.</summary>
    /// <param name="rule">The rule to evaluate.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    /// <exception cref="BusinessRuleViolationException">The rule is broken.</exception>
    public static void Check(IBusinessRule rule)
    {
        Guard.Against.Null(rule, message: "A rule to check is required.");
        if (rule.IsBroken())
        {
            throw new BusinessRuleViolationException(rule);
        }
    }
}
