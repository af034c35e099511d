using Ardalis.SmartEnum;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Reporting;

/// <summary>
/// The headline figures a review can state, each with its Chinese label, unit, theme and, where records exist
/// for it, how it is computed from a scope's <see cref="FigureAccumulators"/>. A figure without a computation can
/// only be declared (<see cref="IsComputed"/>).
/// </summary>
/// <remarks>Equality by identity. <see cref="All"/> is in rendering order.</remarks>
public sealed class FigureKey : SmartEnum<FigureKey>
{
    /// <summary>协调解决问题 (个).</summary>
    public static readonly FigureKey IssuesResolved = Count(nameof(IssuesResolved), 1, "协调解决问题", QuantityUnit.Ge, ReviewTheme.PreciseService, a => a.Issues.Resolved);

    /// <summary>帮助解决问题的台资企业 (家): distinct enterprises with an issue resolved.</summary>
    public static readonly FigureKey EnterprisesHelped = Count(nameof(EnterprisesHelped), 2, "帮助解决问题的台资企业", QuantityUnit.Jia, ReviewTheme.PreciseService, a => a.Issues.EnterprisesHelped);

    /// <summary>入企服务 (户次): visits to enterprises, person-times.</summary>
    public static readonly FigureKey EnterpriseVisits = Count(nameof(EnterpriseVisits), 3, "入企服务", QuantityUnit.HuCi, ReviewTheme.PreciseService, a => a.Visits.EnterpriseVisits);

    /// <summary>走访台资企业 (家): distinct enterprises visited.</summary>
    public static readonly FigureKey EnterprisesVisited = Count(nameof(EnterprisesVisited), 4, "走访台资企业", QuantityUnit.Jia, ReviewTheme.PreciseService, a => a.Visits.EnterprisesVisited);

    /// <summary>领导小组会议 (次): standing-committee and enlarged group meetings.</summary>
    public static readonly FigureKey GroupMeetings = Count(nameof(GroupMeetings), 5, "召开领导小组会议", QuantityUnit.Ci, ReviewTheme.PreciseService,
        a => a.Meetings.CountOf(MeetingKind.StandingCommitteeAndGroupMeeting) + a.Meetings.CountOf(MeetingKind.EnlargedGroupMeeting));

    /// <summary>常委会专题会议 (次).</summary>
    public static readonly FigureKey SpecialTopicMeetings = Count(nameof(SpecialTopicMeetings), 6, "召开常委会专题会议", QuantityUnit.Ci, ReviewTheme.PreciseService, a => a.Meetings.CountOf(MeetingKind.SpecialTopicMeeting));

    /// <summary>台胞台企恳谈会 (次): quarterly and other round-tables.</summary>
    public static readonly FigureKey RoundTables = Count(nameof(RoundTables), 7, "召开台胞台企恳谈会", QuantityUnit.Ci, ReviewTheme.PreciseService,
        a => a.Meetings.CountOf(MeetingKind.QuarterlyRoundTable) + a.Meetings.CountOf(MeetingKind.RoundTable));

    /// <summary>政策宣讲、对接协调会 (场次).</summary>
    public static readonly FigureKey CoordinationMeetings = Count(nameof(CoordinationMeetings), 8, "组织开展政策宣讲、对接协调会", QuantityUnit.ChangCi, ReviewTheme.PreciseService,
        a => a.Meetings.CountOf(MeetingKind.CoordinationMeeting) + a.Meetings.CountOf(MeetingKind.PolicyBriefing));

    /// <summary>批示 (次): instructions by the principal leader; declared only.</summary>
    public static readonly FigureKey Instructions = Declared(nameof(Instructions), 9, "区委主要负责同志作出批示", QuantityUnit.Ci, ReviewTheme.PreciseService);

    /// <summary>新增成员单位 (个); declared only.</summary>
    public static readonly FigureKey NewMemberUnits = Declared(nameof(NewMemberUnits), 10, "新增成员单位", QuantityUnit.Ge, ReviewTheme.PreciseService);

    /// <summary>获得财政支持资金 (money): subsidies awarded.</summary>
    public static readonly FigureKey SubsidyTotal = Amount(nameof(SubsidyTotal), 20, "台企获得财政支持资金", ReviewTheme.PolicySupport, a => a.Awards.Total);

    /// <summary>涉台宣传材料 (份).</summary>
    public static readonly FigureKey MaterialsDistributed = new(nameof(MaterialsDistributed), 21, "制作涉台宣传材料", QuantityUnit.Fen, ReviewTheme.PolicySupport,
        a => a.Exchanges.Publicity == 0 ? null : FigureValue.Of(a.Exchanges.Materials.IsDefault ? ReportedQuantity.Zero(QuantityUnit.Fen) : a.Exchanges.Materials));

    /// <summary>涉台培训 (次).</summary>
    public static readonly FigureKey Trainings = Count(nameof(Trainings), 22, "开展涉台培训", QuantityUnit.Ci, ReviewTheme.PolicySupport, a => a.Exchanges.Trainings);

    /// <summary>培训参加人数 (人).</summary>
    public static readonly FigureKey TrainingAttendance = new(nameof(TrainingAttendance), 23, "参加培训", QuantityUnit.Ren, ReviewTheme.PolicySupport,
        a => a.Exchanges.Attendance.TryGetValue(QuantityUnit.Ren, out var q) ? FigureValue.Of(q) : null);

