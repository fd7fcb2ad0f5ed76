using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data.Demo;
using SalesCoach.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SalesCoach.Tests.EndToEnd;

/// <summary>
/// Writes docs/screenshots/ from the real clients (the web chat page and Agents Playground, Chinese and
/// English) against a bot on the demo company, so the documentation shows the product as it is today.
/// </summary>
public sealed class DocsScreenshotsTests(ITestOutputHelper output)
{
    private static readonly string[] Expected = ["webchat-zh.png", "webchat-en.png", "playground-zh.png", "playground-en.png"];

    [BrowserFact]
    public async Task TheDocsScreenshotsAreTakenFromTheRealClients()
    {
        await using var server = await BotServer.StartAsync(settings: new Dictionary<string, string?> { ["SalesCoach:DemoData"] = "true" });
        await server.Services.GetRequiredService<DemoSeeder>().SeedAsync(force: false);
        var folder = RepositoryPaths.InRepository("docs", "screenshots");
        var started = DateTime.UtcNow.AddSeconds(-1);

        var result = await NodeScript.RunAsync(output, "docs-screenshots.mjs", server.BaseUri, folder, TimeSpan.FromMinutes(6));

        Assert.True(result.ExitCode == 0 && result.Facts["ok"]!.GetValue<bool>(), result.Describe());
        foreach (var name in Expected)
        {
            var file = Path.Combine(folder, name);
            Assert.True(File.Exists(file) && File.GetLastWriteTimeUtc(file) >= started, $"{name} was not written by this run");
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, File.ReadAllBytes(file)[..4]);
        }
    }
}
