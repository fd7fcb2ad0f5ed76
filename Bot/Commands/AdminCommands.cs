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
    private static IEnumerable<Command> Commands() =>
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

    /// <summary>
    /// Commands whose options System.CommandLine declares for --help but whose own parser still reads the
    /// arguments: nlu and kb (other work adds options to them meanwhile), manifest and proactive (their
    /// tests pin their messages). Moving one over is its definition getting an action, and its line here going.
    /// </summary>
    private static readonly Dictionary<string, Func<string[], Task<int>>> OwnParsers = new(StringComparer.Ordinal)
    {
        ["manifest"] = ManifestPackCommand.RunAsync,
        ["kb"] = KbCommand.RunAsync,
        ["nlu"] = NluCommand.RunAsync,
        ["proactive"] = Proactive.ProactiveCommand.RunAsync,
        ["scenarios"] = ScenariosCommand.RunAsync,
    };

    private static readonly string[] HelpTokens = ["--help", "-h", "-?", "/?"];

    /// <summary>A command (chat, seed ...) or a request for the list of them; anything else starts the server.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && (!args[0].StartsWith('-') || HelpTokens.Contains(args[0]));

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("SalesCoachBot: without a command it serves the bot (--urls, --Key=value settings); with one it runs that admin command.");
        foreach (var command in Commands()) root.Subcommands.Add(command);
        if (!args[0].StartsWith('-') && root.Subcommands.All(c => c.Name != args[0]))
        {
            await Console.Error.WriteLineAsync($"error: unknown command '{args[0]}'. Commands: {string.Join(", ", root.Subcommands.Select(c => c.Name))}.");
            return 2;
        }

        var parse = root.Parse(args);
        try
        {
            if (!HelpRequested(args) && OwnParsers.TryGetValue(args[0], out var ownParser))
                return await ownParser(args[1..]);
            if (parse.Errors.Count > 0 && !HelpRequested(args))
            {
                // One line, whatever System.CommandLine's message looks like (some list the allowed values below it).
                var reason = System.Text.RegularExpressions.Regex.Replace(parse.Errors[0].Message, @"\s*\n\s*", " ");
                await Console.Error.WriteLineAsync($"error: {reason} (see `{CommandPath(parse)} --help`)");
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

    /// <summary>"kb eval": the command the error is about, as typed.</summary>
    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null && result.Command is not RootCommand; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            names.Insert(0, result.Command.Name);
        return names.Count == 0 ? "SalesCoachBot" : string.Join(" ", names);
    }

    private static bool HelpRequested(string[] args) => args.Any(a => HelpTokens.Contains(a));
}
