using System.Text.Json.Nodes;
using SalesCoach.Skills.Proactive;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Proactive;

/// <summary>
/// The bot as real OS processes: killed after scheduling and started again (SQLite), and two instances
/// on one PostgreSQL database (Quartz clustered). Schedules are written with the `proactive schedule`
/// admin command into the same job store, the way the skills write them from a chat turn.
/// </summary>
public sealed class ProcessDeliveryTests
{
    private static readonly Dictionary<string, string?> Development = new() { ["ASPNETCORE_ENVIRONMENT"] = "Development" };

    private static string[] BotArgs(string dataDirectory, string? postgres = null) =>
    [
        $"--SalesCoach:DataDirectory={dataDirectory}",
        "--SalesCoach:DemoData=false",
        "--SalesCoach:Proactive:EnableTestComposer=true",
        "--SalesCoach:Proactive:IdleWaitTime=00:00:01",
        "--SalesCoach:Proactive:ClusterCheckinInterval=00:00:02",
        "--Logging:LogLevel:Default=Warning",
        .. postgres is null ? Array.Empty<string>() : [$"--ConnectionStrings:SalesCoach={postgres}"],
    ];

    private static async Task HelloAsync(BotProcess bot, Uri serviceUrl, string userId)
    {
        var activity = Activities.Message("你好", userId: userId, conversationId: $"conv-{userId}", channelId: "msteams");
        activity["serviceUrl"] = serviceUrl.ToString();
        ((JsonObject)activity["conversation"]!)["conversationType"] = "personal";
        await ExpectRepliesClient.SendAsync(bot.Client, activity);
    }

    private static async Task<string> ScheduleAsync(string dataDirectory, string key, string userId, int dueInSeconds, string? postgres = null)
    {
        var (exitCode, output) = await BotProcess.RunToExitAsync(Development,
            ["proactive", "schedule", "--key", key, "--channel", "msteams", "--user", userId, "--due", $"+{dueInSeconds}", "--kind", "test", "--payload", "process", .. BotArgs(dataDirectory, postgres)]);
        Assert.True(exitCode == 0, output);
        // "scheduled KEY@DUE (test) for ...": the occurrence key is the first word after "scheduled".
        return output.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
    }

