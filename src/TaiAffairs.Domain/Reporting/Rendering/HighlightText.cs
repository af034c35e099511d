using System.Globalization;
using TaiAffairs.Domain.Subsidies;

namespace TaiAffairs.Domain.Reporting;

/// <summary>The Chinese sentence for each kind of highlight, shared by the text, Markdown and JSON renderers.</summary>
internal static class HighlightText
{
    public static string Chinese(Highlight h) => h.Kind switch
    {
        HighlightKind.AllianceJoined => $"{string.Join("、", h.Names)}加入{h.Title}",
        HighlightKind.Publicity => $"宣讲{string.Join("、", h.Packages.Select(p => "“" + p.ChineseName + "”"))}"
            + (h.Count is { } materials ? $"，制作宣传材料{materials}" : string.Empty)
            + (h.Recipients.Count > 0 ? $"，发放{string.Join("、", h.Recipients)}" : string.Empty),
        HighlightKind.Award => $"{h.Names[0]}{(h.Title is { } title ? $"“{title}”项目" : string.Empty)}获得{string.Join("、", h.Programmes.Select(p => p.ChineseName))}"
            + $"{(h.Level is { } level && level != FundingLevel.NotStated ? level.ChineseName : string.Empty)}资金{h.Amount!.Value.ToString("W", CultureInfo.InvariantCulture)}",
        HighlightKind.Training => h.Count is { } attendance ? $"开展涉台培训“{h.Title}”，{attendance}参加" : $"开展涉台培训“{h.Title}”",
        HighlightKind.Honour => $"{(h.Recommended ? "推荐" : string.Empty)}{h.Names[0]}获评{h.Year}年“{h.Honour!.ChineseName}”荣誉",
        HighlightKind.Investment => $"{h.Names[0]}投资{h.Amount!.Value.ToString("w", CultureInfo.InvariantCulture)}，{h.Title}",
        HighlightKind.Service => $"为{h.Names[0]}{h.Service!.ChineseName}：{h.Title}",
        HighlightKind.RecurringService => h.Missed.Count == 0
            ? $"坚持每季度为{h.Names[0]}{h.Service!.ChineseName}，{h.Period}各季度均已办理"
            : $"为{h.Names[0]}{h.Service!.ChineseName}，{string.Join("、", h.Missed)}未办理",
        _ => $"{h.EventKind!.ChineseName}活动“{h.Title}”，{h.Venue}"
            + (h.Partners.Count > 0 ? $"（与{string.Join("、", h.Partners.Select(d => d.ShortName))}区共同举办）" : string.Empty),
    };
}
