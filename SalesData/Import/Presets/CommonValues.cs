using SalesCoach.Data.Model;

namespace SalesCoach.Data.Import.Presets;

/// <summary>
/// Stage and role words every preset accepts (our own names in English and Chinese), so a hand-edited
/// cell in a CRM export still reads. Presets add their CRM's own vocabulary on top.
/// </summary>
internal static class CommonValues
{
    public static readonly IReadOnlyDictionary<string, DealStage> Stages = Fold(new Dictionary<string, DealStage>
    {
        ["lead"] = DealStage.Lead, ["线索"] = DealStage.Lead, ["初步接洽"] = DealStage.Lead,
        ["qualified"] = DealStage.Qualified, ["需求分析"] = DealStage.Qualified, ["已确认需求"] = DealStage.Qualified,
        ["proposal"] = DealStage.Proposal, ["方案"] = DealStage.Proposal, ["报价"] = DealStage.Proposal,
        ["negotiation"] = DealStage.Negotiation, ["谈判"] = DealStage.Negotiation, ["商务谈判"] = DealStage.Negotiation,
        ["won"] = DealStage.Won, ["赢单"] = DealStage.Won, ["成交"] = DealStage.Won,
        ["lost"] = DealStage.Lost, ["输单"] = DealStage.Lost, ["丢单"] = DealStage.Lost,
    });

    public static readonly IReadOnlyDictionary<string, SalesRole> Roles = Fold(new Dictionary<string, SalesRole>
    {
        ["rep"] = SalesRole.Rep, ["销售"] = SalesRole.Rep, ["销售代表"] = SalesRole.Rep, ["销售人员"] = SalesRole.Rep,
        ["manager"] = SalesRole.Manager, ["经理"] = SalesRole.Manager, ["销售经理"] = SalesRole.Manager, ["主管"] = SalesRole.Manager,
        ["admin"] = SalesRole.Admin, ["管理员"] = SalesRole.Admin, ["销售管理员"] = SalesRole.Admin, ["系统管理员"] = SalesRole.Admin,
    });

    public static IReadOnlyDictionary<string, T> Fold<T>(IEnumerable<KeyValuePair<string, T>> pairs) =>
        pairs.ToDictionary(p => ImportText.Key(p.Key), p => p.Value);

    /// <summary>The common words plus a preset's own; the preset wins where both name the same word.</summary>
    public static IReadOnlyDictionary<string, T> With<T>(IReadOnlyDictionary<string, T> common, Dictionary<string, T> own) =>
        Fold(common.Concat(Fold(own)).GroupBy(p => p.Key).Select(g => g.Last()));
}
