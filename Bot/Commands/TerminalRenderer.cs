using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SalesCoach.Bot.Commands;

/// <summary>Prints bot activities as plain text: markdown as is, card text blocks, suggested actions as a list.</summary>
public static class TerminalRenderer
{
    public static void Print(IEnumerable<Activity> activities)
    {
        foreach (var activity in activities.Where(a => a.Type == ActivityTypes.Message))
        {
            if (!string.IsNullOrWhiteSpace(activity.Text)) Console.WriteLine(activity.Text);
            foreach (var attachment in activity.Attachments ?? [])
                foreach (var line in CardText(attachment.Content)) Console.WriteLine(line);
            var actions = activity.SuggestedActions?.Actions;
            if (actions is { Count: > 0 })
                Console.WriteLine("  » " + string.Join("  |  ", actions.Select(a => a.Title)));
            Console.WriteLine();
        }
    }

    public static IEnumerable<string> CardText(object? content)
    {
        var card = content as JToken ?? (content is null ? null : JToken.FromObject(content));
        if (card is null) yield break;
        foreach (var block in card.SelectTokens("$..[?(@.type == 'TextBlock')]"))
            yield return block.Value<string>("text") ?? string.Empty;
        foreach (var action in card.SelectTokens("$.actions[*]"))
            yield return $"  [{action.Value<string>("title")}]";
    }
}
