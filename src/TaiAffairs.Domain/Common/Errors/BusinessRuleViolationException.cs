using Ardalis.GuardClauses;

namespace TaiAffairs.Domain.Common;

/// <summary>
/// The one exception type the domain throws when a business rule is broken. It carries the rule's stable
/// <see cref="RuleCode"/>; callers should branch on the code, not on the message text.
/// </summary>
/// <remarks>
/// The message is the rule's own message and never contains personal data. When this exception is thrown
/// by a state-changing method, the target is left exactly as it was before the call.
///  Immutable; thread-safe.</remarks>
public sealed class BusinessRuleViolationException : Exception
{
    /// <summary>Creates the exception for a broken rule.</summary>
    /// <param name="rule">The rule that was broken.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    public BusinessRuleViolationException(IBusinessRule rule)
        : base(Guard.Against.Null(rule, message: "The broken rule is required.").Message)
    {
        Rule = rule;
        RuleCode = rule.Code;
    }

    /// <summary>Gets the rule that was broken.</summary>
    public IBusinessRule Rule { get; }

    /// <summary>Gets the stable code of the broken rule.</summary>
    public string RuleCode { get; }
}
