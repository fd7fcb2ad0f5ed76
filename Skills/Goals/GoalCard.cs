using System.Globalization;
using System.Text.Json.Nodes;
using SalesCoach.Data.Goals;
using SalesCoach.Data.Kpi;
using SalesCoach.Skills.Cards;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Goals;

/// <summary>
/// The goal cards (Adaptive Card 1.5). The confirmation card carries the draft's id in every button and
/// editable inputs (target, deadline, how the goal ties to a team goal): a plain Action.Submit, not the
/// imBack-style text button, because Teams merges input values only into a submit's data.
/// </summary>
public static class GoalCard
{
    public const string ActionKey = "goalAction", IdKey = "goalId", TargetInput = "goalTarget", DeadlineInput = "goalDeadline", RelevanceInput = "goalRelevance";

    public static string Draft(Goal draft, IReadOnlyList<SmartLine> lines, GoalText text, string locale)
    {
        var kpi = KpiCatalogue.Get(draft.Metric);
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = Strings.Get(locale, draft.ReplacesGoalId is null ? "goal.card.title" : "goal.card.titleUpdate"), ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
            new JsonObject
            {
                ["type"] = "FactSet",
                ["facts"] = new JsonArray
                {
                    AdaptiveCardJson.Fact(Strings.Get(locale, "goal.card.owner"), draft.OwnerName),
                    AdaptiveCardJson.Fact(Strings.Get(locale, "goal.card.metric"), kpi.Name(locale)),
                    AdaptiveCardJson.Fact(Strings.Get(locale, "goal.card.target"), text.Value(draft.Metric, draft.Target, locale)),
                    AdaptiveCardJson.Fact(Strings.Get(locale, "goal.card.period"), text.Span(draft, locale)),
                },
            },
            new JsonObject { ["type"] = "TextBlock", ["text"] = Strings.Get(locale, "goal.card.smart"), ["weight"] = "Bolder", ["wrap"] = true, ["spacing"] = "Medium" },
        };
        foreach (var line in lines)
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = $"{(line.Passed ? "✅" : "⚠️")} **{line.Letter}** {line.Text}", ["wrap"] = true, ["spacing"] = "Small" });
        body.Add(new JsonObject
        {
            ["type"] = "Input.Number", ["id"] = TargetInput, ["label"] = Strings.Get(locale, "goal.card.editTarget"),
            ["value"] = (double)draft.Target, ["min"] = 0, ["isRequired"] = true, ["errorMessage"] = Strings.Get(locale, "goal.card.targetError"),
        });
        body.Add(new JsonObject
        {
            ["type"] = "Input.Date", ["id"] = DeadlineInput, ["label"] = Strings.Get(locale, "goal.card.editDeadline"),
            ["value"] = text.LastDay(draft.Deadline), ["isRequired"] = true, ["errorMessage"] = Strings.Get(locale, "goal.card.deadlineError"),
        });
        body.Add(new JsonObject
        {
            ["type"] = "Input.Text", ["id"] = RelevanceInput, ["label"] = Strings.Get(locale, "goal.card.relevance"),
            ["placeholder"] = Strings.Get(locale, "goal.card.relevanceHint"), ["value"] = draft.Relevance ?? string.Empty, ["maxLength"] = 500,
        });
        var actions = new JsonArray
        {
            Submit(Strings.Get(locale, "goal.card.confirm"), Strings.Get(locale, "goal.text.confirm"), "confirm", draft.Id, "positive"),
            Submit(Strings.Get(locale, "goal.card.edit"), Strings.Get(locale, "goal.text.edit"), "edit", draft.Id, null),
            Submit(Strings.Get(locale, "goal.card.cancel"), Strings.Get(locale, "goal.text.cancel"), "cancel", draft.Id, "destructive"),
        };
        return AdaptiveCardJson.Card(locale, body, actions).ToJsonString();
    }

    /// <summary>Progress of several goals: one container per goal with its figures.</summary>
    public static string Progress(IReadOnlyList<(Goal Goal, GoalPace Pace)> goals, GoalText text, string locale, JsonObject? openAction = null)
    {
        var body = new JsonArray { new JsonObject { ["type"] = "TextBlock", ["text"] = Strings.Get(locale, "goal.progress.title"), ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true } };
        foreach (var (goal, pace) in goals)
        {
            var facts = new JsonArray
            {
                AdaptiveCardJson.Fact(Strings.Get(locale, "goal.card.target"), text.Value(goal.Metric, goal.Target, locale)),
                AdaptiveCardJson.Fact(Strings.Get(locale, "goal.progress.current"), text.Value(goal.Metric, pace.Value, locale)),
                AdaptiveCardJson.Fact(Strings.Get(locale, "goal.progress.achieved"), GoalText.Percent(pace.PercentAchieved, locale)),
                AdaptiveCardJson.Fact(Strings.Get(locale, "goal.progress.expected"), GoalText.Percent(pace.ExpectedPercent, locale)),
                AdaptiveCardJson.Fact(Strings.Get(locale, "goal.progress.forecast"), text.Value(goal.Metric, pace.Forecast, locale)),
            };
            if (pace.NeededPerWeek is { } perWeek) facts.Add(AdaptiveCardJson.Fact(Strings.Get(locale, "goal.progress.perWeek"), text.Value(goal.Metric, perWeek, locale)));
            body.Add(new JsonObject
            {
                ["type"] = "Container", ["separator"] = true, ["spacing"] = "Medium",
                ["items"] = new JsonArray
                {
                    new JsonObject { ["type"] = "TextBlock", ["text"] = $"{(pace.OnTrack ? "🟢" : "🟠")} {KpiCatalogue.Get(goal.Metric).Name(locale)} · {goal.OwnerName} · {text.Span(goal, locale)}", ["weight"] = "Bolder", ["wrap"] = true },
                    new JsonObject { ["type"] = "FactSet", ["facts"] = facts },
                },
            });
        }
        return AdaptiveCardJson.Card(locale, body, openAction is null ? null : [openAction]).ToJsonString();
    }

    private static JsonObject Submit(string title, string text, string action, long id, string? style)
    {
        var submit = AdaptiveCardJson.Submit(GoalSkill.SkillId, title,
            new JsonObject { ["text"] = text, [ActionKey] = action, [IdKey] = id.ToString(CultureInfo.InvariantCulture) });
        if (style is not null) submit["style"] = style;
        // Cancel needs no inputs; skipping validation lets it go even with the target field emptied.
        if (action == "cancel") submit["associatedInputs"] = "none";
        return submit;
    }
}
