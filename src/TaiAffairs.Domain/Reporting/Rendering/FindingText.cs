using TaiAffairs.Domain.Common;

namespace TaiAffairs.Domain.Reporting;

/// <summary>The Chinese sentence for each kind of finding, shared by the text and Markdown renderers.</summary>
internal static class FindingText
{
    public static string Chinese(ReviewFinding finding)
    {
        var scope = finding.District?.ChineseName ?? "全市";
        var figures = finding.Figures;
        if (finding.Kind == FindingKind.OutlineFigureWithoutSource)
        {
            return $"{scope}的纲目写到“{finding.Key.Label}”，但既无申报也无记录，未予列出";
        }

        if (finding.Kind == FindingKind.OutlineCaseNotTold)
        {
            return $"{scope}的纲目写到一个未提供的案例，未予列出";
        }

        if (finding.Kind == FindingKind.OutlineAwardNotOnRecord)
        {
            return $"{scope}的纲目写到一笔不在本年度记录中的资助，未予列出";
        }

        var first = figures[0];
        var second = figures.Count > 1 ? figures[1] : null;
        return finding.Kind.Name switch
        {
            nameof(FindingKind.RecordedAboveDeclared) =>
                $"{scope}“{first.Key.Label}”{Stated(second!)}{second!.Value}，但已逐项记录{first.Value}，超过上限",
            nameof(FindingKind.DistinctAboveTotal) =>
                $"{scope}“{first.Key.Label}”{first.Value}多于“{second!.Key.Label}”{second.Value}：去重数不应超过人次",
            nameof(FindingKind.PartAboveWhole) =>
                $"{scope}“{Name(first)}”{first.Value}多于其总数“{second!.Key.Label}”{second.Value}：部分不应超过整体",
            nameof(FindingKind.DisagreesWithDivisionData) =>
                $"{scope}“{first.Key.Label}”申报{second!.Value}，但区划数据中为{first.Value}",
            nameof(FindingKind.ConflictingStatements) =>
                $"{scope}对“{finding.Key.Label}”申报了{figures.Count}个总数（{string.Join("、", figures.Select(f => f.Value.ToString()))}），无法确定采用哪一个",
            _ => $"全市“{finding.Key.Label}”未能合计{string.Join("、", figures.Select(f => f.District?.ChineseName).OfType<string>().Distinct())}的数值"
                 + $"（{string.Join("、", figures.Select(f => f.Value.ToString()))}），全市合计不完整",
        };
    }

    private static string Name(FindingFigure figure) => figure.Qualifier is { } qualifier ? $"{figure.Key.Label}（其中{qualifier}）" : figure.Key.Label;

    private static string Stated(FindingFigure figure) => figure.Provenance == Provenance.CombinedFromDistricts ? "各区合计" : "申报";
}
