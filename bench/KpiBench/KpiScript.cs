namespace SalesCoach.Bench.Kpi;

/// <summary>One question of the script: what the user types, in which locale, and the kind it stands for in the breakdown.</summary>
public sealed record KpiTurn(string Kind, string Locale, string Text);

/// <summary>
/// What every conversation asks, in order and round after round; conversation n starts n questions in, so
/// at any moment the 20 conversations ask different things. "那上个月呢?" follows whatever was asked
/// before it (a follow-up re-runs the previous question for last month). Kinds: a plain figure with its
/// period comparison, a comparison of two scopes, a ranking, channels and a trend (the last three draw a chart).
/// </summary>
public static class KpiScript
{
    public static readonly IReadOnlyList<KpiTurn> Turns =
    [
        new("figure", "zh-CN", "本月销售额多少"),
        new("versus", "zh-CN", "华东区上季度订单量比华南高多少"),
        new("ranking", "en-US", "top 5 reps by revenue this quarter"),
        new("figure-rep", "zh-CN", "张伟的客户满意度"),
        new("follow-up", "zh-CN", "那上个月呢?"),
        new("figure", "zh-CN", "本季度转化率"),
        new("duration", "zh-CN", "华北的客户响应时间"),
        new("channels", "zh-CN", "各渠道的销售额"),
        new("trend", "zh-CN", "转化率趋势"),
        new("figure", "en-US", "revenue this month"),
        new("duration", "en-US", "order handling time last quarter"),
        new("ranking", "zh-CN", "各区域本季度销售额排名"),
    ];

    public static KpiTurn For(int conversation, int turn) => Turns[(conversation + turn) % Turns.Count];
}
