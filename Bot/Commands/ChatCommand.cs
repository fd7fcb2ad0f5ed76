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
    public static async Task<int> RunAsync(string[] args)
    {
        var locale = OptionValue(args, "--locale") ?? (System.Globalization.CultureInfo.CurrentUICulture.Name is { Length: > 0 } c ? c : "zh-CN");
        var app = BotHost.Create(args.Where(a => a != "--locale" && a != locale).ToArray());
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

    private static string? OptionValue(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
