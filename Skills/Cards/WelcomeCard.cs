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

        // The welcome's buttons send text, like every other button of ours.
        var card = AdaptiveCardJson.Card(locale, body, new JsonArray
        {
            AdaptiveCardJson.SubmitText(Strings.Get(locale, "suggest.help"), Strings.Get(locale, "suggest.help")),
            AdaptiveCardJson.SubmitText(Strings.Get(locale, "suggest.kpi"), Strings.Get(locale, "suggest.kpi")),
        });
        return card.ToJsonString();
    }
}
