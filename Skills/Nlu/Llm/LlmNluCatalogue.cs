namespace SalesCoach.Skills.Nlu.Llm;

/// <summary>
/// What the model is told each intent and entity means. Kept beside the prompt rather than in
/// Intents/EntityNames because only the LLM needs prose; a test checks every intent is described.
/// </summary>
internal static class LlmNluCatalogue
{
    public static readonly IReadOnlyDictionary<string, string> IntentDefinitions = new Dictionary<string, string>
    {
        [Intents.GoalSet] = "set, create or change a sales target or goal (for oneself, a rep or the team)",
        [Intents.GoalProgress] = "ask how far a goal or target has got, whether it is on track",
        [Intents.KpiQuery] = "ask for a figure or KPI (revenue, orders, conversion ...) for a period, person or customer",
        [Intents.ReminderCreate] = "ask to be reminded of something at a time",
        [Intents.ReminderList] = "ask which reminders are set",
        [Intents.ReminderCancel] = "cancel, delete or stop a reminder",
        [Intents.TrainingSuggest] = "ask for training, coaching or skill-building suggestions for reps or the team",
        [Intents.RiskCheck] = "ask about sales risks: deals or customers at risk, churn, shortfalls, risk assessment",
        [Intents.KbQuestion] = "a how-to or what-is question about sales management (methods, definitions, best practice)",
        [Intents.DigestSettings] = "turn the daily digest or summary on or off, or change when it is sent",
        [Intents.Help] = "ask what the assistant can do or how to use it",
        [Intents.Cancel] = "abandon the current task or conversation step (not cancelling a reminder)",
        [Intents.Greeting] = "hello, thanks, small talk with no request",
        [Intents.LanguageSwitch] = "ask the assistant to speak Chinese or English",
    };

    public static readonly IReadOnlyDictionary<string, string> EntityDefinitions = new Dictionary<string, string>
    {
        [EntityNames.Metric] = "a sales metric as typed; the catalogue is revenue, growth_rate, order_count, new_customers, "
            + "customer_count, csat, order_handling_time, response_time, conversion_rate, channel_efficiency "
            + "(e.g. 销售额, 营收, 订单量, 客户满意度, conversion rate)",
        [EntityNames.Period] = "a time range in a goal, KPI question, risk check or training request (本月, 上个季度, 年底前, this quater, Q3)",
        [EntityNames.DateTime] = "a point in time for a reminder or digest setting (下周三下午三点, tomorrow 9am, every day at 8)",
        [EntityNames.Person] = "one of our own reps or team members (张伟, 李娜, Sarah)",
        [EntityNames.Customer] = "a customer company or a contact at a customer (张总, 王总, Mr. Wang, Globex)",
        [EntityNames.Value] = "a target amount as typed, with its unit or currency (200万, $250k, 800单, 95%)",
    };

    public static readonly IReadOnlyList<string> EntityNamesAll = [.. EntityDefinitions.Keys];

    /// <summary>The intents the model may answer: ours plus "none" for "nothing fits".</summary>
    public static readonly IReadOnlyList<string> IntentNamesAll = [.. Intents.All, Intents.None];
}
