using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SalesCoach.Data.Proactive;

namespace SalesCoach.Bot.Proactive;

/// <summary>
/// Called by the activity handler at the start of every turn: stores the conversation reference on
/// install, conversationUpdate and every message (Teams may move a tenant's serviceUrl), and marks it
/// blocked when the app is uninstalled. A failure here is logged and never fails the user's turn.
/// </summary>
public sealed class ConversationReferenceRecorder(ProactiveStore store, ILogger<ConversationReferenceRecorder> logger)
{
    public async Task RecordAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        try
        {
            if (activity.Type == ActivityTypes.InstallationUpdate && activity.Action is "remove" or "remove-upgrade")
            {
                if (activity.From?.Id is { Length: > 0 } userId)
                    await store.BlockAsync(activity.ChannelId, userId, "app uninstalled (installationUpdate remove)", cancellationToken);
                return;
            }
            if (activity.Type is not (ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate)) return;
            // A conversationUpdate's From is whoever added the bot; in a personal chat that is the user.
            if (ConversationReferences.FromActivity(activity) is { } record)
                // A message whose reference is as this process last stored it skips the database (see ProactiveStore).
                await store.RememberAsync(record, cancellationToken, skipIfConfirmed: activity.Type == ActivityTypes.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not store the conversation reference of {ChannelId}/{UserId}", activity.ChannelId, activity.From?.Id);
        }
    }
}
