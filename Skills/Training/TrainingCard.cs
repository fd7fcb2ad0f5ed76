using System.Text.Json.Nodes;
using SalesCoach.Data.Kpi;
using SalesCoach.Data.Training;
using SalesCoach.Skills.Cards;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Training;

/// <summary>
/// The proposed plan as an Adaptive Card 1.5: the evidence, one container per session with a toggle to keep it,
/// Accept / Decline. Accept is a plain Action.Submit (not the imBack-style text button) because Teams merges input
/// values only into a submit's data; its data.text still reads as the typed command, so typing works too
/// ("接受培训计划 12 第1,3项").
/// </summary>
public static class TrainingCard
{
    /// <summary>The toggle of session N is "trainingItemN"; TrainingPlanCommand reads them from the submit.</summary>
    public const string ItemInputPrefix = "trainingItem";

    public static string Build(TrainingView view, TrainingPlan plan, string locale, TrainingEvidence evidence, TrainingReplyBuilder replies)
    {
        var name = view.Subject.Scope.Display(locale);
        var body = new JsonArray
        {
            Text(Strings.Get(locale, "training.card.title", name), size: "Medium", bold: true),
            Text(Strings.Get(locale, "training.card.window", view.Days, view.WindowLabel), subtle: true),
        };
        if (view.Subject.IsGroup)
        {
            var facts = new JsonArray();
            foreach (var needs in view.Analysis.Reps.Where(r => r.Gaps.Count > 0).Take(TrainingReplyBuilder.MaxRankedReps))
                facts.Add(new JsonObject { ["title"] = needs.Rep.Name, ["value"] = string.Join(TrainingSeparators.Clause(locale), needs.Gaps.Select(g => evidence.Short(g, locale))) });
            if (view.Analysis.TeamGaps.Count > 0)
            {
                body.Add(Text(Strings.Get(locale, "training.team.headline"), bold: true));
                foreach (var gap in view.Analysis.TeamGaps) body.Add(Text("• " + evidence.TeamLine(gap, view.Org, view.Days, locale)));
            }
            body.Add(Text(Strings.Get(locale, "training.card.ranked"), bold: true));
            body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = facts });
        }
        else if (view.Analysis.Reps.SingleOrDefault() is { } needs)
        {
            body.Add(Text(Strings.Get(locale, "training.card.evidence"), bold: true));
            foreach (var gap in needs.Gaps) body.Add(Text("• " + evidence.Line(gap, view.Days, locale)));
        }

        body.Add(Text(Strings.Get(locale, "training.plan.headline", plan.Id), bold: true));
        foreach (var item in plan.Items)
        {
            var kpi = KpiCatalogue.Get(item.Metric);
            body.Add(new JsonObject
            {
                ["type"] = "Container",
                ["style"] = "emphasis",
                ["items"] = new JsonArray
                {
                    Text($"{item.Position}. {kpi.Name(locale)} · {TrainingReplyBuilder.Format(item.Format, locale)}", bold: true),
                    Text(Strings.Get(locale, "training.focus." + item.Metric)),
                    new JsonObject
                    {
                        ["type"] = "FactSet",
                        ["facts"] = new JsonArray
                        {
                            AdaptiveCardJson.Fact(Strings.Get(locale, "training.card.trainer"), replies.Trainer(item, view, locale)),
                            AdaptiveCardJson.Fact(Strings.Get(locale, "training.card.trainees"), TrainingReplyBuilder.Trainees(item, view.Org, locale)),
                            AdaptiveCardJson.Fact(Strings.Get(locale, "training.card.date"), item.ScheduledOn.ToString("yyyy-MM-dd")),
                            AdaptiveCardJson.Fact(Strings.Get(locale, "training.card.playbook"), "#" + item.PlaybookSection),
                        },
                    },
                    new JsonObject
                    {
                        ["type"] = "Input.Toggle",
                        ["id"] = ItemInputPrefix + item.Position,
                        ["title"] = Strings.Get(locale, "training.card.include"),
                        ["value"] = "true",
                        ["valueOn"] = "true",
                        ["valueOff"] = "false",
                    },
                },
            });
        }
        body.Add(Text(Strings.Get(locale, "training.card.choose", plan.Id), subtle: true, small: true));
        var actions = new JsonArray
        {
            AdaptiveCardJson.Submit(TrainingSkill.SkillId, Strings.Get(locale, "training.action.accept"),
                new JsonObject { ["text"] = TrainingReplyBuilder.AcceptText(plan.Id, locale) }),
            AdaptiveCardJson.SubmitText(Strings.Get(locale, "training.action.decline"), TrainingReplyBuilder.DeclineText(plan.Id, locale)),
        };
        return AdaptiveCardJson.Card(locale, body, actions).ToJsonString();
    }

    private static JsonObject Text(string text, string? size = null, bool bold = false, bool subtle = false, bool small = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (size is not null) block["size"] = size;
        if (small) block["size"] = "Small";
        if (bold) block["weight"] = "Bolder";
        if (subtle) block["isSubtle"] = true;
        return block;
    }
}
