using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SalesCoach.Bot.Proactive;
using SalesCoach.Data.Proactive;
using SalesCoach.Skills.Proactive;

namespace SalesCoach.Tests.Proactive;

/// <summary>
/// Delivery through the real host (CloudAdapter, SQLite, Quartz's ADO job store) to a local Bot
/// Connector stand-in. Occurrences are scheduled a few seconds of real time ahead: Quartz takes a
/// TimeProvider, but its scheduler thread also sleeps on real waits, so the tests keep real time.
/// </summary>
public sealed class ProactiveDeliveryTests : IAsyncLifetime
{
    private ConnectorStandIn _connector = null!;
    private ProactiveTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await ConnectorStandIn.StartAsync();
        _host = await ProactiveTestHost.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private static ScheduledMessage Occurrence(string key, string user, DateTimeOffset due, string payload = "hello") =>
        new(key, "msteams", user, due, DiagnosticComposer.KindName, payload);

    [Fact]
    public async Task A_scheduled_message_reaches_the_stored_serviceUrl_at_its_due_time_and_not_before()
    {
        await _host.SayHelloAsync(_connector.ServiceUrl, "u-due", "conv-due", tenantId: "tenant-a");
        var due = DateTimeOffset.UtcNow.AddSeconds(4);
        var message = Occurrence("reminder:due", "u-due", due);
        await _host.Schedule.ScheduleAsync(message);

        // "Not before" is the delivery's own timestamp against the due time below, not a pause that hopes to see nothing.
        Assert.Empty(_connector.Requests);
        await _connector.WaitForAsync(c => c.Delivered.Count > 0, TimeSpan.FromSeconds(20));

        var delivered = Assert.Single(_connector.Delivered);
        Assert.True(delivered.At >= due, $"delivered at {delivered.At:O}, due {due:O}");
        // Generous: the machine is shared, and "not before" is the promise; late by seconds is not a failure of design.
        Assert.True(delivered.At < due.AddSeconds(15), $"delivered late: {delivered.At:O}, due {due:O}");
        Assert.Equal("conv-due", delivered.ConversationId);
        Assert.Equal("/v3/conversations/conv-due/activities", delivered.Path);
        Assert.Equal(message.OccurrenceKey, ConnectorStandIn.OccurrenceKeyIn(delivered.Text));
        Assert.Equal("u-due", delivered.Activity["recipient"]?["id"]?.GetValue<string>());
        var record = await WaitForCompletionAsync(message.OccurrenceKey);
        Assert.Equal(DeliveryStatus.Sent, record.Status);
        Assert.Equal(1, record.Attempts);
    }

    [Fact]
    public async Task The_same_occurrence_fired_twice_is_shown_once()
    {
        await _host.SayHelloAsync(_connector.ServiceUrl, "u-twice", "conv-twice");
        var message = Occurrence("reminder:twice", "u-twice", DateTimeOffset.UtcNow.AddMinutes(-1).AddTicks(-(DateTimeOffset.UtcNow.Ticks % TimeSpan.TicksPerSecond)));
        var sender = _host.Services.GetRequiredService<ProactiveSender>();

        // Two firings at once (a duplicate trigger, a second node), then a late third.
        var results = await Task.WhenAll(sender.DeliverAsync(message, false, default), sender.DeliverAsync(message, false, default));
        var third = await sender.DeliverAsync(message, recovering: true, default);

        Assert.Single(_connector.Delivered);
        Assert.Single(results, r => r == DeliveryStatus.Sent);
        Assert.Single(results, r => r is null);
        Assert.Null(third);
        Assert.Equal(1, (await _host.Store.FindDeliveryAsync(message.OccurrenceKey))!.Claims);
    }

