using Ardalis.SmartEnum;

namespace TaiAffairs.Domain.Issues;

/// <summary>What a service issue (诉求, 难题) is about.</summary>
/// <remarks>Equality by identity. <c>List</c> is sorted by name; <see cref="All"/> is in declaration order. Its values are immutable singletons; thread-safe.</remarks>
public sealed class IssueCategory : SmartEnum<IssueCategory>
{
    /// <summary>用工招聘: recruitment, staffing (招工困难).</summary>
    public static readonly IssueCategory Recruitment = new(nameof(Recruitment), 1, "用工招聘");

    /// <summary>稳岗补贴: job-retention subsidies (用工稳岗, 申报稳岗补贴).</summary>
    public static readonly IssueCategory JobRetention = new(nameof(JobRetention), 2, "稳岗补贴");

    /// <summary>融资: financing.</summary>
    public static readonly IssueCategory Financing = new(nameof(Financing), 3, "融资");

    /// <summary>审批手续: approvals and registration procedures.</summary>
    public static readonly IssueCategory Approvals = new(nameof(Approvals), 4, "审批手续");

    /// <summary>电力供应 / 有序用电: power supply and orderly power use.</summary>
    public static readonly IssueCategory PowerSupply = new(nameof(PowerSupply), 5, "电力供应");

    /// <summary>土地纠纷: land disputes.</summary>
    public static readonly IssueCategory LandDispute = new(nameof(LandDispute), 6, "土地纠纷");

    /// <summary>环评备案: environmental assessment filing.</summary>
    public static readonly IssueCategory EnvironmentalFiling = new(nameof(EnvironmentalFiling), 7, "环评备案");

    /// <summary>疫苗接种: vaccination.</summary>
    public static readonly IssueCategory Vaccination = new(nameof(Vaccination), 8, "疫苗接种");

    /// <summary>劳动仲裁: labour arbitration.</summary>
    public static readonly IssueCategory LabourArbitration = new(nameof(LabourArbitration), 9, "劳动仲裁");

    /// <summary>证件办理: documents and permits (台胞证).</summary>
    public static readonly IssueCategory Documents = new(nameof(Documents), 10, "证件办理");

    /// <summary>就业: a person's employment.</summary>
    public static readonly IssueCategory Employment = new(nameof(Employment), 11, "就业");

    /// <summary>生活困难: hardship in daily life (取暖, 用水).</summary>
    public static readonly IssueCategory LivingDifficulty = new(nameof(LivingDifficulty), 12, "生活困难");

    /// <summary>安全生产: work safety.</summary>
    public static readonly IssueCategory WorkSafety = new(nameof(WorkSafety), 13, "安全生产");

    /// <summary>Any other matter.</summary>
    public static readonly IssueCategory Other = new(nameof(Other), 99, "其他");

    private static readonly IssueCategory[] Declared =
        [Recruitment, JobRetention, Financing, Approvals, PowerSupply, LandDispute, EnvironmentalFiling, Vaccination, LabourArbitration, Documents, Employment, LivingDifficulty, WorkSafety, Other];

    private IssueCategory(string name, int value, string chineseName)
        : base(name, value) => ChineseName = chineseName;

    /// <summary>Gets every category in declaration order.</summary>
    public static IReadOnlyList<IssueCategory> All { get; } = Array.AsReadOnly(Declared);

    /// <summary>Gets the Chinese name, e.g. <c>用工招聘</c>.</summary>
    public string ChineseName { get; }
}
