namespace SalesCoach.Bench.Mixed;

/// <summary>One turn of the cycle: its kind (the breakdown's row) and what a Chinese or an English user types.</summary>
public sealed record MixedTurn(string Kind, string Chinese, string English);

/// <summary>
/// The cycle every conversation walks, from its own offset so that at any moment the conversations ask
/// different things: a KPI question, its follow-up (which re-runs the previous question for last month),
/// goal progress, the reminder list, a knowledge-base question and help. Even conversations speak Chinese,
/// odd ones English. The follow-up always comes right after its question, whatever the offset.
/// </summary>
public static class MixedScript
{
    public static readonly IReadOnlyList<MixedTurn> Cycle =
    [
        new("kpi", "本月销售额多少", "revenue this month"),
        new("kpi-follow-up", "那上个月呢?", "what about last month?"),
        new("goal-progress", "我这个月的目标完成多少了", "how are we tracking against our goals"),
        new("reminder-list", "我的提醒", "my reminders"),
        new("knowledge", "怎么做客户回访？", "how do we keep reps motivated without money?"),
        new("help", "帮助", "help"),
    ];

    public static IReadOnlyList<string> Kinds { get; } = [.. Cycle.Select(t => t.Kind)];

    /// <summary>Turn <paramref name="turn"/> of conversation <paramref name="conversation"/>: offsets move in pairs so the follow-up keeps its question.</summary>
    public static MixedTurn For(int conversation, long turn) => Cycle[(int)((conversation * 2 + turn) % Cycle.Count)];

    public static MixedTurn OfKind(string kind) => Cycle.First(t => t.Kind == kind);

    public static (string Locale, string Text) Say(MixedTurn turn, int conversation) =>
        conversation % 2 == 0 ? ("zh-CN", turn.Chinese) : ("en-US", turn.English);
}
