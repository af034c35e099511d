namespace TaiAffairs.Domain.Compatriots;

/// <summary>How personal information is classified under PIPL.</summary>
public enum DataSensitivity
{
    /// <summary>General personal information.</summary>
    General = 0,

    /// <summary>Sensitive personal information (identity documents, health, all data of a minor under 14).</summary>
    Sensitive = 1,
}
