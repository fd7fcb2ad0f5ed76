using System.Text.Json.Nodes;
using SalesCoach.Data.Risk;
using SalesCoach.Skills.Cards;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Risk;

/// <summary>
/// The card asking for one risk's ratings: what the risk covers, the data's evidence and suggestion, and two
/// Input.ChoiceSet 1-5 preset to the suggestion. "Rate" is a plain Action.Submit so the inputs travel in the
/// value (an imBack would drop them); "Skip" and "Cancel" send text, the same as typing it.
/// </summary>
public static class RiskRatingCard
{
    public static string Build(string locale, RiskDraft draft, RiskDraftItem item)
    {
        var risk = RiskCatalogue.Find(item.Key)!;
        var body = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "TextBlock", ["size"] = "Medium", ["weight"] = "Bolder", ["wrap"] = true,
                ["text"] = Strings.Get(locale, "risk.card.title", draft.Position(item), draft.Items.Count, RiskText.Name(locale, item.Key), RiskText.Category(locale, risk.Category)),
            },
            new JsonObject { ["type"] = "TextBlock", ["text"] = RiskText.Hint(locale, item.Key), ["wrap"] = true, ["spacing"] = "None" },
        };
        if (item.Signal is { } signal)
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["wrap"] = true, ["text"] = Strings.Get(locale, "risk.card.evidence", RiskText.Evidence(locale, signal)) });
            body.Add(new JsonObject
            {
                ["type"] = "TextBlock", ["wrap"] = true, ["weight"] = "Bolder", ["color"] = "Accent",
                ["text"] = Strings.Get(locale, "risk.card.suggested", signal.Likelihood, signal.Impact),
            });
        }
        body.Add(Choice(locale, RiskCardInputs.Likelihood, "risk.card.likelihood", item.Likelihood ?? item.Signal?.Likelihood));
        body.Add(Choice(locale, RiskCardInputs.Impact, "risk.card.impact", item.Impact ?? item.Signal?.Impact));
        body.Add(new JsonObject { ["type"] = "TextBlock", ["isSubtle"] = true, ["size"] = "Small", ["wrap"] = true, ["text"] = Strings.Get(locale, "risk.card.playbook", "#" + risk.SectionId) });

        var submitText = Strings.Get(locale, "risk.card.submitText");
        var actions = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "Action.Submit", ["title"] = Strings.Get(locale, "risk.card.submit"), ["style"] = "positive",
                ["data"] = Routing.CardData.For(RiskSkill.SkillId, new JsonObject { [RiskCardInputs.Action] = RiskCardInputs.RateAction, [RiskCardInputs.RiskKey] = item.Key, ["text"] = submitText }),
            },
            AdaptiveCardJson.SubmitText(Strings.Get(locale, "risk.card.skip"), Strings.Get(locale, "risk.card.skip")),
            AdaptiveCardJson.SubmitText(Strings.Get(locale, "risk.card.cancel"), Strings.Get(locale, "risk.card.cancel")),
        };
        return AdaptiveCardJson.Card(locale, body, actions).ToJsonString();
    }

    private static JsonObject Choice(string locale, string id, string labelKey, int? value)
    {
        var choices = new JsonArray();
        for (var n = RiskMatrix.Min; n <= RiskMatrix.Max; n++)
            choices.Add(new JsonObject { ["title"] = Strings.Get(locale, $"risk.rating.{n}"), ["value"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var input = new JsonObject
        {
            ["type"] = "Input.ChoiceSet", ["id"] = id, ["label"] = Strings.Get(locale, labelKey), ["style"] = "compact",
            ["isRequired"] = true, ["errorMessage"] = Strings.Get(locale, "risk.error.cardMissing"), ["choices"] = choices,
        };
        if (value is not null) input["value"] = value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return input;
    }
}
