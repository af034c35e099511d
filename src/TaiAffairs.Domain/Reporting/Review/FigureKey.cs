using Ardalis.SmartEnum;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Reporting;

/// <summary>
/// The headline figures a review can state, each with its Chinese label, unit, theme and, where records exist
/// for it, how it is computed from a scope's <see cref="FigureAccumulators"/>. A figure without a computation can
/// only be declared (<see cref="IsComputed"/>).
/// </summary>
/// <remarks>Equality by identity. <see cref="All"/> is in rendering order. Its values are immutable singletons; thread-safe.</remarks>
public sealed class FigureKey : SmartEnum<FigureKey>
{
    /// <summary>协调解决问题 (个, matters): issues resolved in the period.</summary>
    public static readonly FigureKey IssuesResolved = Count(nameof(IssuesResolved), 1, "协调解决问题", QuantityUnit.Ge, Measure.Matters, ReviewTheme.PreciseService,
        a => a.Issues.Resolved, a => a.Issues.ResolvedKeys());

    /// <summary>帮助解决问题的台资企业 (家): distinct enterprises with an issue resolved; never above <see cref="IssuesResolved"/>.</summary>
    public static readonly FigureKey EnterprisesHelped = Count(nameof(EnterprisesHelped), 2, "帮助解决问题的台资企业", QuantityUnit.Jia, Measure.Enterprises, ReviewTheme.PreciseService,
        a => a.Issues.EnterprisesHelped, a => a.Issues.EnterpriseResolvedKeys(), distinctOf: IssuesResolved);

    /// <summary>入企服务 (户次): visits to enterprises, person-times.</summary>
    public static readonly FigureKey EnterpriseVisits = Count(nameof(EnterpriseVisits), 3, "入企服务", QuantityUnit.HuCi, Measure.Visits, ReviewTheme.PreciseService,
        a => a.Visits.EnterpriseVisits, a => a.Visits.KeysOf(true));

    /// <summary>走访台资企业 (家): distinct enterprises visited; never above <see cref="EnterpriseVisits"/>.</summary>
    public static readonly FigureKey EnterprisesVisited = Count(nameof(EnterprisesVisited), 4, "走访台资企业", QuantityUnit.Jia, Measure.Enterprises, ReviewTheme.PreciseService,
        a => a.Visits.EnterprisesVisited, a => a.Visits.KeysOf(true), distinctOf: EnterpriseVisits);

    /// <summary>区委常委会暨领导小组会议 (次).</summary>
    public static readonly FigureKey StandingCommitteeMeetings = Count(nameof(StandingCommitteeMeetings), 5, "召开区委常委会暨区委对台工作领导小组会议", QuantityUnit.Ci, Measure.Occasions, ReviewTheme.PreciseService,
        a => a.Meetings.CountOf(MeetingKind.StandingCommitteeAndGroupMeeting), a => a.Meetings.KeysOf(MeetingKind.StandingCommitteeAndGroupMeeting));

    /// <summary>领导小组（扩大）会议 (次).</summary>
    public static readonly FigureKey EnlargedGroupMeetings = Count(nameof(EnlargedGroupMeetings), 11, "召开区委对台工作领导小组（扩大）会议", QuantityUnit.Ci, Measure.Occasions, ReviewTheme.PreciseService,
        a => a.Meetings.CountOf(MeetingKind.EnlargedGroupMeeting), a => a.Meetings.KeysOf(MeetingKind.EnlargedGroupMeeting));

    /// <summary>常委会专题会议 (次).</summary>
    public static readonly FigureKey SpecialTopicMeetings = Count(nameof(SpecialTopicMeetings), 6, "召开常委会专题会议", QuantityUnit.Ci, Measure.Occasions, ReviewTheme.PreciseService,
        a => a.Meetings.CountOf(MeetingKind.SpecialTopicMeeting), a => a.Meetings.KeysOf(MeetingKind.SpecialTopicMeeting));

    /// <summary>台胞台企恳谈会 (次): quarterly and other round-tables.</summary>
    public static readonly FigureKey RoundTables = Count(nameof(RoundTables), 7, "召开台胞台企恳谈会", QuantityUnit.Ci, Measure.Occasions, ReviewTheme.PreciseService,
        a => a.Meetings.CountOf(MeetingKind.QuarterlyRoundTable) + a.Meetings.CountOf(MeetingKind.RoundTable), a => a.Meetings.KeysOf(MeetingKind.QuarterlyRoundTable, MeetingKind.RoundTable));

