using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SalesCoach.Bench.Servers;

/// <summary>The floor: the cheapest bot the SDK allows, so the difference to the real bot is our own work.</summary>
public sealed class EchoBot : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text("echo: " + turnContext.Activity.Text), cancellationToken);
}
