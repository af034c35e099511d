using Ardalis.SmartEnum;

namespace TaiAffairs.Domain.LeadingGroups;

/// <summary>The kind of a government or partner unit (单位): bureau 局, office 办, centre 中心 ...</summary>
/// <remarks>Equality by identity. <c>List</c> is sorted by name; <see cref="All"/> is in declaration order. Its values are immutable singletons; thread-safe.</remarks>
public sealed class DepartmentKind : SmartEnum<DepartmentKind>
{
    /// <summary>局: a bureau (区人社局, 区金融局, 区生态环境局).</summary>
    public static readonly DepartmentKind Bureau = new(nameof(Bureau), 1, "局");

    /// <summary>办: an office (区委台办, 区政务服务办).</summary>
    public static readonly DepartmentKind Office = new(nameof(Office), 2, "办");

    /// <summary>委: a commission (区发改委, 区卫健委).</summary>
    public static readonly DepartmentKind Commission = new(nameof(Commission), 3, "委");

    /// <summary>部: a party department (区委统战部).</summary>
    public static readonly DepartmentKind PartyDepartment = new(nameof(PartyDepartment), 4, "部");

    /// <summary>中心: a centre (区人口服务管理中心, 农业发展中心).</summary>
    public static readonly DepartmentKind Centre = new(nameof(Centre), 5, "中心");

    /// <summary>支队: a team (消防支队).</summary>
    public static readonly DepartmentKind Team = new(nameof(Team), 6, "支队");

    /// <summary>街道: a sub-district (街道工委).</summary>
    public static readonly DepartmentKind Street = new(nameof(Street), 7, "街道");

    /// <summary>镇: a town.</summary>
    public static readonly DepartmentKind Town = new(nameof(Town), 8, "镇");

    /// <summary>园区 / 开发区: a park or development zone (天津宝坻开发区, 现代产业区).</summary>
    public static readonly DepartmentKind Park = new(nameof(Park), 9, "园区");

    /// <summary>社区: a community (社区党委).</summary>
    public static readonly DepartmentKind Community = new(nameof(Community), 10, "社区");

    /// <summary>金融机构: a partner bank branch (中国银行天津分行南开支行).</summary>
    public static readonly DepartmentKind FinancialInstitution = new(nameof(FinancialInstitution), 11, "金融机构");

    /// <summary>高校: a partner university (南开大学, 天津医科大学).</summary>
    public static readonly DepartmentKind University = new(nameof(University), 12, "高校");

    /// <summary>Any other unit.</summary>
    public static readonly DepartmentKind Other = new(nameof(Other), 99, "其他");

    private static readonly DepartmentKind[] Declared =
        [Bureau, Office, Commission, PartyDepartment, Centre, Team, Street, Town, Park, Community, FinancialInstitution, University, Other];

    private DepartmentKind(string name, int value, string chineseName)
        : base(name, value) => ChineseName = chineseName;

    /// <summary>Gets every kind in declaration order.</summary>
    public static IReadOnlyList<DepartmentKind> All { get; } = Array.AsReadOnly(Declared);

    /// <summary>Gets the Chinese word for the kind, e.g. <c>局</c>.</summary>
    public string ChineseName { get; }

    /// <summary>Gets whether units of this kind are government bodies (and so may be leading-group members).</summary>
    public bool IsGovernmentBody => this != FinancialInstitution && this != University && this != Other;
}