    /// <summary>政策宣讲、对接协调会 (场次).</summary>
    public static readonly FigureKey CoordinationMeetings = Count(nameof(CoordinationMeetings), 8, "组织开展政策宣讲、对接协调会", QuantityUnit.ChangCi, Measure.Occasions, ReviewTheme.PreciseService,
        a => a.Meetings.CountOf(MeetingKind.CoordinationMeeting) + a.Meetings.CountOf(MeetingKind.PolicyBriefing), a => a.Meetings.KeysOf(MeetingKind.CoordinationMeeting, MeetingKind.PolicyBriefing));

    /// <summary>批示 (次): instructions by the principal leader; declared only.</summary>
    public static readonly FigureKey Instructions = Declared(nameof(Instructions), 9, "区委主要负责同志作出批示", QuantityUnit.Ci, Measure.Occasions, ReviewTheme.PreciseService);

    /// <summary>新增成员单位 (个); declared only.</summary>
    public static readonly FigureKey NewMemberUnits = Declared(nameof(NewMemberUnits), 10, "新增成员单位", QuantityUnit.Ge, Measure.Organizations, ReviewTheme.PreciseService);

    /// <summary>获得财政支持资金 (money): subsidies awarded.</summary>
    public static readonly FigureKey SubsidyTotal = Amount(nameof(SubsidyTotal), 20, "台企获得财政支持资金", ReviewTheme.PolicySupport, a => a.Awards.Total, a => a.Awards.AwardKeys());

    /// <summary>
    /// 已拨付财政支持资金 (money): the payments made in the period of the awards of the period (issue 14). Stated beside
    /// <see cref="SubsidyTotal"/> (the amounts awarded, the default statement) when payments are recorded.
    /// </summary>
    public static readonly FigureKey SubsidyDisbursed = Amount(nameof(SubsidyDisbursed), 24, "已拨付财政支持资金", ReviewTheme.PolicySupport, a => a.Awards.Disbursed, a => a.Awards.DisbursedKeys());

    /// <summary>涉台宣传材料 (份).</summary>
    public static readonly FigureKey MaterialsDistributed = new(nameof(MaterialsDistributed), 21, "制作涉台宣传材料", QuantityUnit.Fen, Measure.Copies, ReviewTheme.PolicySupport,
        a => a.Exchanges.Publicity == 0 ? null : FigureValue.Of(a.Exchanges.Materials.IsDefault ? ReportedQuantity.Zero(QuantityUnit.Fen) : a.Exchanges.Materials),
        a => a.Exchanges.KeysOf(ExchangeRecordKind.Publicity), null, null);

    /// <summary>涉台培训 (次).</summary>
    public static readonly FigureKey Trainings = Count(nameof(Trainings), 22, "开展涉台培训", QuantityUnit.Ci, Measure.Occasions, ReviewTheme.PolicySupport,
        a => a.Exchanges.Trainings, a => a.Exchanges.KeysOf(ExchangeRecordKind.Training));

    /// <summary>培训参加人数 (人): the trainings' attendance in every unit of people, restated in 人.</summary>
    public static readonly FigureKey TrainingAttendance = new(nameof(TrainingAttendance), 23, "参加培训", QuantityUnit.Ren, Measure.People, ReviewTheme.PolicySupport,
        a => SumOfMeasure(a.Exchanges.Attendance, Measure.People, QuantityUnit.Ren), a => a.Exchanges.KeysOf(ExchangeRecordKind.Training), null, null);

    /// <summary>台胞完成疫苗接种 (名): distinct people vaccinated.</summary>
    public static readonly FigureKey PeopleVaccinated = Count(nameof(PeopleVaccinated), 30, "台胞完成疫苗接种", QuantityUnit.Ming, Measure.People, ReviewTheme.PracticalDeeds,
        a => a.Vaccinations.PeopleVaccinated, a => a.Vaccinations.DoseKeys());

    /// <summary>为台青联系接种疫苗 (名): youth linked to a vaccination point, not people vaccinated; declared only.</summary>
    public static readonly FigureKey YouthLinkedToVaccination = Declared(nameof(YouthLinkedToVaccination), 39, "为台青联系接种疫苗", QuantityUnit.Ming, Measure.People, ReviewTheme.PracticalDeeds);

    /// <summary>走访慰问台胞 (次): care visits, person-times.</summary>
    public static readonly FigureKey CareVisits = Count(nameof(CareVisits), 31, "走访慰问台胞", QuantityUnit.Ci, Measure.Visits, ReviewTheme.PracticalDeeds,
        a => a.Visits.CareVisits, a => a.Visits.KeysOf(false));

