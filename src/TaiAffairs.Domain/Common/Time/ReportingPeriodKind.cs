namespace TaiAffairs.Domain.Common;

/// <summary>What kind of span a <see cref="ReportingPeriod"/> covers.</summary>
public enum ReportingPeriodKind
{
    /// <summary>A calendar year, 1 January to 31 December.</summary>
    Year = 0,

    /// <summary>A calendar quarter: Q1 January-March, Q2 April-June, Q3 July-September, Q4 October-December.</summary>
    Quarter = 1,

    /// <summary>Any other interval of whole days.</summary>
    Interval = 2,
}
