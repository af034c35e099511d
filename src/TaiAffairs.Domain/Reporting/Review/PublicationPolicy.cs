using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Reporting;

/// <summary>
/// How computed counts are published. <see cref="Exact"/> (the default) prints them as they are;
/// <see cref="RoundedDown"/> writes them the way the reviews do: 23 → 20余, 150 → 100余, 8 → 8, 20 → 20.
/// Declared figures are always printed as declared.
/// </summary>
public enum PublicationPolicy
{
    /// <summary>Print computed counts exactly (the default).</summary>
    Exact = 0,

    /// <summary>Round computed counts of 10 or more down to their leading digit's place, with 余 when something was dropped.</summary>
    RoundedDown = 1,
}

/// <summary>Applies a <see cref="PublicationPolicy"/>.</summary>
/// <remarks>Stateless; thread-safe.</remarks>
public static class PublicationPolicyExtensions
{
    /// <summary>Gets the count to publish under a policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="quantity">A computed count.</param>
    /// <returns>The count as published; an approximate form only ever widens to include the exact count.</returns>
    public static ReportedQuantity Publish(this PublicationPolicy policy, ReportedQuantity quantity)
    {
        if (policy != PublicationPolicy.RoundedDown || !quantity.IsExact || quantity.Lower < 10 || quantity.Unit is not { } unit)
        {
            return quantity;
        }

        var n = quantity.Lower;
        long place = 1;
        while (n / place >= 10)
        {
            place *= 10;
        }

        var basis = n / place * place;
        return basis == n ? quantity : ReportedQuantity.Over(basis, unit);
    }
}
