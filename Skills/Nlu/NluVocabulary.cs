namespace SalesCoach.Skills.Nlu;

/// <summary>
/// The English words the rules key on (typo targets) and everyday words that are never typos of them.
/// Kept in one place so a new keyword also becomes typo-tolerant.
/// </summary>
public static class NluVocabulary
{
    public static readonly IReadOnlyList<string> Words =
    [
        "remind", "reminder", "reminders", "visit", "quarter", "quarterly", "month", "monthly", "today", "tomorrow",
        "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
        "afternoon", "evening", "minutes", "hours", "weeks", "january", "february", "march", "april", "august",
        "september", "october", "november", "december", "revenue", "growth", "orders", "customers", "clients",
        "satisfaction", "response", "conversion", "channel", "channels", "efficiency", "target", "targets",
        "progress", "tracking", "training", "coaching", "courses", "skills", "improve", "better", "checklist",
        "assess", "assessment", "review", "pipeline", "risks", "digest", "summary", "enable", "disable",
        "cancel", "delete", "remove", "upcoming", "callbacks", "callback", "follow", "schedule", "create",
        "show", "list", "goals", "sales", "handling", "processing", "process", "average", "number", "total",
        "onboarding", "objection", "closing", "incentive", "forget", "never", "hello", "morning", "please",
        "switch", "english", "chinese", "performance", "meeting", "stand", "common", "ways", "handle", "deals",
    ];

    /// <summary>Real words one edit away from a keyword ("these" is not "there"): never "corrected".</summary>
    public static readonly IReadOnlySet<string> CommonWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "what", "which", "when", "where", "with", "this", "that", "them", "then", "they", "there", "their",
        "have", "does", "done", "will", "would", "should", "could", "about", "after", "before", "check", "ring",
        "call", "into", "from", "your", "mine", "some", "more", "most", "much", "many", "best", "rest", "team",
        "teams", "next", "last", "week", "year", "says", "said", "much", "show", "shows", "want", "need", "needs",
        "close", "closed", "start", "stop", "time", "times", "rate", "rates", "turn", "send", "change", "instead",
        "pls", "deal", "ping", "order", "hire", "hires", "reps", "keep", "good", "great", "give", "gave", "take",
        "make", "made", "other", "these", "those", "thing", "things", "again", "still", "latest", "month's",
        "visits", "visited", "reminded", "minute", "hour", "days", "east", "west", "north", "south", "china",
        "top", "trend", "trends", "against", "track", "struggles", "ideas", "some", "schema", "there's",
        // Singular nouns one letter from a plural keyword: "customer count" must stay "customer".
        "customer", "client", "leads", "lead", "replying", "hiya", "scheduled",
        // Plural weekdays and parts of the day say "every": "Mondays at 8" must not become "Monday at 8".
        "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "mornings", "afternoons", "evenings",
    };
}
