using System.Text.Json.Nodes;

namespace SalesCoach.Skills.Cards;

/// <summary>The pieces every card of ours shares: the Adaptive Card 1.5 envelope (Teams' ceiling) and the button that sends text.</summary>
public static class AdaptiveCardJson
{
    /// <summary>A card with <paramref name="body"/> and, when there are any, <paramref name="actions"/>.</summary>
    public static JsonObject Card(string locale, JsonArray body, JsonArray? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            // The schema wants a two-letter ISO 639-1 code here; "zh-CN" is refused by the renderer.
            ["lang"] = locale.Split('-')[0].ToLowerInvariant(),
            ["body"] = body,
        };
        if (actions is { Count: > 0 }) card["actions"] = actions;
        return card;
    }

    /// <summary>
    /// An imBack-style submit: the text comes back as the user's message (Web Chat through data.text, Teams
    /// through msteams imBack), so the typed and the clicked paths are one.
    /// </summary>
    public static JsonObject SubmitText(string title, string text) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = new JsonObject { ["text"] = text, ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = text } },
    };

    /// <summary>
    /// A plain Action.Submit carrying <paramref name="data"/> addressed to the skill <paramref name="skillId"/>: Teams and
    /// Web Chat deliver it with the card's input values merged in, as the activity's value (the imBack-style
    /// <see cref="SubmitText"/> drops inputs in Teams), and the engine hands it to that skill.
    /// </summary>
    public static JsonObject Submit(string skillId, string title, JsonObject data) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = Routing.CardData.For(skillId, data),
    };

    /// <summary>One line of a FactSet.</summary>
    public static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };
}
