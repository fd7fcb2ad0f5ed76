using System.Text.Json.Nodes;
using SalesCoach.Tests.Infrastructure;

namespace SalesCoach.Tests.Proactive;

/// <summary>
/// The whole way, as the acceptance puts it: a reminder typed in chat, read in the user's own zone
/// (Teams' localTimezone), scheduled in Quartz's job store and delivered by the real host to a local Bot
/// Connector stand-in at the stored serviceUrl, at the due time. The clock is moved to the day New York
/// changes to summer time, so "3pm" must be 19:00Z (EDT), not 20:00Z (EST) or 07:00Z (Shanghai).
/// </summary>
public sealed class ChatReminderDeliveryTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static JsonObject TeamsMessage(string text, Uri serviceUrl, string user, string conversation, string locale, string zone)
    {
        var activity = Activities.Message(text, locale: locale, userId: user, conversationId: conversation, channelId: "msteams");
        activity["serviceUrl"] = serviceUrl.ToString();
        activity["localTimezone"] = zone;
        ((JsonObject)activity["conversation"]!)["conversationType"] = "personal";
        return activity;
    }

    [Fact]
    public async Task A_reminder_typed_in_New_York_on_the_DST_day_arrives_at_3pm_EDT_once()
    {
        // 2027-03-14: clocks in New York went from 02:00 EST to 03:00 EDT. It is 14:59:35 there.
        var localNow = new DateTime(2027, 3, 14, 14, 59, 35);
        var clock = new OffsetClock(new DateTimeOffset(localNow, NewYork.GetUtcOffset(localNow)));
        var dueUtc = new DateTimeOffset(2027, 3, 14, 19, 0, 0, TimeSpan.Zero);
        Assert.Equal(TimeSpan.FromHours(-4), NewYork.GetUtcOffset(dueUtc));

        await using var connector = await ConnectorStandIn.StartAsync();
        await using var host = await ProactiveTestHost.StartAsync(clock: clock);

        var replies = await ExpectRepliesClient.SendAsync(host.Client,
            TeamsMessage("remind me to call Globex today at 3pm", connector.ServiceUrl, "u-ny", "conv-ny", "en-US", "America/New_York"));
        var confirmation = ExpectRepliesClient.ReadableText(replies);
        Assert.Contains("15:00", confirmation);
        Assert.Contains("America/New_York", confirmation);
        Assert.Empty(connector.Requests);

        await connector.WaitForAsync(c => c.Delivered.Count > 0, TimeSpan.FromSeconds(60));
        var delivered = Assert.Single(connector.Delivered);
        Assert.True(clock.ToClock(delivered.At) >= dueUtc, $"delivered at {clock.ToClock(delivered.At):O} by the test clock, due {dueUtc:O}");
        Assert.True(clock.ToClock(delivered.At) < dueUtc.AddSeconds(30), $"late: {clock.ToClock(delivered.At):O}, due {dueUtc:O}");
        Assert.Equal("conv-ny", delivered.ConversationId);
        Assert.Contains("Globex", delivered.Activity.ToJsonString());

        // Nothing more: the occurrence is not repeated (nothing left in the scheduler that could send again).
        await host.WaitUntilNothingLeftToFireAsync();
        Assert.Single(connector.Delivered);
    }

    [Fact]
    public async Task A_chinese_reminder_is_read_in_Shanghai_time_when_Teams_gives_no_zone_and_arrives_once()
    {
        // 2026-11-27 09:59:40 in Shanghai (the company default); "今天上午10点" is 02:00Z.
        var clock = new OffsetClock(new DateTimeOffset(2026, 11, 27, 9, 59, 40, TimeSpan.FromHours(8)));
        var dueUtc = new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

        await using var connector = await ConnectorStandIn.StartAsync();
        await using var host = await ProactiveTestHost.StartAsync(clock: clock);

        var activity = TeamsMessage("今天上午10点提醒我回访华信科技", connector.ServiceUrl, "u-sh", "conv-sh", "zh-CN", "");
        activity.Remove("localTimezone");
        var confirmation = ExpectRepliesClient.ReadableText(await ExpectRepliesClient.SendAsync(host.Client, activity));
        Assert.Contains("10:00", confirmation);

        await connector.WaitForAsync(c => c.Delivered.Count > 0, TimeSpan.FromSeconds(60));
        var delivered = Assert.Single(connector.Delivered);
        Assert.True(clock.ToClock(delivered.At) >= dueUtc, $"delivered at {clock.ToClock(delivered.At):O}, due {dueUtc:O}");
        Assert.Contains("华信科技", delivered.Activity.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        await host.WaitUntilNothingLeftToFireAsync();
        Assert.Single(connector.Delivered);
    }
}
