using Ardalis.SmartEnum;

namespace TaiAffairs.Domain.Subsidies;

/// <summary>
/// The programmes subsidies are awarded under, each saying whether an enterprise may receive more than one
/// award under it in a year.
/// </summary>
/// <remarks>Equality by identity. <c>List</c> is sorted by name; <see cref="All"/> is in declaration order. Its values are immutable singletons; thread-safe.</remarks>
public sealed class SubsidyProgramme : SmartEnum<SubsidyProgramme>
{
    /// <summary>研发投入后补助: post-subsidy on R&amp;D investment; once a year.</summary>
    public static readonly SubsidyProgramme RdInvestmentPostSubsidy = new(nameof(RdInvestmentPostSubsidy), 1, "研发投入后补助", false);

    /// <summary>智能制造专项: the smart-manufacturing special fund; several projects a year allowed.</summary>
    public static readonly SubsidyProgramme SmartManufacturing = new(nameof(SmartManufacturing), 2, "智能制造专项", true);

    /// <summary>国家高新技术企业认定奖励: reward for recognition as a national high-tech enterprise; once a year.</summary>
    public static readonly SubsidyProgramme HighTechRecognitionReward = new(nameof(HighTechRecognitionReward), 3, "国家高新技术企业认定奖励", false);

    /// <summary>科技领军(培育)企业认定及重大项目: technology-leader recognition and major projects; several projects a year allowed.</summary>
    public static readonly SubsidyProgramme TechnologyLeaderMajorProject = new(nameof(TechnologyLeaderMajorProject), 4, "科技领军(培育)企业认定及重大项目", true);

    /// <summary>稳岗补贴: job-retention subsidy; once a year.</summary>
    public static readonly SubsidyProgramme JobRetention = new(nameof(JobRetention), 5, "稳岗补贴", false);

    private static readonly SubsidyProgramme[] Declared = [RdInvestmentPostSubsidy, SmartManufacturing, HighTechRecognitionReward, TechnologyLeaderMajorProject, JobRetention];

    private SubsidyProgramme(string name, int value, string chineseName, bool allowsSeveralPerYear)
        : base(name, value)
    {
        ChineseName = chineseName;
        AllowsSeveralPerYear = allowsSeveralPerYear;
    }

    /// <summary>Gets every programme in declaration order.</summary>
    public static IReadOnlyList<SubsidyProgramme> All { get; } = Array.AsReadOnly(Declared);

    /// <summary>Gets the Chinese name, e.g. <c>智能制造专项</c>.</summary>
    public string ChineseName { get; }

    /// <summary>Gets whether an enterprise may receive more than one award under it in a year.</summary>
    public bool AllowsSeveralPerYear { get; }
}
