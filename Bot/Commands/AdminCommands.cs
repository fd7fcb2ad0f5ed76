namespace SalesCoach.Bot.Commands;

/// <summary>Dispatches `dotnet run --project Bot -- COMMAND ...`; each command exits non-zero with a one-line reason on bad input.</summary>
public static class AdminCommands
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> Commands = new(StringComparer.OrdinalIgnoreCase)
    {
        ["chat"] = ChatCommand.RunAsync,
        ["import"] = ImportCommand.RunAsync,
        ["kpi"] = KpiCommand.RunAsync,
        ["manifest"] = ManifestPackCommand.RunAsync,
        ["kb"] = KbCommand.RunAsync,
        ["nlu"] = NluCommand.RunAsync,
        ["proactive"] = Proactive.ProactiveCommand.RunAsync,
        ["scenarios"] = ScenariosCommand.RunAsync,
        ["seed"] = SeedCommand.RunAsync,
    };

    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static async Task<int> RunAsync(string[] args)
    {
        if (!Commands.TryGetValue(args[0], out var command))
        {
            await Console.Error.WriteLineAsync($"error: unknown command '{args[0]}'. Commands: {string.Join(", ", Commands.Keys)}.");
            return 2;
        }
        try
        {
            return await command(args[1..]);
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
}
