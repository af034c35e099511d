namespace TaiAffairs.Domain.Testing;

/// <summary>A failed <see cref="RuleAssert"/> assertion: a test framework reports it as the test's failure.</summary>
public sealed class RuleAssertionException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="RuleAssertionException"/> class.</summary>
    public RuleAssertionException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleAssertionException"/> class.</summary>
    /// <param name="message">What was expected and what happened.</param>
    public RuleAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleAssertionException"/> class.</summary>
    /// <param name="message">What was expected and what happened.</param>
    /// <param name="innerException">The exception the call threw instead.</param>
    public RuleAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
