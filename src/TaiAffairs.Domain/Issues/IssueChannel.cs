using Ardalis.SmartEnum;

namespace TaiAffairs.Domain.Issues;

/// <summary>How an issue reached the office.</summary>
/// <remarks>Equality by identity. <c>List</c> is sorted by name; <see cref="All"/> is in declaration order. Its values are immutable singletons; thread-safe.</remarks>
public sealed class IssueChannel : SmartEnum<IssueChannel>
{
    /// <summary>走访: raised during a visit.</summary>
    public static readonly IssueChannel Visit = new(nameof(Visit), 1, "走访");

    /// <summary>恳谈会: raised at a round-table.</summary>
    public static readonly IssueChannel RoundTable = new(nameof(RoundTable), 2, "恳谈会");

    /// <summary>三专专线: raised on a 三专 (专题、专线、专人) line.</summary>
    public static readonly IssueChannel SanZhuanLine = new(nameof(SanZhuanLine), 3, "三专专线");

    /// <summary>企业吹哨: the enterprise "blew the whistle"; named departments must report in.</summary>
    public static readonly IssueChannel Whistle = new(nameof(Whistle), 4, "企业吹哨");

    /// <summary>来信: a letter.</summary>
    public static readonly IssueChannel Letter = new(nameof(Letter), 5, "来信");

    /// <summary>电话、微信: by phone or WeChat.</summary>
    public static readonly IssueChannel PhoneOrWeChat = new(nameof(PhoneOrWeChat), 6, "电话微信");

    private static readonly IssueChannel[] Declared = [Visit, RoundTable, SanZhuanLine, Whistle, Letter, PhoneOrWeChat];

    private IssueChannel(string name, int value, string chineseName)
        : base(name, value) => ChineseName = chineseName;

    /// <summary>Gets every channel in declaration order.</summary>
    public static IReadOnlyList<IssueChannel> All { get; } = Array.AsReadOnly(Declared);

    /// <summary>Gets the Chinese name, e.g. <c>企业吹哨</c>.</summary>
    public string ChineseName { get; }
}
