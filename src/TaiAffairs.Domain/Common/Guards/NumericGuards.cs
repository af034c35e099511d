using System.Numerics;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace TaiAffairs.Domain.Common;

/// <summary>
/// Non-boxing numeric guards for paths that run once per record. Ardalis.GuardClauses 5.0.0's
/// <c>NegativeOrZero</c> and <c>Negative</c> box their argument; these are generic over
/// <see cref="INumber{TSelf}"/> and allocate nothing unless they throw.
/// </summary>
internal static class NumericGuards
{
    /// <summary>Throws when <paramref name="input"/> is negative.</summary>
    public static T NegativeNumber<T>(this IGuardClause guardClause, T input, string message, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where T : INumber<T>
    {
        _ = guardClause;
        return T.IsNegative(input) ? throw new ArgumentOutOfRangeException(parameterName, message) : input;
    }
}
