using SalesCoach.Bot.Commands;
using SalesCoach.Bot.Hosting;

// The same executable serves the bot and runs the admin subcommands (chat, kb, nlu, kpi, import, seed, manifest).
if (AdminCommands.IsCommand(args))
    return await AdminCommands.RunAsync(args);

var app = BotHost.Create(args);
await app.RunAsync();
return 0;