    /// <summary>Polls `proactive status` until the occurrence reaches <paramref name="status"/>; returns that status line.</summary>
    private static async Task<string> WaitForStatusAsync(string dataDirectory, string occurrence, string status)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        string output;
        do
        {
            (_, output) = await BotProcess.RunToExitAsync(Development, ["proactive", "status", "--occurrence", occurrence, .. BotArgs(dataDirectory)]);
            if (output.Contains($": {status},", StringComparison.Ordinal)) return output.Trim();
            await Task.Delay(200);
        }
        while (DateTimeOffset.UtcNow < deadline);
        Assert.Fail($"{occurrence} never reached {status}: {output}");
        return output;
    }

    [Fact]
    public async Task A_host_killed_after_scheduling_delivers_each_occurrence_exactly_once_after_restart()
    {
        await using var connector = await ConnectorStandIn.StartAsync();
        var data = TempDirectory.Create("proactive-kill");
        string early, late;
        await using (var bot = await BotProcess.StartAsync(Development, BotArgs(data)))
        {
            await HelloAsync(bot, connector.ServiceUrl, "u-kill");
            early = await ScheduleAsync(data, "reminder:kill-early", "u-kill", 3);
            late = await ScheduleAsync(data, "reminder:kill-late", "u-kill", 12);
            await connector.WaitForAsync(c => c.Delivered.Count >= 1, TimeSpan.FromSeconds(20));
            Assert.Equal(early, ConnectorStandIn.OccurrenceKeyIn(Assert.Single(connector.Delivered).Text));
            // Killed once the early send is recorded: a kill between the connector accepting a reply and the record
            // being saved is the one documented window where a reply can be sent again (README, delivery step 4).
            await WaitForStatusAsync(data, early, "Sent");
        } // killed (Process.Kill), not stopped: no shutdown hooks run

        // The late occurrence falls due while no bot runs.
        var dueLate = DateTimeOffset.ParseExact(late[(late.IndexOf('@') + 1)..], "yyyyMMddTHHmmssZ", null, System.Globalization.DateTimeStyles.AssumeUniversal);
        var wait = dueLate - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(2);
        if (wait > TimeSpan.Zero) await Task.Delay(wait);
        Assert.Single(connector.Delivered);

        await using (var restarted = await BotProcess.StartAsync(Development, BotArgs(data)))
        {
            await connector.WaitForAsync(c => c.Delivered.Count >= 2, TimeSpan.FromSeconds(30));
            // A send needs a claim first: both recorded as sent after exactly one claim means neither can go out again.
            foreach (var occurrence in new[] { early, late })
                Assert.EndsWith("1 replies sent, 1 attempts, 1 claims", await WaitForStatusAsync(data, occurrence, "Sent"));
        }
        var byKey = connector.DeliveredByOccurrence();
        Assert.Equal(2, byKey.Count);
        Assert.Equal(1, byKey[early]);
        Assert.Equal(1, byKey[late]);
    }

    [PostgresFact]
    public async Task Two_bot_instances_on_one_PostgreSQL_database_deliver_each_occurrence_exactly_once()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var connector = await ConnectorStandIn.StartAsync();
        var dataA = TempDirectory.Create("proactive-pg-a");
        var dataB = TempDirectory.Create("proactive-pg-b");
        // One at a time: the first migrates the database and creates Quartz's tables.
        await using var a = await BotProcess.StartAsync(Development, BotArgs(dataA, database.ConnectionString));
        await using var b = await BotProcess.StartAsync(Development, BotArgs(dataB, database.ConnectionString));
        await HelloAsync(a, connector.ServiceUrl, "u-pg-1");
        await HelloAsync(b, connector.ServiceUrl, "u-pg-2");

        var due = DateTimeOffset.UtcNow.AddSeconds(5);
        var occurrences = Enumerable.Range(0, 40)
            .Select(i => new ScheduledMessage($"reminder:pg-{i}", "msteams", i % 2 == 0 ? "u-pg-1" : "u-pg-2", due.AddMilliseconds(100 * i), "test", "cluster"))
            .ToList();
        await using (var client = ScheduleClient.Create(new Dictionary<string, string?>
        {
            ["ConnectionStrings:SalesCoach"] = database.ConnectionString,
            ["SalesCoach:DataDirectory"] = dataA,
        }))
        {
            foreach (var occurrence in occurrences) await client.Schedule.ScheduleAsync(occurrence);
        }
        var keys = occurrences.Select(o => o.OccurrenceKey).ToList();

        await connector.WaitForAsync(c => c.Delivered.Count >= keys.Count, TimeSpan.FromSeconds(60));
        // Every occurrence recorded as sent (a send needs a claim first; the claims are counted below) instead of a pause.
        await WaitForAllSentAsync(database.ConnectionString, keys.Count);
        var byKey = connector.DeliveredByOccurrence();
        Assert.Equal(keys.Order(), byKey.Keys.Order());
        Assert.All(keys, k => Assert.Equal(1, byKey[k]));
        Assert.Equal(keys.Count, connector.Requests.Count);
        // Both nodes took part: each acquires one trigger at a time from the shared store, so 40 occurrences
        // 100 ms apart are split between them. The delivery table says who claimed what.
        await using var db = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await db.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT COUNT(*), COUNT(DISTINCT \"ClaimedBy\"), SUM(\"Claims\") FROM proactive_deliveries WHERE \"Status\" = 'Sent'", db);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(keys.Count, reader.GetInt64(0));
        Assert.Equal(keys.Count, reader.GetInt64(2));
        Assert.Equal(2, reader.GetInt64(1));
    }

    private static async Task WaitForAllSentAsync(string connectionString, int count)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        await using var db = new Npgsql.NpgsqlConnection(connectionString);
        await db.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT COUNT(*) FROM proactive_deliveries WHERE \"Status\" = 'Sent'", db);
        while ((long)(await command.ExecuteScalarAsync())! < count)
        {
            if (DateTimeOffset.UtcNow > deadline) Assert.Fail($"fewer than {count} occurrences recorded as sent");
            await Task.Delay(200);
        }
    }
}
