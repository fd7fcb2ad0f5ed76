using System.Globalization;
using SalesCoach.Bot.Scenarios;

namespace SalesCoach.Bot.Commands;

/// <summary>
/// `scenarios FILE|DIR [--now ISO] [--data DIR] [--only ID] [--quiet]`: plays conversations written as
/// data against the real bot on the demo company and prints pass/fail per turn and a summary line.
/// Exit code 0 when every conversation passed, 1 when some failed, 2 on bad arguments or a bad file.
/// </summary>
public static class ScenariosCommand
{
    /// <summary>The instant scenarios are written against unless --now says otherwise: a Thursday morning in Shanghai.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 12, 3, 10, 0, 0, TimeSpan.FromHours(8));

    private const string Usage = "Usage: scenarios FILE|DIR [--now ISO-8601] [--data DIR] [--only ID] [--quiet]";

    public static async Task<int> RunAsync(string[] args)
    {
        string? path = null, data = null, only = null;
        var now = DefaultNow;
        var quiet = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--now":
                    if (!DateTimeOffset.TryParse(Next(args, ref i), CultureInfo.InvariantCulture, DateTimeStyles.None, out now))
                        throw new CommandException($"--now must be an ISO-8601 instant such as 2026-12-03T10:00:00+08:00. {Usage}", 2);
                    break;
                case "--data": data = Next(args, ref i); break;
                case "--only": only = Next(args, ref i); break;
                case "--quiet": quiet = true; break;
                case var a when a.StartsWith('-'): throw new CommandException($"unknown option '{a}'. {Usage}", 2);
                default:
                    if (path is not null) throw new CommandException($"one file or folder only. {Usage}", 2);
                    path = args[i];
                    break;
            }
        }
        if (path is null) throw new CommandException($"name a scenario file or folder. {Usage}", 2);

        IReadOnlyList<Scenario> scenarios;
        try
        {
            scenarios = ScenarioLoader.Load(path);
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

    private static string Next(string[] args, ref int i) =>
        ++i < args.Length ? args[i] : throw new CommandException($"{args[i - 1]} needs a value. {Usage}", 2);
}
