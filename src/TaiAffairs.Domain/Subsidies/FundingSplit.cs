using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Subsidies;

/// <summary>How a combined city-and-district award divides: the city's part and the district's part.</summary>
/// <remarks>Equality is structural. Immutable. <see cref="SubsidyAward.Grant"/> checks that the parts sum to the award.</remarks>
public sealed record FundingSplit
{
    private FundingSplit(Money city, Money district)
    {
        City = city;
        District = district;
    }

    /// <summary>Gets the city's part.</summary>
    public Money City { get; }

    /// <summary>Gets the district's part.</summary>
    public Money District { get; }

    /// <summary>Gets the whole: the sum of the parts, exact.</summary>
    public Money Total => City + District;

    /// <summary>Creates a split.</summary>
    /// <param name="city">The city's part, zero or more.</param>
    /// <param name="district">The district's part, zero or more.</param>
    /// <returns>The split.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A part is negative.</exception>
    /// <exception cref="OverflowException">The parts' sum overflows.</exception>
    public static FundingSplit Create(Money city, Money district)
    {
        if (city.IsNegative || district.IsNegative)
        {
            throw new ArgumentOutOfRangeException(city.IsNegative ? nameof(city) : nameof(district), "A part of a funding split cannot be negative.");
        }

        _ = city + district;
        return new FundingSplit(city, district);
    }
}
