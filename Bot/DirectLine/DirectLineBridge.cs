using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SalesCoach.Bot.Hosting;

namespace SalesCoach.Bot.DirectLine;

/// <summary>
/// Carries embedded Direct Line traffic into the bot: records the user's activity in the transcript
/// (the echo Web Chat waits for) and runs the turn through the LocalChannelAdapter, whose replies come
/// back through the local connector endpoint. Like Azure Direct Line, a post returns once the bot has
/// taken the activity, which also keeps one client's messages in order.
/// </summary>
public sealed class DirectLineBridge(
    DirectLineConversationStore store,
    LocalChannelAdapter adapter,
    IBot bot,
    LocalServiceUrl serviceUrl,
    TimeProvider clock)
{
    public const string ChannelId = "directline";
    public static readonly ChannelAccount BotAccount = new("salescoachbot", "SalesCoachBot", RoleTypes.Bot);

    internal static readonly JsonSerializerSettings JsonSettings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        MaxDepth = 64,
    };

    /// <summary>One serializer for every Direct Line read, instead of one per request.</summary>
    internal static readonly JsonSerializer Serializer = JsonSerializer.Create(JsonSettings);

    /// <summary>Tells the bot that the user joined (once per conversation): the welcome comes from this.</summary>
    public async Task StartAsync(string conversationId, string userId, string? locale, CancellationToken ct)
    {
        if (!await store.MarkStartedAsync(conversationId, ct)) return;
        var update = Stamp(new Activity(ActivityTypes.ConversationUpdate), conversationId, userId, locale);
        update.Id = Guid.NewGuid().ToString("N");
        update.MembersAdded = [BotAccount, new ChannelAccount(userId, role: RoleTypes.User)];
        await adapter.ProcessLocalActivityAsync(update, bot.OnTurnAsync, ct);
    }

    /// <summary>
    /// Records the user's activity (the client sees it again with its id) and runs the turn; null when
    /// the conversation does not exist.
    /// </summary>
    public async Task<string?> PostAsync(string conversationId, string userId, Activity activity, CancellationToken ct)
    {
        Stamp(activity, conversationId, userId, activity.Locale);
        var id = await store.AppendAsync(conversationId, assigned =>
        {
            activity.Id = assigned;
            return JsonConvert.SerializeObject(activity, JsonSettings);
        }, ct);
        if (id is null) return null;
        await adapter.ProcessLocalActivityAsync(activity, bot.OnTurnAsync, ct);
        return id;
    }

    /// <summary>Everything a client could lie about is set here from the token and the host.</summary>
    private Activity Stamp(Activity activity, string conversationId, string userId, string? locale)
    {
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = serviceUrl.Value;
        activity.Conversation = new ConversationAccount(id: conversationId);
        activity.From = new ChannelAccount(userId, activity.From?.Name, RoleTypes.User);
        activity.Recipient = BotAccount;
        activity.Timestamp = clock.GetUtcNow();
        activity.LocalTimestamp ??= activity.Timestamp;
        activity.Locale = locale;
        activity.DeliveryMode = null;
        return activity;
    }
}
