using System.Text.Json.Nodes;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Cards;

/// <summary>The first-contact card: what the bot is and what it can do (Adaptive Card 1.5, Teams' ceiling).</summary>
public static class WelcomeCard
{
    private static readonly string[] Capabilities = ["goals", "kpi", "reminders", "training", "risks", "knowledge"];

    public static string Build(string locale)
    {
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = Strings.Get(locale, "welcome.title"), ["size"] = "Large", ["weight"] = "Bolder", ["wrap"] = true },
            new JsonObject { ["type"] = "TextBlock", ["text"] = Strings.Get(locale, "welcome.intro"), ["wrap"] = true },
            new JsonObject { ["type"] = "TextBlock", ["text"] = Strings.Get(locale, "welcome.capabilitiesTitle"), ["weight"] = "Bolder", ["spacing"] = "Medium", ["wrap"] = true },
        };
        foreach (var cap in Capabilities)
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = Strings.Get(locale, $"welcome.cap.{cap}"), ["wrap"] = true, ["spacing"] = "Small" });
        body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = Strings.Get(locale, "welcome.footer"), ["wrap"] = true, ["isSubtle"] = true, ["spacing"] = "Medium" });

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["lang"] = locale,
            ["body"] = body,
            ["actions"] = new JsonArray
            {
                // imBack-style submit: the value comes back as the user's text, so typed and clicked paths are one.
                SubmitText(Strings.Get(locale, "suggest.help")),
                SubmitText(Strings.Get(locale, "suggest.kpi")),
            },
        };
        return card.ToJsonString();
    }

    private static JsonObject SubmitText(string text) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = text,
        ["data"] = new JsonObject { ["text"] = text, ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = text } },
    };
}
