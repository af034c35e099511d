// The example host: loads the 2021 Tianjin data set (embedded; or --data FILE), validates it, and prints the six
// district reviews and the city review (--format text | markdown | json). --kernel shows the shared kernel on
// the seed's own facts instead. --worklist DISTRICT [--as-of DATE] [--within N] prints a district office's worklist
// as of a date instead (DISTRICT: a county-level code such as 120115 or 110101, or a name). A bad data file prints
// its problems and exits with code 1; data-quality warnings go to standard error and never block.
using System.Globalization;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Compatriots;
using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.Interchange;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups;
using TaiAffairs.Domain.Mechanisms;
using TaiAffairs.Domain.Reporting;
using TaiAffairs.Domain.Subsidies;

Console.OutputEncoding = System.Text.Encoding.UTF8;
var format = "text";
string? dataFile = null;
string? worklistDistrict = null;
string? asOfText = null;
var within = 3;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--format" when i + 1 < args.Length:
            format = args[++i];
            break;
        case "--data" when i + 1 < args.Length:
            dataFile = args[++i];
            break;
        case "--kernel":
            return Kernel();
        case "--worklist" when i + 1 < args.Length:
            worklistDistrict = args[++i];
            break;
        case "--as-of" when i + 1 < args.Length:
            asOfText = args[++i];
            break;
        case "--within" when i + 1 < args.Length:
            if (!int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out within))
            {
                Console.Error.WriteLine("--within takes a number of working days (0 or more)");
                return 2;
            }

            break;
        case "--help" or "-h":
            Console.WriteLine("usage: Tianjin2021 [--format text|markdown|json] [--data FILE] [--kernel] [--worklist DISTRICT [--as-of yyyy-MM-dd] [--within N]]");
            return 0;
        default:
            Console.Error.WriteLine($"unknown option: {args[i]} (try --help)");
            return 2;
    }
}

if (format is not ("text" or "markdown" or "json"))
{
    Console.Error.WriteLine("--format must be text, markdown or json");
    return 2;
}

if (asOfText is not null && worklistDistrict is null)
{
    Console.Error.WriteLine("--as-of goes with --worklist DISTRICT");
    return 2;
}