    /// <summary>排查整改安全隐患问题 (个).</summary>
    public static readonly FigureKey SafetyHazardsRectified = Count(nameof(SafetyHazardsRectified), 32, "排查整改安全隐患问题", QuantityUnit.Ge, Measure.Matters, ReviewTheme.PracticalDeeds,
        a => a.Safety.Rectified, a => a.Safety.RectifiedKeys());

    /// <summary>安全建议 (条); declared only.</summary>
    public static readonly FigureKey SafetySuggestions = Declared(nameof(SafetySuggestions), 33, "提出安全建议", QuantityUnit.Tiao, Measure.Items, ReviewTheme.PracticalDeeds);

    /// <summary>捐款 (money): donations by enterprises.</summary>
    public static readonly FigureKey Donations = Amount(nameof(Donations), 34, "动员台企为公益事业捐款", ReviewTheme.PracticalDeeds, a => a.Giving.Donations, a => a.Giving.KeysOf(MoneyRecordKind.Donation));

    /// <summary>投资 (money): investments by enterprises.</summary>
    public static readonly FigureKey Investments = Amount(nameof(Investments), 35, "台企投资", ReviewTheme.PracticalDeeds, a => a.Giving.Investments, a => a.Giving.KeysOf(MoneyRecordKind.Investment));

    /// <summary>交流活动 (场): a joint event counts in each organizing district and once in the city.</summary>
    public static readonly FigureKey Events = Count(nameof(Events), 36, "举办交流活动", QuantityUnit.Chang, Measure.Occasions, ReviewTheme.PracticalDeeds,
        a => a.Exchanges.Events, a => a.Exchanges.KeysOf(ExchangeRecordKind.Event));

    /// <summary>服务台青 (名): youth served.</summary>
    public static readonly FigureKey Youth = Count(nameof(Youth), 37, "服务台青", QuantityUnit.Ming, Measure.People, ReviewTheme.PracticalDeeds,
        a => a.Youth.Youth, a => a.Youth.KeysOf(false));

    /// <summary>创业台青 (名): youth who started a business; a part of <see cref="Youth"/>.</summary>
    public static readonly FigureKey YouthEntrepreneurs = Count(nameof(YouthEntrepreneurs), 38, "创业台青", QuantityUnit.Ming, Measure.People, ReviewTheme.PracticalDeeds,
        a => a.Youth.Entrepreneurs, a => a.Youth.KeysOf(true), partOf: Youth);

    /// <summary>
    /// 街镇 (个): the subdistricts and towns of the district, stated by the district and computed from the embedded
    /// division data (<see cref="District.SubdistrictsAndTowns"/>), so a stated count that disagrees is a finding
    /// (宝坻: 24). Not combined into the city.
    /// </summary>
    public static readonly FigureKey SubdistrictsAndTowns = Declared(nameof(SubdistrictsAndTowns), 12, "街镇", QuantityUnit.Ge, Measure.Unspecified, ReviewTheme.PolicySupport);

    /// <summary>Any other declared figure, labelled by the declaration; in any unit, never combined across districts.</summary>
    public static readonly FigureKey Other = Declared(nameof(Other), 99, "其他", QuantityUnit.Ge, Measure.Unspecified, ReviewTheme.PracticalDeeds);

    private static readonly FigureKey[] Declared_ =
    [
        IssuesResolved, EnterprisesHelped, EnterpriseVisits, EnterprisesVisited, StandingCommitteeMeetings, EnlargedGroupMeetings, SpecialTopicMeetings, RoundTables,
        CoordinationMeetings, Instructions, NewMemberUnits,
        SubsidyTotal, SubsidyDisbursed, MaterialsDistributed, Trainings, TrainingAttendance,
        PeopleVaccinated, YouthLinkedToVaccination, CareVisits, SafetyHazardsRectified, SafetySuggestions, Donations, Investments, Events, Youth, YouthEntrepreneurs, SubdistrictsAndTowns, Other,
    ];

    private readonly Func<FigureAccumulators, FigureValue?>? compute;
    private readonly Func<FigureAccumulators, IEnumerable<RecordKey>>? records;

    private FigureKey(
        string name, int value, string label, QuantityUnit? unit, Measure measure, ReviewTheme theme, Func<FigureAccumulators, FigureValue?>? compute,
        Func<FigureAccumulators, IEnumerable<RecordKey>>? records, FigureKey? partOf, FigureKey? distinctOf)
        : base(name, value)
    {
        Label = label;
        Unit = unit;
        Measure = measure;
        Theme = theme;
        PartOf = partOf;
        DistinctOf = distinctOf;
        this.compute = compute;
        this.records = records;
    }

    /// <summary>Gets every key in rendering order.</summary>
    public static IReadOnlyList<FigureKey> All { get; } = Array.AsReadOnly(Declared_);