    [Fact]
    public async Task A_429_is_retried_after_the_Retry_After_it_gives_then_delivered_once()
    {
        await _host.SayHelloAsync(_connector.ServiceUrl, "u-429", "conv-429");
        _connector.Plan(new ConnectorStandIn.PlannedAnswer(429, RetryAfter: "2"));
        var message = Occurrence("reminder:429", "u-429", DateTimeOffset.UtcNow.AddSeconds(1));
        await _host.Schedule.ScheduleAsync(message);

        await _connector.WaitForAsync(c => c.Delivered.Count > 0, TimeSpan.FromSeconds(20));
        Assert.Equal([429, 200], _connector.Requests.Select(r => r.AnsweredWith));
        var gap = _connector.Requests[1].At - _connector.Requests[0].At;
        Assert.True(gap >= TimeSpan.FromSeconds(2), $"retried after {gap.TotalMilliseconds} ms, Retry-After was 2 s");
        Assert.True(gap < TimeSpan.FromSeconds(10), $"retried only after {gap.TotalMilliseconds} ms");
        var record = await WaitForCompletionAsync(message.OccurrenceKey);
        Assert.Equal(DeliveryStatus.Sent, record.Status);
        Assert.Equal(2, record.Attempts);
    }

    [Fact]
    public async Task A_5xx_is_retried_with_backoff_and_retries_stop_at_the_attempt_limit()
    {
        await _host.SayHelloAsync(_connector.ServiceUrl, "u-500", "conv-500");
        _connector.Plan(new(500), new(503));
        var recovered = Occurrence("reminder:500", "u-500", DateTimeOffset.UtcNow.AddSeconds(1));
        await _host.Schedule.ScheduleAsync(recovered);
        await _connector.WaitForAsync(c => c.Delivered.Count > 0, TimeSpan.FromSeconds(20));
        Assert.Equal([500, 503, 200], _connector.Requests.Select(r => r.AnsweredWith));
        Assert.Equal(DeliveryStatus.Sent, (await WaitForCompletionAsync(recovered.OccurrenceKey)).Status);

        // Six 500s in a row (MaxAttempts = 6): the occurrence is recorded as failed, not retried for ever.
        _connector.Plan(Enumerable.Repeat(new ConnectorStandIn.PlannedAnswer(500), 6).ToArray());
        var doomed = Occurrence("reminder:500-doomed", "u-500", DateTimeOffset.UtcNow.AddSeconds(1));
        await _host.Schedule.ScheduleAsync(doomed);
        var record = await WaitForCompletionAsync(doomed.OccurrenceKey, TimeSpan.FromSeconds(40));
        Assert.Equal(DeliveryStatus.Failed, record.Status);
        Assert.Equal(6, record.Attempts);
        Assert.StartsWith("500", record.LastError);
        Assert.Equal(9, _connector.Requests.Count);
    }

    [Fact]
    public async Task A_403_blocks_the_reference_records_why_and_stops_further_sends_until_the_user_writes_again()
    {
        await _host.SayHelloAsync(_connector.ServiceUrl, "u-403", "conv-403");
        _connector.Plan(new ConnectorStandIn.PlannedAnswer(403));
        var first = Occurrence("reminder:403-a", "u-403", DateTimeOffset.UtcNow.AddSeconds(1));
        await _host.Schedule.ScheduleAsync(first);
        var failed = await WaitForCompletionAsync(first.OccurrenceKey);
        Assert.Equal(DeliveryStatus.Failed, failed.Status);
        Assert.Contains("403", failed.LastError);
        var reference = await _host.Store.FindAsync("msteams", "u-403");
        Assert.NotNull(reference!.BlockedAt);
        Assert.Contains("403", reference.BlockedReason);

        var second = Occurrence("reminder:403-b", "u-403", DateTimeOffset.UtcNow.AddSeconds(1));
        await _host.Schedule.ScheduleAsync(second);
        var skipped = await WaitForCompletionAsync(second.OccurrenceKey);
        Assert.Equal(DeliveryStatus.Failed, skipped.Status);
        Assert.Contains("blocked", skipped.LastError);
        Assert.Single(_connector.Requests); // the 403 itself, nothing after it

        // The user writes again (the app is back): the block is lifted and the next occurrence goes out.
        await _host.SayHelloAsync(_connector.ServiceUrl, "u-403", "conv-403");
        Assert.Null((await _host.Store.FindAsync("msteams", "u-403"))!.BlockedAt);
        var third = Occurrence("reminder:403-c", "u-403", DateTimeOffset.UtcNow.AddSeconds(1));
        await _host.Schedule.ScheduleAsync(third);
        Assert.Equal(DeliveryStatus.Sent, (await WaitForCompletionAsync(third.OccurrenceKey)).Status);
        Assert.Single(_connector.Delivered);
    }

