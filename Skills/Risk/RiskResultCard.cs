using System.Globalization;
using System.Text.Json.Nodes;
using SalesCoach.Data.Risk;
using SalesCoach.Skills.Cards;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Risk;

/// <summary>
/// The result of a risk check: the matrix image (a data URI, like the KPI chart: nothing has to be reachable from
/// Teams' servers), the ranked register with an editable response, owner and due date per risk, and the
/// comparison with the previous assessment. "Save changes" submits every input with the assessment's id.
/// </summary>
public static class RiskResultCard
{
    public static string Build(string locale, RiskAssessment assessment, IReadOnlyList<RiskRating> ranked, byte[]? heatMap,
        string summary, IReadOnlyList<string> comparison, JsonObject? openAction = null)
    {
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["size"] = "Medium", ["weight"] = "Bolder", ["wrap"] = true, ["text"] = Strings.Get(locale, "risk.result.title", assessment.ScopeName) },
            new JsonObject { ["type"] = "TextBlock", ["wrap"] = true, ["spacing"] = "None", ["text"] = summary },
        };
        if (heatMap is not null)
        {
            body.Add(new JsonObject
            {
                ["type"] = "Image", ["url"] = "data:image/png;base64," + Convert.ToBase64String(heatMap),
                ["altText"] = Strings.Get(locale, "risk.result.heatmapAlt"), ["size"] = "Stretch",
            });
        }
        body.Add(new JsonObject { ["type"] = "TextBlock", ["weight"] = "Bolder", ["wrap"] = true, ["text"] = Strings.Get(locale, "risk.result.registerTitle") });
        for (var i = 0; i < ranked.Count; i++) body.Add(Row(locale, i + 1, ranked[i]));
        foreach (var line in comparison)
            body.Add(new JsonObject { ["type"] = "TextBlock", ["wrap"] = true, ["spacing"] = "Small", ["text"] = line });
        body.Add(new JsonObject { ["type"] = "TextBlock", ["isSubtle"] = true, ["size"] = "Small", ["wrap"] = true, ["text"] = Strings.Get(locale, "risk.card.playbook", "#risk-matrix, #risk-responses") });

        var actions = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "Action.Submit", ["title"] = Strings.Get(locale, "risk.result.save"),
                ["data"] = Routing.CardData.For(RiskSkill.SkillId, new JsonObject
                {
                    [RiskCardInputs.Action] = RiskCardInputs.UpdateAction,
                    [RiskCardInputs.AssessmentId] = assessment.Id.ToString(CultureInfo.InvariantCulture),
                    ["text"] = Strings.Get(locale, "risk.result.saveText"),
                }),
            },
        };
        if (openAction is not null) actions.Add(openAction);
        return AdaptiveCardJson.Card(locale, body, actions).ToJsonString();
    }

    private static JsonObject Row(string locale, int number, RiskRating rating)
    {
        var responses = new JsonArray();
        foreach (var response in Enum.GetValues<RiskResponse>())
            responses.Add(new JsonObject { ["title"] = RiskText.Response(locale, response), ["value"] = response.ToString() });
        var items = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "TextBlock", ["wrap"] = true, ["weight"] = "Bolder",
                ["color"] = rating.Level switch { RiskLevel.High => "Attention", RiskLevel.Medium => "Warning", _ => "Good" },
                ["text"] = $"{number}. {RiskText.Name(locale, rating.RiskKey)}: {rating.Likelihood} × {rating.Impact} = {rating.Score} ({RiskText.Level(locale, rating.Level)})",
            },
        };
        if (!string.IsNullOrEmpty(rating.Evidence))
            items.Add(new JsonObject { ["type"] = "TextBlock", ["wrap"] = true, ["isSubtle"] = true, ["size"] = "Small", ["spacing"] = "None", ["text"] = rating.Evidence });
        items.Add(new JsonObject
        {
            ["type"] = "ColumnSet",
            ["columns"] = new JsonArray
            {
                Column(new JsonObject { ["type"] = "Input.ChoiceSet", ["id"] = RiskCardInputs.Response(rating.RiskKey), ["label"] = Strings.Get(locale, "risk.result.response"), ["style"] = "compact", ["value"] = rating.Response.ToString(), ["choices"] = responses }),
                Column(new JsonObject { ["type"] = "Input.Text", ["id"] = RiskCardInputs.Owner(rating.RiskKey), ["label"] = Strings.Get(locale, "risk.result.owner"), ["value"] = rating.OwnerName, ["maxLength"] = 100 }),
                Column(new JsonObject { ["type"] = "Input.Date", ["id"] = RiskCardInputs.Due(rating.RiskKey), ["label"] = Strings.Get(locale, "risk.result.due"), ["value"] = RiskText.Date(rating.DueDate) }),
            },
        });
        return new JsonObject { ["type"] = "Container", ["separator"] = true, ["items"] = items };
    }

    private static JsonObject Column(JsonObject input) => new() { ["type"] = "Column", ["width"] = "stretch", ["items"] = new JsonArray { input } };
}
