using SalesCoach.Skills.Nlu;

namespace SalesCoach.Tests.Dialogs;

/// <summary>
/// TEST DATA for the fake recogniser: what a good recogniser would return for each line of the
/// transcripts. Resolutions are the flat forms the real one is expected to give (catalogue names,
/// ISO ranges and instants, numbers); the clock in <see cref="Transcript"/> is 2026-11-27.
/// </summary>
public static class TestUtterances
{
    private static (string, string, object?) Person(string text) => (EntityNames.Person, text, text);
    private static (string, string, object?) Customer(string text, string id) => (EntityNames.Customer, text, id);
    private static (string, string, object?) Metric(string text, string name) => (EntityNames.Metric, text, name);
    private static (string, string, object?) Value(string text, double amount) => (EntityNames.Value, text, amount);
    private static (string, string, object?) Period(string text, string range) => (EntityNames.Period, text, range);
    private static (string, string, object?) At(string text, DateTimeOffset when) => (EntityNames.DateTime, text, when);

    private const string ThisMonth = "2026-11-01/2026-11-30";
    private const string LastMonth = "2026-10-01/2026-10-31";
    private const string ThisQuarter = "2026-10-01/2026-12-31";
    private const string NextQuarter = "2027-01-01/2027-03-31";
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static FakeIntentRecognizer Recognizer() => new FakeIntentRecognizer()
        // Chinese
        .When("给李娜定个本季度销售额200万的目标", Intents.GoalSet, Person("李娜"), Period("本季度", ThisQuarter), Metric("销售额", "revenue"), Value("200万", 2_000_000))
        .When("给李娜定个上个月销售额200万的目标", Intents.GoalSet, Person("李娜"), Period("上个月", LastMonth), Metric("销售额", "revenue"), Value("200万", 2_000_000))
        .When("给李娜定个本季度的目标", Intents.GoalSet, Person("李娜"), Period("本季度", ThisQuarter))
        .When("帮李娜定个销售额目标", Intents.GoalSet, Person("李娜"), Metric("销售额", "revenue"))
        .When("帮我设个目标", Intents.GoalSet)
        .Unsure("李娜", Intents.None, [], Person("李娜"))
        .Unsure("销售额", Intents.KpiQuery, [], Metric("销售额", "revenue"))
        .When("改成订单量", Intents.GoalSet, Metric("订单量", "order_count"))
        .Unsure("不对，是下个季度", Intents.None, [], Period("下个季度", NextQuarter))
        .Unsure("800单", Intents.None, [], Value("800单", 800))
        .Unsure("200万", Intents.None, [], Value("200万", 2_000_000))
        .Unsure("本季度", Intents.KpiQuery, [], Period("本季度", ThisQuarter))
        .When("怎么提高团队的绩效？", Intents.KbQuestion)
        .When("这个目标先不设了", Intents.Cancel)
        .When("本月销售额是多少", Intents.KpiQuery, Metric("销售额", "revenue"), Period("本月", ThisMonth))
        .Unsure("那上个月呢?", Intents.None, [], Period("上个月", LastMonth))
        .Unsure("张总那边跟进一下", Intents.ReminderCreate, [Intents.KpiQuery, Intents.KbQuestion], Customer("张总", "c-zhang"))
        .When("提醒我回访张总", Intents.ReminderCreate, Customer("张总", "c-zhang"))
        .Unsure("明天上午10点", Intents.None, [], At("明天上午10点", new DateTimeOffset(2026, 11, 28, 10, 0, 0, Beijing)))
        // English
        .When("set a revenue goal of 2 million for Sarah this quarter", Intents.GoalSet, Metric("revenue", "revenue"), Value("2 million", 2_000_000), Person("Sarah"), Period("this quarter", ThisQuarter))
        .When("set a goal for Sarah", Intents.GoalSet, Person("Sarah"))
        .When("set a goal", Intents.GoalSet)
        .Unsure("Sarah", Intents.None, [], Person("Sarah"))
        .Unsure("order count", Intents.KpiQuery, [], Metric("order count", "order_count"))
        .Unsure("revenue", Intents.KpiQuery, [], Metric("revenue", "revenue"))
        .When("actually make it revenue", Intents.GoalSet, Metric("revenue", "revenue"))
        .Unsure("2 million", Intents.None, [], Value("2 million", 2_000_000))
        .Unsure("a lot", Intents.None, [])
        .Unsure("this quarter", Intents.KpiQuery, [], Period("this quarter", ThisQuarter))
        .When("how do I coach a rep who misses targets?", Intents.KbQuestion)
        .When("what's our revenue this month?", Intents.KpiQuery, Metric("revenue", "revenue"), Period("this month", ThisMonth))
        .Unsure("what about order count?", Intents.None, [], Metric("order count", "order_count"))
        .When("remind me to call Globex yesterday at 3pm", Intents.ReminderCreate, Customer("Globex", "c-globex"), At("yesterday at 3pm", new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.Zero)))
        .Unsure("tomorrow at 10am", Intents.None, [], At("tomorrow at 10am", new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero)))
        .Unsure("Globex again", Intents.ReminderCreate, [Intents.KpiQuery, Intents.RiskCheck], Customer("Globex", "c-globex"));
}
