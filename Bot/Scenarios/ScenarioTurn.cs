namespace SalesCoach.Bot.Scenarios;

/// <summary>
/// One user message and the checks on the bot's answer. Every check is optional; a turn with none
/// only has to be answered without an error.
/// </summary>
public sealed class ScenarioTurn
{
    /// <summary>What the user types.</summary>
    public string User { get; set; } = "";

    /// <summary>The intent the engine must report; alternatives separated by "|" (e.g. "kpi_query|command").</summary>
    public string? Intent { get; set; }

    /// <summary>Entities the recogniser must find: name to a substring of the span it reports.</summary>
    public Dictionary<string, string>? Entities { get; set; }

    /// <summary>Each entry must appear in the answer (text, cards, buttons); "a | b" means either.</summary>
    public List<string>? Has { get; set; }

    /// <summary>None of these may appear in the answer.</summary>
    public List<string>? Lacks { get; set; }

    /// <summary>"zh" or "en": the language most of the answer's text must be in.</summary>
    public string? ReplyLang { get; set; }

    /// <summary>The form that must be waiting after the turn (its name), or "none".</summary>
    public string? Waiting { get; set; }
}
