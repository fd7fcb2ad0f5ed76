using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SalesCoach.Bot.Hosting;

namespace SalesCoach.Bot.Commands;

/// <summary>One terminal conversation: each line becomes a message activity processed with expectReplies.</summary>
public sealed class TerminalSession(LocalChannelAdapter adapter, IBot bot, string userName, string locale)
{
    public const string ChannelId = "terminal";
    // One conversation per OS user, so the terminal chat remembers state between runs like any other channel.
    private readonly string _conversationId = $"terminal-{userName}";
    private readonly string _userId = $"terminal-user-{userName}";

    public Task<IReadOnlyList<Activity>> StartAsync(CancellationToken ct = default)
    {
        var update = NewActivity(ActivityTypes.ConversationUpdate);
        update.MembersAdded = [new ChannelAccount(_userId, userName)];
        return ProcessAsync(update, ct);
    }

    public Task<IReadOnlyList<Activity>> SendAsync(string text, CancellationToken ct = default)
    {
        var message = NewActivity(ActivityTypes.Message);
        message.Text = text;
        return ProcessAsync(message, ct);
    }

    private Activity NewActivity(string type) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = ChannelId,
        // Never called: with expectReplies the adapter buffers replies instead of posting them.
        ServiceUrl = "http://localhost/terminal",
        From = new ChannelAccount(_userId, userName),
        Recipient = new ChannelAccount("salescoachbot", "SalesCoachBot"),
        Conversation = new ConversationAccount(id: _conversationId),
        Locale = locale,
        Timestamp = DateTimeOffset.UtcNow,
        DeliveryMode = DeliveryModes.ExpectReplies,
    };

    private async Task<IReadOnlyList<Activity>> ProcessAsync(Activity activity, CancellationToken ct)
    {
        var response = await adapter.ProcessLocalActivityAsync(activity, bot.OnTurnAsync, ct);
        return response?.Body switch
        {
            ExpectedReplies replies => replies.Activities.ToList(),
            JObject json => json.ToObject<ExpectedReplies>()?.Activities?.ToList() ?? [],
            _ => [],
        };
    }
}
