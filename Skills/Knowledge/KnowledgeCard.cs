using System.Text.Json.Nodes;
using SalesCoach.Knowledge.Answers;
using SalesCoach.Skills.Cards;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Knowledge;

/// <summary>
/// A grounded answer as an Adaptive Card (1.5, Teams' ceiling): the answer, its sources, and helpful / not
/// helpful buttons whose submit data carries what the feedback is about, so nothing has to be remembered.
/// </summary>
public static class KnowledgeCard
{
    /// <summary>The key of the submit data that marks a feedback button.</summary>
    public const string FeedbackKey = "kbFeedback";

    private const int MaxQuestionChars = 300;

    public static string Build(KnowledgeAnswer answer, string locale, string question)
    {
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = KnowledgeAnswerText.Body(answer, locale), ["wrap"] = true },
        };
        var sources = KnowledgeAnswerText.Sources(answer);
        if (sources.Count > 0)
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = Strings.Get(locale, "kb.sources"), ["weight"] = "Bolder", ["spacing"] = "Medium", ["wrap"] = true });
            for (var i = 0; i < sources.Count; i++)
                body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = $"{i + 1}. {sources[i]}", ["isSubtle"] = true, ["size"] = "Small", ["spacing"] = "Small", ["wrap"] = true });
        }
        body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = Strings.Get(locale, "kb.feedback.prompt"), ["isSubtle"] = true, ["spacing"] = "Medium", ["wrap"] = true });

        return AdaptiveCardJson.Card(locale, body, new JsonArray
        {
            Feedback(Strings.Get(locale, "kb.feedback.helpful"), true, answer, locale, question),
            Feedback(Strings.Get(locale, "kb.feedback.notHelpful"), false, answer, locale, question),
        }).ToJsonString();
    }

    // No "text" and no msteams imBack: the tap arrives as a card submit (value only) and never reads as a new question.
    private static JsonObject Feedback(string title, bool helpful, KnowledgeAnswer answer, string locale, string question) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = Routing.CardData.For(KnowledgeSkill.SkillId, new JsonObject
        {
            [FeedbackKey] = new JsonObject
            {
                ["helpful"] = helpful,
                ["question"] = question.Length > MaxQuestionChars ? question[..MaxQuestionChars] : question,
                ["mode"] = answer.Mode.ToString(),
                ["source"] = answer.Citations.FirstOrDefault()?.Source ?? "",
                ["section"] = answer.Citations.FirstOrDefault()?.Section ?? "",
                ["locale"] = locale,
            },
        }),
    };
}
