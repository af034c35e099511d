namespace TaiAffairs.Domain.Reporting;

/// <summary>Where a headline figure comes from.</summary>
public enum Provenance
{
    /// <summary>Computed from the records.</summary>
    Computed = 0,

    /// <summary>Declared by the district, with no records to compute it from.</summary>
    Declared = 1,

    /// <summary>Declared, and checked against the records of the same kind (see the findings).</summary>
    DeclaredAndComputed = 2,

    /// <summary>A city figure combined from every district's value (declared, else computed): 各区合计.</summary>
    CombinedFromDistricts = 3,
}
