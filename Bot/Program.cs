using SalesCoach.Bot.Commands;
using SalesCoach.Bot.Hosting;

// The same executable serves the bot and runs the admin subcommands (chat, kb, nlu, kpi, import, seed, manifest).
if (AdminCommands.IsCommand(args))
    return await AdminCommands.RunAsync(args);

try
{
    var app = BotHost.Create(args);
    await app.RunAsync();
    return 0;
}
catch (BotConfigurationException ex)
{
    // An operator's mistake, not a crash: one line that says what to set.
    await Console.Error.WriteLineAsync($"error: {ex.Message}");
    return 3;
}
