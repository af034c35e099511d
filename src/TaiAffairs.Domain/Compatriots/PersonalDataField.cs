namespace TaiAffairs.Domain.Compatriots;

/// <summary>The kinds of personal information a <see cref="Compatriot"/> record holds.</summary>
public enum PersonalDataField
{
    /// <summary>The name.</summary>
    Name = 0,

    /// <summary>The birth date or year.</summary>
    Birth = 1,

    /// <summary>Where the person lives.</summary>
    Residence = 2,

    /// <summary>Travel and residence permits (identity documents).</summary>
    IdentityDocuments = 3,

    /// <summary>Vaccination consent and doses (health).</summary>
    Health = 4,

    /// <summary>Assessments of hardship, care visits and services.</summary>
    Welfare = 5,

    /// <summary>Occupation and startup.</summary>
    Occupation = 6,
}
