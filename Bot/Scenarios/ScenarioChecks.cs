namespace SalesCoach.Bot.Scenarios;

/// <summary>The checks of one turn against the bot's answer; each failed check is one readable line.</summary>
public static class ScenarioChecks
{
    public static IReadOnlyList<string> Check(ScenarioTurn turn, ScenarioAnswer answer)
    {
        var failures = new List<string>();
        var text = answer.Text;
        if (answer.Status is not (200 or 0)) failures.Add($"status {answer.Status}");
        if (answer.Messages.Count == 0) failures.Add("no reply");

        if (turn.Intent is { Length: > 0 } intent)
        {
            var actual = answer.Trace?.Intent ?? "(none)";
            var allowed = intent.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (!allowed.Contains(actual, StringComparer.Ordinal)) failures.Add($"intent {actual}, expected {intent}");
        }
        foreach (var (name, expected) in turn.Entities ?? [])
        {
            var found = answer.Trace?.Entities.GetValueOrDefault(name);
            if (found is null || !found.Contains(expected, StringComparison.OrdinalIgnoreCase))
                failures.Add($"entity {name} = {found ?? "(none)"}, expected '{expected}'");
        }
        foreach (var must in turn.Has ?? [])
        {
            var options = must.Split(" | ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (!options.Any(o => text.Contains(o, StringComparison.OrdinalIgnoreCase)))
                failures.Add($"answer lacks '{must}'");
        }
        foreach (var mustNot in turn.Lacks ?? [])
        {
            if (text.Contains(mustNot, StringComparison.OrdinalIgnoreCase)) failures.Add($"answer contains '{mustNot}'");
        }
        // The bot's own rule for a mixed text's language (Locales.MainLanguage), shortened to zh / en.
        if (turn.ReplyLang is { } lang && Skills.Localization.Locales.MainLanguage(text) is { } main
            && (main == Skills.Localization.Locales.Chinese ? "zh" : "en") is var actualLang && actualLang != lang)
            failures.Add($"answer is mostly {actualLang}, expected {lang}");
        if (turn.Waiting is { } waiting)
        {
            var open = answer.Trace?.OpenForm ?? "none";
            if (!string.Equals(open, waiting, StringComparison.OrdinalIgnoreCase)) failures.Add($"waiting on {open}, expected {waiting}");
        }
        return failures;
    }
}