    /// <summary>台胞完成疫苗接种 (名): distinct people vaccinated.</summary>
    public static readonly FigureKey PeopleVaccinated = Count(nameof(PeopleVaccinated), 30, "台胞完成疫苗接种", QuantityUnit.Ming, ReviewTheme.PracticalDeeds, a => a.Vaccinations.PeopleVaccinated);

    /// <summary>走访慰问台胞 (次).</summary>
    public static readonly FigureKey CareVisits = Count(nameof(CareVisits), 31, "走访慰问台胞", QuantityUnit.Ci, ReviewTheme.PracticalDeeds, a => a.Visits.CareVisits);

    /// <summary>排查整改安全隐患问题 (个).</summary>
    public static readonly FigureKey SafetyHazardsRectified = Count(nameof(SafetyHazardsRectified), 32, "排查整改安全隐患问题", QuantityUnit.Ge, ReviewTheme.PracticalDeeds, a => a.Safety.Rectified);

    /// <summary>安全建议 (条); declared only.</summary>
    public static readonly FigureKey SafetySuggestions = Declared(nameof(SafetySuggestions), 33, "提出安全建议", QuantityUnit.Tiao, ReviewTheme.PracticalDeeds);

    /// <summary>捐款 (money): donations by enterprises.</summary>
    public static readonly FigureKey Donations = Amount(nameof(Donations), 34, "动员台企为公益事业捐款", ReviewTheme.PracticalDeeds, a => a.Giving.Donations);

    /// <summary>投资 (money): investments by enterprises.</summary>
    public static readonly FigureKey Investments = Amount(nameof(Investments), 35, "台企投资", ReviewTheme.PracticalDeeds, a => a.Giving.Investments);

    /// <summary>交流活动 (场).</summary>
    public static readonly FigureKey Events = Count(nameof(Events), 36, "举办交流活动", QuantityUnit.Chang, ReviewTheme.PracticalDeeds, a => a.Exchanges.Events);

    /// <summary>服务台青 (名).</summary>
    public static readonly FigureKey Youth = Count(nameof(Youth), 37, "服务台青", QuantityUnit.Ming, ReviewTheme.PracticalDeeds, a => a.Youth.Youth);

    /// <summary>创业台青 (名).</summary>
    public static readonly FigureKey YouthEntrepreneurs = Count(nameof(YouthEntrepreneurs), 38, "创业台青", QuantityUnit.Ming, ReviewTheme.PracticalDeeds, a => a.Youth.Entrepreneurs);

    /// <summary>Any other declared figure, labelled by the declaration.</summary>
    public static readonly FigureKey Other = Declared(nameof(Other), 99, "其他", QuantityUnit.Ge, ReviewTheme.PracticalDeeds);

    private static readonly FigureKey[] Declared_ =
    [
        IssuesResolved, EnterprisesHelped, EnterpriseVisits, EnterprisesVisited, GroupMeetings, SpecialTopicMeetings, RoundTables, CoordinationMeetings, Instructions, NewMemberUnits,
        SubsidyTotal, MaterialsDistributed, Trainings, TrainingAttendance,
        PeopleVaccinated, CareVisits, SafetyHazardsRectified, SafetySuggestions, Donations, Investments, Events, Youth, YouthEntrepreneurs, Other,
    ];

    private readonly Func<FigureAccumulators, FigureValue?>? compute;

    private FigureKey(string name, int value, string label, QuantityUnit? unit, ReviewTheme theme, Func<FigureAccumulators, FigureValue?>? compute)
        : base(name, value)
    {
        Label = label;
        Unit = unit;
        Theme = theme;
        this.compute = compute;
    }

    /// <summary>Gets every key in rendering order.</summary>
    public static IReadOnlyList<FigureKey> All { get; } = Array.AsReadOnly(Declared_);

    /// <summary>Gets the Chinese label the renderers put before the value, e.g. <c>入企服务</c>.</summary>
    public string Label { get; }

    /// <summary>Gets the unit of a computed count, or <see langword="null"/> for money.</summary>
    public QuantityUnit? Unit { get; }

    /// <summary>Gets whether the figure is money.</summary>
    public bool IsMoney => Unit is null;

    /// <summary>Gets the theme of the section the figure appears in.</summary>
    public ReviewTheme Theme { get; }

    /// <summary>Gets whether the figure can be computed from records (otherwise it can only be declared).</summary>
    public bool IsComputed => compute is not null;

    /// <summary>Computes the figure from a scope's accumulators.</summary>
    /// <param name="accumulators">The accumulators.</param>
    /// <returns>The value, or <see langword="null"/> when the figure is not computed or has no records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="accumulators"/> is <see langword="null"/>.</exception>
    public FigureValue? Compute(FigureAccumulators accumulators)
    {
        ArgumentNullException.ThrowIfNull(accumulators);
        return compute?.Invoke(accumulators);
    }

    private static FigureKey Count(string name, int value, string label, QuantityUnit unit, ReviewTheme theme, Func<FigureAccumulators, long> count) =>
        new(name, value, label, unit, theme, a => FigureValue.Of(ReportedQuantity.Exact(count(a), unit)));

    private static FigureKey Amount(string name, int value, string label, ReviewTheme theme, Func<FigureAccumulators, Money> amount) =>
        new(name, value, label, null, theme, a => FigureValue.Of(amount(a)));

    private static FigureKey Declared(string name, int value, string label, QuantityUnit unit, ReviewTheme theme) =>
        new(name, value, label, unit, theme, null);
}
