namespace SalesCoach.Skills.Nlu;

/// <summary>The intent names every recogniser, skill and evaluation file uses.</summary>
public static class Intents
{
    public const string GoalSet = "goal_set";
    public const string GoalProgress = "goal_progress";
    public const string KpiQuery = "kpi_query";
    public const string ReminderCreate = "reminder_create";
    public const string ReminderList = "reminder_list";
    public const string ReminderCancel = "reminder_cancel";
    public const string TrainingSuggest = "training_suggest";
    public const string RiskCheck = "risk_check";
    public const string KbQuestion = "kb_question";
    public const string DigestSettings = "digest_settings";
    public const string Help = "help";
    public const string Cancel = "cancel";
    public const string Greeting = "greeting";
    /// <summary>Ours: "说中文" / "English please".</summary>
    public const string LanguageSwitch = "language_switch";
    /// <summary>Yes to what the bot just showed or asked ("行，就按这个来", "sounds good, save it").</summary>
    public const string Affirm = "affirm";
    /// <summary>No to what the bot just showed or asked ("不对", "no, not that").</summary>
    public const string Deny = "deny";
    /// <summary>Something neither the guide nor the data covers ("明年汇率怎么走"): declined honestly.</summary>
    public const string OutOfScope = "out_of_scope";
    /// <summary>No intent reached the confidence threshold: the bot asks rather than guesses.</summary>
    public const string None = "none";

    public static readonly IReadOnlyList<string> All =
    [
        GoalSet, GoalProgress, KpiQuery, ReminderCreate, ReminderList, ReminderCancel, TrainingSuggest,
        RiskCheck, KbQuestion, DigestSettings, Help, Cancel, Greeting, LanguageSwitch, Affirm, Deny, OutOfScope,
    ];
}
