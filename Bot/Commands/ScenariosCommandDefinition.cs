using System.CommandLine;
using System.Globalization;

namespace SalesCoach.Bot.Commands;

/// <summary>`scenarios`' arguments and options; ScenariosCommand does the work.</summary>
internal static class ScenariosCommandDefinition
{
    public static Command Create()
    {
        var path = new Argument<string>("FILE|DIR") { Description = "a scenario file, or a folder of them (e.g. tests/data/conversations/tuning)" };
        var now = new Option<string>("--now") { Description = "the instant the conversations happen at (ISO 8601; default 2026-12-03T10:00:00+08:00)" };
        var data = new Option<string>("--data") { Description = "a data folder to keep the seeded database in between runs (default: a temporary one)" };
        var only = new Option<string>("--only") { Description = "play only the conversation with this id" };
        var quiet = new Option<bool>("--quiet") { Description = "print only failed conversations and the summary" };
        var command = new Command("scenarios", "Play conversations written as data (YAML) against the real bot on the demo company; pass/fail per turn and a summary line.")
        {
            path, now, data, only, quiet,
        };
        command.SetAction(p => ScenariosCommand.RunAsync(p.GetValue(path)!, Instant(p.GetValue(now)), p.GetValue(data), p.GetValue(only), p.GetValue(quiet)));
        return command;
    }

    private static DateTimeOffset Instant(string? value) =>
        value is null ? ScenariosCommand.DefaultNow
        : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var now) ? now
        : throw new CommandException("--now must be an ISO-8601 instant such as 2026-12-03T10:00:00+08:00");
}
