using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SalesCoach.Data.Demo;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Examples;

/// <summary>
/// Every example the bot or the docs offer works on a freshly seeded demo company: sent as a newcomer
/// sends it (the anonymous web user, who is the demo's administrator), it gets an answer, not a
/// "not found", a "didn't understand" or a question about which intent was meant.
/// </summary>
public sealed class ExamplesTests(ExamplesTests.SeededBot bot) : IClassFixture<ExamplesTests.SeededBot>
{
    public static TheoryData<string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var e in OfferedExamples.All()) data.Add(e.Source, e.Locale, e.Text);
        return data;
    }

    [Fact]
    public void TheExamplesAreCollectedFromEveryPlaceTheyAreOffered()
    {
        var sources = OfferedExamples.All().GroupBy(e => e.Source).ToDictionary(g => g.Key, g => g.Count());
        foreach (var source in new[] { "welcome card", "help", "quick reply", "Teams command", "Teams command description", "README" })
            Assert.True(sources.GetValueOrDefault(source) > 0, $"no examples read from {source}");
        // Both languages of the help examples, at least.
        Assert.True(OfferedExamples.All().Count(e => e.Source == "help") >= 12);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task TheExampleWorksOnAFreshDemoCompany(string source, string locale, string text)
    {
        var example = OfferedExamples.All().First(e => e.Source == source && e.Locale == locale && e.Text == text);
        var chat = new ChatTranscript(bot.Server.Client, "newcomer-" + Guid.NewGuid().ToString("N")[..6], locale);
        await chat.SayAsync(text);
        var said = chat.AllText;
        Assert.False(string.IsNullOrWhiteSpace(said), $"{example}: no reply");
        foreach (var failure in FailureReplies.Templates(locale))
            Assert.False(failure.Pattern.IsMatch(said), $"{example}: answered with {failure.Key}:\n{said}");
        if (!example.OpensAGuidedTask)
            foreach (var ask in FailureReplies.SlotQuestions(locale))
                Assert.False(ask.Pattern.IsMatch(said), $"{example}: asked back ({ask.Key}) instead of answering:\n{said}");
    }

    [Fact]
    public async Task TheDemoModeNoticeIsSaidOncePerConversation()
    {
        var user = "newcomer-" + Guid.NewGuid().ToString("N")[..6];
        var chat = new ChatTranscript(bot.Server.Client, user, "zh-CN");
        Assert.Contains("演示模式", await chat.SayAsync("本月销售额多少"));
        Assert.DoesNotContain("演示模式", await chat.SayAsync("本月订单量多少"));
        // A new conversation is told again.
        Assert.Contains("演示模式", await new ChatTranscript(bot.Server.Client, user, "zh-CN").SayAsync("本月销售额多少"));
    }

    /// <summary>One bot for all examples, on a demo company seeded from scratch.</summary>
    public sealed class SeededBot : IAsyncLifetime
    {
        public BotServer Server { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Server = await BotServer.StartAsync(settings: new Dictionary<string, string?> { ["SalesCoach:DemoData"] = "true" });
            // Waits for the first-run seed behind the seeder's gate (or seeds, if it has not begun).
            await Server.Services.GetRequiredService<DemoSeeder>().SeedAsync(force: false);
        }

        public async Task DisposeAsync() => await Server.DisposeAsync();
    }
}
