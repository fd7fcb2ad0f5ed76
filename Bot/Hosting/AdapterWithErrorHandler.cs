using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using SalesCoach.Bot.Conversation;
using SalesCoach.Bot.State;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Bot.Hosting;

/// <summary>
/// The CloudAdapter with the one place that handles turn errors: log with a template, tell the user
/// something useful in their language, and drop the conversation state that may have caused it.
/// </summary>
public class AdapterWithErrorHandler : CloudAdapter
{
    public AdapterWithErrorHandler(BotFrameworkAuthentication auth, ConversationState conversationState, ILogger<AdapterWithErrorHandler> logger)
        : base(auth, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            if (exception is StorageConcurrencyException)
            {
                // Another instance saved this conversation first (e.g. its own welcome): its state is the
                // newer one, so keep it and stay quiet rather than apologise for a race the user never saw.
                logger.LogWarning("Turn in {ConversationId} lost a state write race; the newer state is kept", turnContext.Activity.Conversation?.Id);
                return;
            }
            logger.LogError(exception, "Turn failed in {ChannelId} conversation {ConversationId}",
                turnContext.Activity.ChannelId, turnContext.Activity.Conversation?.Id);
            try
            {
                var locale = Locales.Resolve(null, ActivityLocale.Of(turnContext.Activity), turnContext.Activity.Text);
                if (turnContext.Activity.Type == Microsoft.Bot.Schema.ActivityTypes.Message)
                    await turnContext.SendActivityAsync(Strings.Get(locale, "error.turn"));
                await conversationState.DeleteAsync(turnContext);
            }
            catch (Exception inner)
            {
                logger.LogError(inner, "Could not recover from the turn error in {ConversationId}", turnContext.Activity.Conversation?.Id);
            }
        };
    }
}