District? worklistOf = null;
if (worklistDistrict is not null)
{
    try
    {
        worklistOf = int.TryParse(worklistDistrict, NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? District.FromCode(code) : District.FromAnyName(worklistDistrict);
    }
    catch (ArgumentException ex)
    {
        Console.Error.WriteLine($"--worklist: {ex.Message}");
        return 2;
    }
}

LocalDate? asOf = null;
if (asOfText is not null)
{
    var parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(asOfText);
    if (!parsed.Success)
    {
        Console.Error.WriteLine("--as-of takes a date such as 2021-06-30");
        return 2;
    }

    asOf = parsed.Value;
}

ImportResult result;
if (dataFile is null)
{
    using var embedded = typeof(Program).Assembly.GetManifestResourceStream("Tianjin2021.tianjin-2021.json")!;
    result = DataSetImporter.ImportStream(embedded);
}
else
{
    try
    {
        using var file = File.OpenRead(dataFile);
        result = DataSetImporter.ImportStream(file);
    }
    catch (IOException ex)
    {
        Console.Error.WriteLine($"cannot read {dataFile}: {ex.Message}");
        return 1;
    }
    catch (UnauthorizedAccessException ex)
    {
        Console.Error.WriteLine($"cannot read {dataFile}: {ex.Message}");
        return 1;
    }
}

if (!result.Success)
{
    Console.Error.WriteLine($"The data set has {result.Problems.Count} problem(s); nothing was imported:");
    foreach (var problem in result.Problems)
    {
        Console.Error.WriteLine("  " + problem);
    }

    return 1;
}

foreach (var warning in result.Warnings)
{
    Console.Error.WriteLine("warning: " + warning);
}

if (worklistOf is not null)
{
    return PrintWorklist(result.DataSet, worklistOf, asOf ?? new LocalDate(result.DataSet.Year, 12, 31), within);
}

var city = result.DataSet.ToReviewBuilder(WorkingDayCalendar.ChinaMainland).BuildCity();
Console.Write(format switch
{
    "markdown" => MarkdownRenderer.Render(city),
    "json" => JsonReviewRenderer.Render(city),
    _ => ChineseTextRenderer.Render(city),
});
return 0;

static int Kernel()
{
    var calendar = WorkingDayCalendar.ChinaMainland;
    var year = ReportingPeriod.ForYear(2021);

    Console.WriteLine("2021年度天津对台工作巡礼 · 领域模型演示");
    Console.WriteLine();

    // 1. The working-day calendar.
    Console.WriteLine($"一、{year}工作日：{calendar.CountWorkingDays(year)}天（国务院办公厅节假日安排，含调休上班日）");

    // 2. 北辰: the green channel. The seed says the permit was ready on the second working day after the
    // application; it gives no date. The application date below is illustrative (the eve of the National Day
    // holiday), chosen to show the calendar's make-up working day; it is not the seed's.
    var application = new LocalDate(2021, 9, 30);
    var populationCentre = Id<Department>.From("beichen-population-centre");
    var permitCase = ServiceIssue.Raise(
        Id<ServiceIssue>.From("beichen-permit-case"), District.Beichen, IssueSubject.Compatriot(Id<Compatriot>.From("beichen-c-01")),
        IssueCategory.Documents, IssueChannel.PhoneOrWeChat, application, "台胞证过期，急需台胞证就医");
    permitCase.SetDeadline(2, application);
    permitCase.Accept(application);
    permitCase.Assign(application, populationCentre, []);
    permitCase.Resolve(calendar.AddWorkingDays(application, 2), populationCentre, "开启绿色通道，提交申请材料后第二个工作日取证", applicantTrips: 1);
    var greenChannel = ServiceMechanism.Establish(
        Id<ServiceMechanism>.From("beichen-green-channel"), District.Beichen, MechanismKind.GreenChannel, "台胞证件绿色通道",
        application, GreenChannelTerms.Create(oneWindow: true, jointApproval: true, workingDayLimit: 2, oneTrip: true, [populationCentre]));
    greenChannel.RecordCase(permitCase);
    var ready = permitCase.ResolvedOn!.Value;
    var channelCheck = greenChannel.Check(new MechanismEvidence([], [permitCase]), year, calendar);
    Console.WriteLine(
        $"二、北辰区 许某某 台胞证绿色通道：{Iso(application)} 提交申请（示例日期），第二个工作日 {Iso(ready)}（{Weekday(ready)}，{Kind(calendar.GetDayKind(ready))}）取证；" +
        $"用时{permitCase.WorkingDaysToResolve(calendar)}个工作日，{(permitCase.IsResolvedOnTime(calendar) == true ? "按期" : "超期")}；绿色通道{(channelCheck.IsKept ? "兑现承诺" : "未兑现承诺")}");

    // 3. 宝坻: the four subsidy awards the seed lists, in an award register. Credit codes, registration dates
    // and award dates are illustrative; the amounts, programmes and levels are the seed's (58.09万元's level
    // is not stated there).
    Console.WriteLine("三、宝坻区科技资金支持：");
    Enterprise Baodi(string key, string name, string first17) => Enterprise.Register(
        Id<Enterprise>.From(key), UnifiedSocialCreditCode.Parse(first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17)),
        name, Industry.AutoParts, District.Baodi, new LocalDate(2010, 1, 1));
    var lindeYingli = Baodi("baodi-linde-yingli", "林德英利", "91120115MA0000001");
    var dacheng = Baodi("baodi-dacheng", "天津大成前瞻生物科技研发有限公司", "91120115MA0000002");
    var yingliMould = Baodi("baodi-yingli-mould", "天津英利模具制造有限公司", "91120115MA0000003");
    var awardedOn = new LocalDate(2021, 12, 1);
    var register = new AwardRegister(District.Baodi, 2021);
    var names = new Dictionary<Id<Enterprise>, string> { [lindeYingli.Id] = lindeYingli.Name, [dacheng.Id] = dacheng.Name, [yingliMould.Id] = yingliMould.Name };
    register.Add(SubsidyAward.Grant(Id<SubsidyAward>.From("baodi-award-1"), lindeYingli, District.Baodi, [SubsidyProgramme.TechnologyLeaderMajorProject], FundingLevel.CityAndDistrict, Money.Parse("300万"), awardedOn, "轻量化高安全汽车零部件研究开发"));
    register.Add(SubsidyAward.Grant(Id<SubsidyAward>.From("baodi-award-2"), lindeYingli, District.Baodi, [SubsidyProgramme.RdInvestmentPostSubsidy, SubsidyProgramme.HighTechRecognitionReward], FundingLevel.NotStated, Money.Parse("58.09万元"), awardedOn));
    register.Add(SubsidyAward.Grant(Id<SubsidyAward>.From("baodi-award-3"), dacheng, District.Baodi, [SubsidyProgramme.RdInvestmentPostSubsidy], FundingLevel.CityAndDistrict, Money.Parse("44.27万元"), awardedOn));
    register.Add(SubsidyAward.Grant(Id<SubsidyAward>.From("baodi-award-4"), yingliMould, District.Baodi, [SubsidyProgramme.SmartManufacturing, SubsidyProgramme.HighTechRecognitionReward], FundingLevel.CityAndDistrict, Money.Parse("157.5万元"), awardedOn));
    foreach (var award in register.Awards)
    {
        var programmes = string.Join("、", award.Programmes.Select(p => p.ChineseName));
        Console.WriteLine($"    {names[award.Recipient]}（{programmes}，{award.Level.ChineseName}）：{award.Amount.ToString("W", CultureInfo.InvariantCulture)}");
    }

    var total = register.Total;
    Console.WriteLine($"    合计：{total.ToString("W", CultureInfo.InvariantCulture)}（{total}）");
    try
    {
        register.Add(SubsidyAward.Grant(Id<SubsidyAward>.From("baodi-award-5"), dacheng, District.Baodi, [SubsidyProgramme.RdInvestmentPostSubsidy], FundingLevel.District, Money.Parse("1万"), awardedOn));
    }
    catch (BusinessRuleViolationException ex)
    {
        Console.WriteLine($"    同年第二笔研发投入后补助被拒绝：{ex.RuleCode}");
    }

    // 4. The seed's approximate counts, parsed into intervals and summed where their units agree.
    Console.WriteLine("四、巡礼中的约数（区间按文档约定：N余 = N+1..下一档−1，近N = ⌈0.9N⌉..N−1，上N = N..∞）：");
    (string District, string Phrase, string What)[] counts =
    [
        ("宝坻", "10余个", "协调解决问题"),
        ("宝坻", "20户次", "入企服务"),
        ("宝坻", "3场次", "政策宣讲、对接协调会"),
        ("宝坻", "500余份", "涉台宣传材料"),
        ("北辰", "20余件", "现场办公协调解决问题"),
        ("北辰", "30余次", "走访调研台资企业"),
        ("北辰", "50名", "台胞完成疫苗接种"),
        ("南开", "上百名", "台青定点接种疫苗"),
        ("南开", "十项", "一家亲具体工作"),
        ("津南", "近百人", "涉台教育培训参加人数"),
        ("津南", "20余条", "安全建议"),
        ("武清", "30余次", "走访调研"),
        ("武清", "10余家", "协调解决问题的台资企业"),
        ("武清", "20余个", "协调解决问题"),
        ("武清", "88个", "排查整改安全隐患问题"),
    ];
    foreach (var (district, phrase, what) in counts)
    {
        var q = ReportedQuantity.Parse(phrase);
        Console.WriteLine($"    {district} {what}：{q}  → {(q.Upper is { } u ? $"[{q.Lower}, {u}]" : $"[{q.Lower}, ∞)")}");
    }

    var issues = ReportedQuantity.Parse("10余个") + ReportedQuantity.Parse("20余个");
    Console.WriteLine($"    宝坻、武清协调解决问题合计：{issues}");
    var visits = ReportedQuantity.Parse("30余次") + ReportedQuantity.Parse("30余次");
    Console.WriteLine($"    北辰、武清走访调研合计：{visits}");
    try
    {
        _ = ReportedQuantity.Parse("10余个") + ReportedQuantity.Parse("20余件");
    }
    catch (ArgumentException ex)
    {
        Console.WriteLine($"    宝坻“个”与北辰“件”不能相加：{ex.Message}");
    }

    // 5. 北辰: the leading group adjusted, with 9 new member units. The seed names neither the date nor the
    // units: the founding members below are units the seed mentions for Beichen, the nine additions are
    // placeholders, and the dates are illustrative.
    Console.WriteLine("五、北辰区委对台工作领导小组成员单位调整（日期与新增单位名称为示例）：");
    var office = Department.Create(Id<Department>.From("beichen-tai-office"), "北辰区委台办", DepartmentKind.Office, District.Beichen);
    Department Unit(string key, string name, DepartmentKind kind) => Department.Create(Id<Department>.From("beichen-" + key), name, kind, District.Beichen);
    Department[] founders =
    [
        Unit("rsj", "区人社局", DepartmentKind.Bureau),
        Unit("jrj", "区金融局", DepartmentKind.Bureau),
        Unit("swj", "区商务局", DepartmentKind.Bureau),
        Unit("sthjj", "区生态环境局", DepartmentKind.Bureau),
        Unit("rkfw", "区人口服务管理中心", DepartmentKind.Centre),
    ];
    var group = LeadingGroup.Establish(
        Id<LeadingGroup>.From("beichen-lg"), District.Beichen, office, new LocalDate(2021, 1, 1), Official.Create("区委书记", "冯卫华"), founders);
    var adjustedOn = new LocalDate(2021, 4, 1);
    var adjustment = group.Adjust(
        adjustedOn,
        Enumerable.Range(1, 9).Select(i => Unit($"new-{i}", $"新增成员单位{i}（示例）", DepartmentKind.Bureau)),
        []);
    var leader = group.LeaderOn(adjustedOn)!;
    Console.WriteLine($"    组长：{leader.Post} {leader.Name}；{Iso(adjustedOn)} 调整，新增{adjustment.Additions.Count}个成员单位");
    Console.WriteLine($"    {Iso(adjustedOn.PlusDays(-1))} 成员单位：{group.MembersOn(adjustedOn.PlusDays(-1)).Count}个；{Iso(adjustedOn)} 起：{group.MembersOn(adjustedOn).Count}个");
    var byId = group.KnownUnits.ToDictionary(u => u.Id);
    Console.WriteLine($"    {Iso(new LocalDate(2021, 6, 30))} 成员单位：{string.Join("、", group.MembersOn(new LocalDate(2021, 6, 30)).Select(id => byId[id].Name))}");

    // 6. 宝坻's review, built from the records above and the seed's declared figures.
    Console.WriteLine();
    var reviews = new AnnualReviewBuilder(2021, calendar);
    foreach (var award in register.Awards)
    {
        reviews.Add(award);
    }

    reviews.Add(permitCase);
    reviews.Add(greenChannel);
    reviews.Declare(DeclaredFigure.Count(District.Baodi, FigureKey.IssuesResolved, ReportedQuantity.Parse("10余个"), "累计协调解决问题", "用工稳岗、疫苗接种、劳动仲裁、电力供应"));
    reviews.Declare(DeclaredFigure.Count(District.Baodi, FigureKey.EnterpriseVisits, ReportedQuantity.Parse("20户次"), "全年入企服务"));
    reviews.Declare(DeclaredFigure.Count(District.Baodi, FigureKey.CoordinationMeetings, ReportedQuantity.Parse("3场次")));
    reviews.Declare(DeclaredFigure.Amount(District.Baodi, FigureKey.Donations, Money.Parse("15万元")));
    reviews.Declare(DeclaredFigure.Count(District.Baodi, FigureKey.MaterialsDistributed, ReportedQuantity.Parse("500余份")));
    reviews.Title(District.Baodi, "用真情 出真招 求实效", new Dictionary<ReviewTheme, string>
    {
        [ReviewTheme.PreciseService] = "在精准服务上下功夫",
        [ReviewTheme.PolicySupport] = "在政策支持上下功夫",
        [ReviewTheme.PracticalDeeds] = "在真心办事上下功夫",
    });
    Console.Write(ChineseTextRenderer.Render(reviews.BuildDistrict(District.Baodi)));

    return 0;
}

