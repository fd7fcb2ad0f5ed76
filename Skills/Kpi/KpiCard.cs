using System.Text.Json.Nodes;
using SalesCoach.Skills.Cards;

namespace SalesCoach.Skills.Kpi;

/// <summary>The KPI answer as an Adaptive Card 1.5 (Teams' ceiling): headline, facts, optional chart, follow-up buttons.</summary>
public static class KpiCard
{
    public static string Build(string locale, string title, string subtitle, IReadOnlyList<(string Title, string Value)> facts,
        byte[]? chartPng, string? chartAlt, string? footnote, IReadOnlyList<(string Title, string Text)> actions, JsonObject? openAction = null)
    {
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = title, ["size"] = "Medium", ["weight"] = "Bolder", ["wrap"] = true },
            new JsonObject { ["type"] = "TextBlock", ["text"] = subtitle, ["isSubtle"] = true, ["spacing"] = "None", ["wrap"] = true },
        };
        if (facts.Count > 0)
        {
            var list = new JsonArray();
            foreach (var (name, value) in facts) list.Add(AdaptiveCardJson.Fact(name, value));
            body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = list });
        }
        if (chartPng is not null)
        {
            // A data URI keeps the card self-contained: no image endpoint has to be reachable from Teams' servers.
            body.Add(new JsonObject
            {
                ["type"] = "Image",
                ["url"] = "data:image/png;base64," + Convert.ToBase64String(chartPng),
                ["altText"] = chartAlt,
                ["size"] = "Stretch",
            });
        }
        if (!string.IsNullOrEmpty(footnote))
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = footnote, ["isSubtle"] = true, ["size"] = "Small", ["wrap"] = true });

        var buttons = new JsonArray();
        foreach (var (name, text) in actions) buttons.Add(AdaptiveCardJson.SubmitText(name, text));
        if (openAction is not null) buttons.Add(openAction);
        return AdaptiveCardJson.Card(locale, body, buttons).ToJsonString();
    }
}