    /// <summary>Gets the Chinese label the renderers put before the value, e.g. <c>入企服务</c>.</summary>
    public string Label { get; }

    /// <summary>Gets the figure's canonical unit (the unit of its computed counts and of its city sums), or <see langword="null"/> for money.</summary>
    public QuantityUnit? Unit { get; }

    /// <summary>Gets what the figure counts; a statement of it must use a unit of this measure.</summary>
    public Measure Measure { get; }

    /// <summary>Gets the figure this one is a part of (创业台青 of 服务台青): a part never exceeds its whole.</summary>
    public FigureKey? PartOf { get; }

    /// <summary>Gets the person-times figure this one counts the distinct subjects of (家 of 户次): distinct never exceeds total.</summary>
    public FigureKey? DistinctOf { get; }

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

    /// <summary>
    /// Gets the keys of the records a computed figure counts, in ordinal order of their text: the provenance of a
    /// computed value. Empty for a figure that is only declared.
    /// </summary>
    /// <param name="accumulators">The accumulators.</param>
    /// <returns>The record keys.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="accumulators"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<RecordKey> Records(FigureAccumulators accumulators)
    {
        ArgumentNullException.ThrowIfNull(accumulators);
        if (records is null)
        {
            return [];
        }

        return Array.AsReadOnly(SortedKeys(records(accumulators)));
    }

    /// <summary>
    /// The same keys, listed when first read (a review's provenance is rarely read, and listing a million keys costs);
    /// reading them after the figures changed throws rather than list other records.
    /// </summary>
    internal IReadOnlyList<RecordKey> RecordsOnRead(FigureAccumulators accumulators) =>
        records is null ? [] : new RecordKeysOnRead(accumulators, records);

    /// <summary>Sorts keys in ordinal order of their text, making each key's text once.</summary>
    private static RecordKey[] SortedKeys(IEnumerable<RecordKey> source)
    {
        var keys = source.ToArray();
        var texts = new string[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            texts[i] = keys[i].ToString();
        }

        Array.Sort(texts, keys, StringComparer.Ordinal);
        return keys;
    }

    /// <summary>A figure's record keys, listed on first read from the figures as they were when the review was built.</summary>
    private sealed class RecordKeysOnRead(FigureAccumulators accumulators, Func<FigureAccumulators, IEnumerable<RecordKey>> records) : IReadOnlyList<RecordKey>
    {
        private readonly long version = accumulators.Version;
        private RecordKey[]? keys;

        public int Count => Keys().Length;

        public RecordKey this[int index] => Keys()[index];

        public IEnumerator<RecordKey> GetEnumerator() => ((IEnumerable<RecordKey>)Keys()).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        private RecordKey[] Keys()
        {
            if (Volatile.Read(ref keys) is { } listed)
            {
                return listed;
            }

            if (accumulators.Version != version)
            {
                throw new InvalidOperationException("The review's figures were changed after it was built, so the records they counted can no longer be listed.");
            }

            var sorted = SortedKeys(records(accumulators));
            return Interlocked.CompareExchange(ref keys, sorted, null) ?? sorted;
        }
    }

    private static FigureKey Count(
        string name, int value, string label, QuantityUnit unit, Measure measure, ReviewTheme theme, Func<FigureAccumulators, long> count,
        Func<FigureAccumulators, IEnumerable<RecordKey>> records, FigureKey? partOf = null, FigureKey? distinctOf = null) =>
        new(name, value, label, unit, measure, theme, a => FigureValue.Of(ReportedQuantity.Exact(count(a), unit)), records, partOf, distinctOf);

    private static FigureKey Amount(string name, int value, string label, ReviewTheme theme, Func<FigureAccumulators, Money> amount, Func<FigureAccumulators, IEnumerable<RecordKey>> records) =>
        new(name, value, label, null, Measure.Money, theme, a => FigureValue.Of(amount(a)), records, null, null);

    private static FigureKey Declared(string name, int value, string label, QuantityUnit unit, Measure measure, ReviewTheme theme) =>
        new(name, value, label, unit, measure, theme, null, null, null, null);

    private static FigureValue? SumOfMeasure(IReadOnlyDictionary<QuantityUnit, ReportedQuantity> byUnit, Measure measure, QuantityUnit unit)
    {
        var total = default(ReportedQuantity);
        foreach (var candidate in measure.Units)
        {
            if (byUnit.TryGetValue(candidate, out var quantity))
            {
                total += measure.Convert(quantity, unit);
            }
        }

        return total.IsDefault ? null : FigureValue.Of(total);
    }
}
