using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Hosting;

public sealed class StatePersistenceTests
{
    [Fact]
    public async Task LanguageChoiceAndWelcomeSurviveAHostRestartOnTheSameDatabase()
    {
        var dataDirectory = TempDirectory.Create("restart");
        await using (var first = await BotServer.StartAsync(dataDirectory))
        {
            var welcome = await ExpectRepliesClient.SendAsync(first.Client, Activities.Message("English please", "zh-CN", "conv-restart", "user-restart"));
            Assert.Contains(welcome, ExpectRepliesClient.HasCard); // first contact: the welcome card
            Assert.Contains("I'll reply in English", ExpectRepliesClient.ReadableText(welcome));
        }

        await using var second = await BotServer.StartAsync(dataDirectory);
        // A Chinese client locale and Chinese text: only the remembered choice can make the answer English.
        var replies = await ExpectRepliesClient.SendAsync(second.Client, Activities.Message("帮助", "zh-CN", "conv-restart", "user-restart"));
        var text = ExpectRepliesClient.ReadableText(replies);
        Assert.Contains("Things you can ask me", text);
        Assert.DoesNotContain(replies, ExpectRepliesClient.HasCard); // already welcomed before the restart
    }

    [PostgresFact]
    public async Task OnPostgreSqlTheLanguageChoiceSurvivesARestart()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:SalesCoach"] = database.ConnectionString };
        await using (var first = await BotServer.StartAsync(settings: settings))
            await ExpectRepliesClient.SendAsync(first.Client, Activities.Message("English please", "zh-CN", "pg-conv", "pg-user"));

        // A fresh data directory: nothing can come from a SQLite file, only from PostgreSQL.
        await using var second = await BotServer.StartAsync(settings: settings);
        var replies = await ExpectRepliesClient.SendAsync(second.Client, Activities.Message("帮助", "zh-CN", "pg-conv", "pg-user"));
        Assert.Contains("Things you can ask me", ExpectRepliesClient.ReadableText(replies));
        Assert.DoesNotContain(replies, ExpectRepliesClient.HasCard);
    }

    [Fact]
    public async Task LanguageChoiceIsPerUser()
    {
        await using var server = await BotServer.StartAsync();
        await ExpectRepliesClient.SendAsync(server.Client, Activities.Message("English please", "zh-CN", "conv-a", "user-a"));
        var other = await ExpectRepliesClient.SendAsync(server.Client, Activities.Message("帮助", "zh-CN", "conv-b", "user-b"));
        Assert.Contains("可以这样问我", ExpectRepliesClient.ReadableText(other));
    }

    [Fact]
    public async Task SwitchingBackToChineseIsRemembered()
    {
        await using var server = await BotServer.StartAsync();
        await ExpectRepliesClient.SendAsync(server.Client, Activities.Message("English please", "en-US", "conv-c", "user-c"));
        await ExpectRepliesClient.SendAsync(server.Client, Activities.Message("说中文", "en-US", "conv-c", "user-c"));
        var replies = await ExpectRepliesClient.SendAsync(server.Client, Activities.Message("help", "en-US", "conv-c", "user-c"));
        Assert.Contains("可以这样问我", ExpectRepliesClient.ReadableText(replies));
    }
}
