using System.Diagnostics;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Commands;

public sealed class ChatCommandTests
{
    [Fact]
    public async Task TheTerminalChatRunsTheBotPipelineAndRemembersTheLanguage()
    {
        var data = TempDirectory.Create("chat");
        var first = await RunChatAsync(data, "帮助\nEnglish please\nexit\n");
        Assert.Contains("你好，我是销售教练", first); // welcome on start
        Assert.Contains("可以这样问我", first);
        Assert.Contains("I'll reply in English", first);

        var second = await RunChatAsync(data, "帮助\nexit\n");
        Assert.Contains("Things you can ask me", second);
    }

    [Fact]
    public async Task AnUnknownCommandExitsNonZeroWithOneLine()
    {
        var (code, output) = await BotProcess.RunToExitAsync(new Dictionary<string, string?>(), "no-such-command");
        Assert.NotEqual(0, code);
        Assert.Single(output.Trim().Split('\n'));
        Assert.Contains("unknown command", output);
    }

    [Fact]
    public async Task TheFirstChatOnAnEmptyDatabaseSeedsTheDemoCompanySoTheExamplesFindTheirPeople()
    {
        var data = TempDirectory.Create("chat-demo");
        var output = await RunChatAsync(data, "我是谁\n李娜需要什么培训？\nexit\n", demoData: true);
        Assert.DoesNotContain("找不到", output);
        Assert.Contains("李娜", output);
        // Output is not a terminal here: the seed's progress line stays out of it.
        Assert.DoesNotContain("Seeding the demo company", output);
    }

    private static async Task<string> RunChatAsync(string dataDirectory, string input, bool demoData = false)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { BotProcess.BotAssemblyPath, "chat", "--locale", "zh-CN", $"--SalesCoach:DataDirectory={dataDirectory}", "--environment=Development", $"--SalesCoach:DemoData={demoData}" })
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(300));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, await errors);
        return await output;
    }
}
