using SalesCoach.Bot.Scenarios;

namespace SalesCoach.Bot.Commands;

/// <summary>
/// `scenarios FILE|DIR [--now ISO] [--data DIR] [--only ID] [--quiet]`: plays conversations written as
/// data against the real bot on the demo company and prints pass/fail per turn and a summary line
/// (arguments in ScenariosCommandDefinition).
/// Exit code 0 when every conversation passed, 1 when some failed, 2 on bad arguments or a bad file.
/// </summary>
public static class ScenariosCommand
{
    /// <summary>The instant scenarios are written against unless --now says otherwise: a Thursday morning in Shanghai.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 12, 3, 10, 0, 0, TimeSpan.FromHours(8));

    internal static async Task<int> RunAsync(string path, DateTimeOffset now, string? data, string? only, bool quiet)
    {
        IReadOnlyList<Scenario> scenarios;
        try
        {
            // Relative to where the command was typed: `dotnet run --project Bot` runs in Bot/ (see NluPaths).
            scenarios = ScenarioLoader.Load(NluPaths.Resolve(path));
        }
        catch (ScenarioFormatException ex)
        {
            throw new CommandException(ex.Message, 2);
        }
        if (only is not null) scenarios = scenarios.Where(s => s.Id == only).ToList();
        if (scenarios.Count == 0) throw new CommandException($"no conversations to run in '{path}'{(only is null ? "" : $" with id '{only}'")}", 2);

        Console.OutputEncoding = System.Text.Encoding.UTF8;
        if (!Console.IsOutputRedirected) Console.Error.WriteLine($"Seeding the demo company for {now:yyyy-MM-dd HH:mm zzz} and playing {scenarios.Count} conversations ...");
        await using var host = await ScenarioHost.StartAsync(now, data);
        var summary = await new ScenarioRunner(host).RunAllAsync(scenarios, r => Print(r, quiet));
        Console.WriteLine();
        foreach (var line in summary.KindLines()) Console.WriteLine(line);
        Console.WriteLine(summary.Line());
        return summary.Passed == summary.Results.Count ? 0 : 1;
    }

    private static void Print(ScenarioResult result, bool quiet)
    {
        if (quiet && result.Passed) return;
        Console.WriteLine($"{(result.Passed ? "PASS" : "FAIL")} {result.Scenario.Id} ({result.Scenario.Lang}, {Path.GetFileName(result.Scenario.Source)})");
        foreach (var turn in result.Turns)
        {
            if (quiet && turn.Passed) continue;
            Console.WriteLine($"  {(turn.Passed ? "ok  " : "FAIL")} {turn.Number}. {turn.Turn.User}  → {turn.Answer.Trace?.Intent ?? "-"}");
            foreach (var failure in turn.Failures) Console.WriteLine($"         {failure}");
            if (!turn.Passed) Console.WriteLine($"         answer: {Shorten(turn.Answer.Text)}");
        }
        if (result.Error is not null) Console.WriteLine($"  ERROR {result.Error}");
    }

    private static string Shorten(string text)
    {
        var flat = text.Replace('\n', ' ');
        return flat.Length <= 240 ? flat : flat[..240] + " …";
    }
}
