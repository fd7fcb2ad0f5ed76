using System.CommandLine;

namespace SalesCoach.Bot.Commands;

/// <summary>Small pieces every admin command's System.CommandLine definition shares.</summary>
internal static class CommandLine
{
    /// <summary>
    /// Configuration overrides (--Key=value, as for serving) are not options of any command: the command
    /// lets them through as unmatched tokens, and this takes them, refusing anything else that was not understood.
    /// </summary>
    public static string[] Overrides(ParseResult parse)
    {
        var unknown = parse.UnmatchedTokens.FirstOrDefault(t => !IsOverride(t));
        if (unknown is not null)
            throw new CommandException($"unknown argument '{unknown}'; see `{parse.CommandResult.Command.Name} --help`");
        return [.. parse.UnmatchedTokens];
    }

    public static bool IsOverride(string token) => token.StartsWith("--", StringComparison.Ordinal) && token.Contains('=');

    /// <summary>A command that also takes --Key=value configuration overrides.</summary>
    public static T WithOverrides<T>(this T command) where T : Command
    {
        command.TreatUnmatchedTokensAsErrors = false;
        return command;
    }

    public static Option<bool> Json(string description = "print JSON instead of text") => new("--json") { Description = description };
}
