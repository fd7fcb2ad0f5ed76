using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SalesCoach.Bench.Reminders;
using SalesCoach.Bench.Reporting;
using SalesCoach.Bot.Hosting;
using SalesCoach.Data;
using SalesCoach.Data.Proactive;
using SalesCoach.Skills.Proactive;

// N proactive occurrences due in the same minute, delivered by the real host to a local connector stand-in.
// A benchmark prints figures; it does not pass or fail (exit 1 only if messages were lost or doubled, 2 on bad arguments).
if (!BenchStart.TryParse(args, ReminderBenchOptions.Parse, ReminderBenchOptions.Usage, out var options)) return BenchStart.BadArguments;

Console.WriteLine(BenchStart.Header("ReminderBench", DateTimeOffset.UtcNow, withGc: false));
Console.WriteLine(Inv($"{options.Provider}: {options.Occurrences} occurrences, {options.Conversations} conversations in {options.Tenants} tenant(s), tenant limit {(options.TenantRate == 0 ? "off" : $"{options.TenantRate}/s")}, 7/s per conversation, {options.Concurrency} concurrent jobs"));

await using var sink = await ConnectorSink.StartAsync();
var data = Path.Combine(Path.GetTempPath(), "salescoach-bench", $"reminders-{Guid.NewGuid():N}");
Directory.CreateDirectory(data);
string? database = null;
var settings = new List<string>
{
    "--urls=http://127.0.0.1:0", "--environment=Development", $"--SalesCoach:DataDirectory={data}", "--SalesCoach:DemoData=false",
    "--Logging:LogLevel:Default=Warning", "--SalesCoach:Proactive:EnableTestComposer=true",
    $"--SalesCoach:Proactive:TenantSendsPerSecond={options.TenantRate}", $"--SalesCoach:Proactive:MaxConcurrency={options.Concurrency}",
};
if (options.Provider == "postgres")
{
    database = "salescoach_bench_" + Guid.NewGuid().ToString("N")[..12];
    await ExecuteAsync(options.Postgres!, $"CREATE DATABASE \"{database}\"");
    settings.Add($"--ConnectionStrings:SalesCoach={new NpgsqlConnectionStringBuilder(options.Postgres) { Database = database }.ConnectionString}");
}
var app = BotHost.Create([.. settings]);
await app.StartAsync();
try
{
    using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First().TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(60) };
    // Each conversation's user says hello through /api/messages: the host stores its reference (tenant in conversation.tenantId).
    var clock = Stopwatch.StartNew();
    await Parallel.ForEachAsync(Enumerable.Range(0, options.Conversations), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
    {
        var activity = new
        {
            type = "message", id = Guid.NewGuid().ToString("N"), channelId = "msteams", serviceUrl = sink.ServiceUrl.ToString(),
            from = new { id = $"user-{i}", name = "Bench" }, recipient = new { id = "bot" },
            conversation = new { id = $"conv-{i}", conversationType = "personal", tenantId = $"tenant-{i % options.Tenants}" },
            locale = "zh-CN", text = "你好", deliveryMode = "expectReplies",
        };
        using var response = await client.PostAsJsonAsync("api/messages", activity, ct);
        response.EnsureSuccessStatusCode();
    });
    Console.WriteLine(Inv($"references stored: {options.Conversations} in {clock.Elapsed.TotalSeconds:0.0} s"));

    // All occurrences fall due at the same instant: the first whole minute after scheduling should be over.
    var schedule = app.Services.GetRequiredService<IProactiveSchedule>();
    var now = DateTimeOffset.UtcNow;
    var estimate = TimeSpan.FromSeconds(options.Occurrences / 60.0 + 15);
    var due = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddMinutes(Math.Ceiling(estimate.TotalMinutes) + 1);
    clock.Restart();
    var scheduled = 0;
    await Parallel.ForEachAsync(Enumerable.Range(0, options.Occurrences), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
    {
        await schedule.ScheduleAsync(new ScheduledMessage($"bench:{i}", "msteams", $"user-{i % options.Conversations}", due, "test", "bench"), ct);
        Interlocked.Increment(ref scheduled);
    });
    var schedulingSeconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine(Inv($"scheduled: {scheduled} in {schedulingSeconds:0.0} s ({scheduled / schedulingSeconds:0} schedules/s); all due at {due:HH:mm:ss} UTC{(DateTimeOffset.UtcNow > due ? " (scheduling overran the due time)" : "")}"));

    var timeout = due + TimeSpan.FromSeconds(options.Occurrences / Math.Max(1.0, options.TenantRate == 0 ? 50 : options.TenantRate * options.Tenants * 0.9) + 300);
    var lastReport = DateTimeOffset.UtcNow;
    while (sink.Distinct < options.Occurrences && DateTimeOffset.UtcNow < timeout)
    {
        await Task.Delay(500);
        if (DateTimeOffset.UtcNow - lastReport > TimeSpan.FromSeconds(30))
        {
            Console.Error.WriteLine(Inv($"  ... {sink.Distinct} delivered"));
            lastReport = DateTimeOffset.UtcNow;
        }
    }
    await Task.Delay(TimeSpan.FromSeconds(3)); // a late duplicate would arrive by now

    var drain = (sink.Last - due).TotalSeconds;
    var sendWindow = (sink.Last - sink.First).TotalSeconds;
    await using var db = app.Services.GetRequiredService<IDbContextFactory<SalesCoachDbContext>>().CreateDbContext();
    var sent = await db.ProactiveDeliveries.CountAsync(d => d.Status == DeliveryStatus.Sent);
    var retried = await db.ProactiveDeliveries.CountAsync(d => d.Attempts > 1);
    Console.WriteLine(Inv($"delivered: {sink.Distinct} of {options.Occurrences} distinct occurrences, {sink.Received} messages received, duplicates {sink.Duplicates}; delivery table: {sent} sent, {retried} retried"));
    Console.WriteLine(Inv($"first message {(sink.First - due).TotalSeconds:0.00} s after due, last {drain:0.0} s after due; {sink.Received / Math.Max(sendWindow, 0.001):0.0} sends/s between first and last"));
    return sink.Distinct == options.Occurrences && sink.Duplicates == 0 ? 0 : 1;
}
finally
{
    await app.StopAsync();
    await app.DisposeAsync();
    if (database is not null) await ExecuteAsync(options.Postgres!, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    try { Directory.Delete(data, true); } catch (IOException) { }
}

static async Task ExecuteAsync(string connectionString, string sql)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    await command.ExecuteNonQueryAsync();
}

static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
