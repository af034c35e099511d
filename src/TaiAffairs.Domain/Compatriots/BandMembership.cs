namespace TaiAffairs.Domain.Compatriots;

/// <summary>Whether a person is in an age band on a date. With only a birth year known, it can be uncertain.</summary>
public enum BandMembership
{
    /// <summary>Certainly outside the band.</summary>
    Outside = 0,

    /// <summary>Certainly inside the band.</summary>
    Inside = 1,

    /// <summary>Inside or outside depending on the unknown birthday (birth year only).</summary>
    Uncertain = 2,
}
