using System.CommandLine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SalesCoach.Bot.Hosting;
using SalesCoach.Data;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Bot.Commands;

/// <summary>
/// `chat`: talk to the bot in the terminal. Runs the same pipeline as the web (adapter, activity
/// handler, state in the same database) in-process, with deliveryMode expectReplies.
/// </summary>
public static class ChatCommand
{
    public static Command Definition()
    {
        var locale = new Option<string>("--locale") { Description = "the language to start in: zh-CN or en-US (default: the terminal's)" };
        locale.AcceptOnlyFromAmong("zh-CN", "en-US");
        var command = new Command("chat", "Talk to the bot in the terminal: the same pipeline and database as the web and Teams.") { locale }.WithOverrides();
        command.SetAction((parse, _) => RunAsync(parse.GetValue(locale), CommandLine.Overrides(parse)));
        return command;
    }

    public static async Task<int> RunAsync(string? requestedLocale, string[] overrides)
    {
        var locale = requestedLocale ?? (System.Globalization.CultureInfo.CurrentUICulture.Name is { Length: > 0 } c ? c : "zh-CN");
        var app = BotHost.Create(overrides);
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        // The server seeds in the background; here nobody would wait for it, so the first chat seeds before the prompt.
        using (var progress = TerminalProgress.ForConsole())
            await DemoFirstUse.EnsureAsync(app.Services, progress);
        var adapter = app.Services.GetRequiredService<LocalChannelAdapter>();
        var bot = app.Services.GetRequiredService<IBot>();
        var session = new TerminalSession(adapter, bot, Environment.UserName, locale);

        Console.OutputEncoding = System.Text.Encoding.UTF8;
        TerminalRenderer.Print(await session.StartAsync());
        Console.WriteLine(Strings.Get(locale, "terminal.hint"));
        while (true)
        {
            Console.Write("> ");
            var line = Console.ReadLine();
            if (line is null || line.Trim() is "exit" or "quit" or "退出") break;
            if (line.Trim().Length == 0) continue;
            TerminalRenderer.Print(await session.SendAsync(line));
        }
        return 0;
    }
}