    [Fact]
    public async Task Sends_to_one_conversation_are_held_to_seven_a_second()
    {
        await _host.SayHelloAsync(_connector.ServiceUrl, "u-burst", "conv-burst");
        var due = DateTimeOffset.UtcNow.AddSeconds(2);
        var messages = Enumerable.Range(0, 21).Select(i => Occurrence($"reminder:burst-{i}", "u-burst", due)).ToList();
        foreach (var message in messages) await _host.Schedule.ScheduleAsync(message);

        await _connector.WaitForAsync(c => c.Delivered.Count >= 21, TimeSpan.FromSeconds(30));
        Assert.Equal(21, _connector.Delivered.Count);
        Assert.All(_connector.DeliveredByOccurrence().Values, count => Assert.Equal(1, count));
        // A bucket of 7 refilled 7/s: the 21st send cannot leave before ~2 s after the first.
        var span = _connector.Delivered[^1].At - _connector.Delivered[0].At;
        Assert.True(span >= TimeSpan.FromSeconds(1.8), $"21 sends took {span.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Cancelling_a_schedule_sends_nothing_and_rescheduling_a_key_replaces_its_occurrence()
    {
        await _host.SayHelloAsync(_connector.ServiceUrl, "u-cancel", "conv-cancel");
        var cancelled = Occurrence("reminder:cancel", "u-cancel", DateTimeOffset.UtcNow.AddSeconds(2));
        await _host.Schedule.ScheduleAsync(cancelled);
        Assert.True(await _host.Schedule.CancelAsync(cancelled.Key));
        Assert.False(await _host.Schedule.CancelAsync(cancelled.Key));

        var original = Occurrence("reminder:moved", "u-cancel", DateTimeOffset.UtcNow.AddSeconds(2));
        var moved = original with { DueUtc = original.DueUtc.AddSeconds(2) };
        await _host.Schedule.ScheduleAsync(original);
        await _host.Schedule.ScheduleAsync(moved);

        await _connector.WaitForAsync(c => c.Delivered.Count > 0, TimeSpan.FromSeconds(20));
        await _host.WaitUntilNothingLeftToFireAsync();
        var delivered = Assert.Single(_connector.Delivered);
        Assert.Equal(moved.OccurrenceKey, ConnectorStandIn.OccurrenceKeyIn(delivered.Text));
        Assert.Null(await _host.Store.FindDeliveryAsync(cancelled.OccurrenceKey));
        Assert.Null(await _host.Store.FindDeliveryAsync(original.OccurrenceKey));
    }

    [Fact]
    public async Task A_recurring_schedule_fires_again_at_the_NextDueUtc_its_composer_returns()
    {
        await _host.SayHelloAsync(_connector.ServiceUrl, "u-every", "conv-every");
        var message = Occurrence("digest:u-every", "u-every", DateTimeOffset.UtcNow.AddSeconds(1), payload: "every:2");
        await _host.Schedule.ScheduleAsync(message);

        await _connector.WaitForAsync(c => c.Delivered.Count >= 3, TimeSpan.FromSeconds(20));
        Assert.True(await _host.Schedule.CancelAsync(message.Key));
        var keys = _connector.Delivered.Take(3).Select(d => ConnectorStandIn.OccurrenceKeyIn(d.Text)).ToList();
        Assert.Equal([message.OccurrenceKey, (message with { DueUtc = message.DueUtc.AddSeconds(2) }).OccurrenceKey, (message with { DueUtc = message.DueUtc.AddSeconds(4) }).OccurrenceKey], keys);
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    private async Task<DeliveryRecord> WaitForCompletionAsync(string occurrenceKey, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var record = await _host.Store.FindDeliveryAsync(occurrenceKey);
            if (record is { Status: not DeliveryStatus.Claimed }) return record;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{occurrenceKey} not completed: {record?.Status.ToString() ?? "never claimed"}");
            await Task.Delay(100);
        }
    }
}