static int PrintWorklist(DataSet dataSet, District district, LocalDate asOf, int within)
{
    // A district office's worklist as of a date: every open issue, oldest first, then the questions a clerk asks.
    var calendar = WorkingDayCalendar.ChinaMainland;
    if (!calendar.Covers(asOf))
    {
        Console.Error.WriteLine($"--as-of: the working-day calendar covers {calendar.FirstCoveredYear}-{calendar.LastCoveredYear}");
        return 2;
    }

    var worklist = Worklist.For(district, calendar, dataSet.Issues.Where(i => i.District == district));
    var names = dataSet.Departments.Concat(dataSet.LeadingGroups.SelectMany(g => g.KnownUnits.Prepend(g.Office)))
        .DistinctBy(d => d.Id).ToDictionary(d => d.Id, d => d.Name);
    string Name(Id<Department> id) => names.TryGetValue(id, out var name) ? name : id.Value;
    // A date the data set had to make up is marked as such, never printed as the record's fact: the seed's issues
    // carry illustrative dates, so their list is a demonstration of the worklist, not a statement of what was open.
    bool Illustrative(ServiceIssue issue) =>
        dataSet.IsIllustrative("issue", issue.Id.Value, "raisedOn") || dataSet.IsIllustrative("issue", issue.Id.Value, "steps")
        || dataSet.IsIllustrative("issue", issue.Id.Value, "deadline");
    string Line(WorkItem item)
    {
        var mark = Illustrative(item.Issue) ? "（示例日期）" : string.Empty;
        var due = item.DueDate is { } d ? $"，时限{Iso(d)}{mark}" : string.Empty;
        var lead = item.Lead is { } l ? $"，牵头{Name(l)}" : string.Empty;
        return $"    {item.Issue.Id}  {Iso(item.Issue.RaisedOn)}{mark}提出  {item.Issue.Category.ChineseName}：{item.Issue.Summary}（{item.Status.PublicLabel}/{item.Status.InternalLabel}，{item.Sla.ChineseName()}{due}{lead}）";
    }

    var open = worklist.Open(asOf, within);
    Console.WriteLine($"{district.ChineseName}（{district.Code}，{district.Province.Name}）对台工作待办清单，截至{Iso(asOf)}：在办{open.Count}件");
    if (open.Count == 0)
    {
        Console.WriteLine(dataSet.Issues.Any(i => i.District == district) ? "    无在办事项。" : "    数据集中没有该区的记录。");
        return 0;
    }

    if (open.Any(i => Illustrative(i.Issue)))
    {
        Console.WriteLine("    注：标“示例日期”的日期由数据集补充，非原文所载；据此判断的在办、时限状态仅为演示。");
    }

    foreach (var item in open)
    {
        Console.WriteLine(Line(item));
    }

    Console.WriteLine("超期（按牵头部门）：");
    foreach (var (department, items) in worklist.OverdueByDepartment(asOf))
    {
        Console.WriteLine($"  {Name(department)}：{items.Count}件");
        foreach (var item in items)
        {
            Console.WriteLine("  " + Line(item));
        }
    }

    Console.WriteLine($"{within}个工作日内到期：{worklist.DueWithin(asOf, within).Count}件");
    foreach (var item in worklist.DueWithin(asOf, within))
    {
        Console.WriteLine(Line(item));
    }

    Console.WriteLine($"待部门报到：{worklist.AwaitingReportIns(asOf).Count}件");
    foreach (var item in worklist.AwaitingReportIns(asOf))
    {
        Console.WriteLine(Line(item) + "  待报到：" + string.Join("、", item.AwaitingReportIn.Select(Name)));
    }

    Console.WriteLine($"挂起：{worklist.OnHold(asOf).Count}件");
    foreach (var item in worklist.OnHold(asOf))
    {
        Console.WriteLine(Line(item) + "  " + item.Issue.Holds[^1].Reason.ChineseName());
    }

    return 0;
}

static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

static string Weekday(LocalDate date) => date.DayOfWeek switch
{
    IsoDayOfWeek.Monday => "星期一",
    IsoDayOfWeek.Tuesday => "星期二",
    IsoDayOfWeek.Wednesday => "星期三",
    IsoDayOfWeek.Thursday => "星期四",
    IsoDayOfWeek.Friday => "星期五",
    IsoDayOfWeek.Saturday => "星期六",
    _ => "星期日",
};

static string Kind(DayKind kind) => kind switch
{
    DayKind.MakeUpWorkingDay => "调休上班日",
    DayKind.WorkingDay => "工作日",
    DayKind.PublicHoliday => "法定节假日",
    _ => "休息日",
};
