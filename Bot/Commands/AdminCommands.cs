using System.CommandLine;

namespace SalesCoach.Bot.Commands;

/// <summary>
/// Dispatches `dotnet run --project Bot -- COMMAND ...` with System.CommandLine: every command and subcommand
/// prints its usage with --help, and bad input exits non-zero (2) with a one-line reason. Each command
/// declares itself in its own file (a static Definition()); adding one is a line in <see cref="Commands"/>.
/// </summary>
public static class AdminCommands
{
    /// <summary>The commands, each declared in its own file.</summary>
    internal static IEnumerable<Command> Commands() =>
    [
        ChatCommand.Definition(),
        ImportCommand.Definition(),
        KpiCommand.Definition(),
        SeedCommand.Definition(),
        ManifestCommandDefinition.Create(),
        KbCommandDefinition.Create(),
        NluCommandDefinition.Create(),
        Proactive.ProactiveCommandDefinition.Create(),
        ScenariosCommandDefinition.Create(),
    ];

    private static readonly string[] HelpTokens = ["--help", "-h", "-?", "/?"];

    /// <summary>A command (chat, seed ...) or a request for the list of them; anything else starts the server.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && (!args[0].StartsWith('-') || HelpTokens.Contains(args[0]));

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Commands());

    /// <summary>Runs <paramref name="args"/> against <paramref name="commands"/> (tests pass a command built with their own configuration).</summary>
    internal static async Task<int> RunAsync(string[] args, IEnumerable<Command> commands)
    {
        var root = new RootCommand("SalesCoachBot: without a command it serves the bot (--urls, --Key=value settings); with one it runs that admin command.");
        foreach (var command in commands)
        {
            CommandLine.RefuseUnknownOptions(command);
            root.Subcommands.Add(command);
        }
        if (!args[0].StartsWith('-') && root.Subcommands.All(c => c.Name != args[0]))
        {
            await Console.Error.WriteLineAsync($"error: unknown command '{args[0]}'. Commands: {string.Join(", ", root.Subcommands.Select(c => c.Name))}.");
            return 2;
        }

        var parse = root.Parse(args);
        try
        {
            if (parse.Errors.Count > 0 && !HelpRequested(args) && parse.CommandResult.Command is { Action: null, Subcommands.Count: > 0 } group)
            {
                // "manifest unpack": say which subcommands there are rather than System.CommandLine's "Required command was not provided".
                var names = string.Join(", ", group.Subcommands.Select(c => c.Name));
                var path = CommandLine.PathOf(parse);
                var given = args.Skip(path.Split(' ').Length).FirstOrDefault();
                await Console.Error.WriteLineAsync(given is null
                    ? $"error: {path} needs a subcommand: {names} (see `{path} --help`)"
                    : $"error: unknown subcommand '{given}' of {path}; use {names} (see `{path} --help`)");
                return 2;
            }
            if (parse.Errors.Count > 0 && !HelpRequested(args))
            {
                // One line, whatever System.CommandLine's message looks like (some list the allowed values below it).
                var reason = System.Text.RegularExpressions.Regex.Replace(parse.Errors[0].Message, @"\s*\n\s*", " ");
                await Console.Error.WriteLineAsync($"error: {reason} (see `{CommandLine.PathOf(parse)} --help`)");
                return 2;
            }
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (CommandException ex)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return ex.ExitCode;
        }
        catch (Hosting.BotConfigurationException ex)
        {
            // `chat` builds the bot's host: the same one-line refusal as serving.
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 3;
        }
    }

    private static bool HelpRequested(string[] args) => args.Any(a => HelpTokens.Contains(a));
}
