using System.Text.Json.Nodes;
using SalesCoach.Data.Reminders;
using SalesCoach.Skills.Cards;
using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Reminders;

/// <summary>
/// A reminder as an Adaptive Card 1.5: what, when (local time and zone), repeat, customer, and the buttons
/// Snooze 1 h / Snooze to tomorrow / Done / Cancel. The buttons carry the reminder's id in their data
/// (routed back to ReminderSkill by the skill id in the same data), so an old card acts on its own reminder, not the latest.
/// </summary>
public static class ReminderCard
{
    public const string ActionField = "reminderAction", IdField = "reminderId";
    public const string Done = "done", Cancel = "cancel", SnoozeHour = "snooze1h", SnoozeTomorrow = "snoozeTomorrow";

    public static string Build(Reminder reminder, TimeZoneInfo zone, string locale, string title, bool withCancel = true)
    {
        var facts = new JsonArray
        {
            AdaptiveCardJson.Fact(Strings.Get(locale, "reminders.card.subject"), reminder.Subject),
            AdaptiveCardJson.Fact(Strings.Get(locale, "reminders.card.when"), ReminderFormat.WhenWithZone(reminder.NextAlertUtc, zone, locale)),
        };
        if (reminder.Rule is { } rule) facts.Add(AdaptiveCardJson.Fact(Strings.Get(locale, "reminders.card.repeat"), ReminderFormat.Rule(rule, locale)));
        if (reminder.CustomerName is { } customer)
            facts.Add(AdaptiveCardJson.Fact(Strings.Get(locale, "reminders.card.customer"),
                Strings.Get(locale, reminder.CustomerId is null ? "reminders.card.customerUnlinked" : "reminders.card.customerLinked", customer)));
        facts.Add(AdaptiveCardJson.Fact(Strings.Get(locale, "reminders.card.number"), "#" + reminder.Id));

        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = title, ["size"] = "Medium", ["weight"] = "Bolder", ["wrap"] = true },
            new JsonObject { ["type"] = "FactSet", ["facts"] = facts },
        };
        var actions = new JsonArray
        {
            Submit(Strings.Get(locale, "reminders.button.snoozeHour"), SnoozeHour, reminder.Id),
            Submit(Strings.Get(locale, "reminders.button.snoozeTomorrow"), SnoozeTomorrow, reminder.Id),
            Submit(Strings.Get(locale, "reminders.button.done"), Done, reminder.Id),
        };
        if (withCancel) actions.Add(Submit(Strings.Get(locale, "reminders.button.cancel"), Cancel, reminder.Id));
        return AdaptiveCardJson.Card(locale, body, actions).ToJsonString();
    }

    /// <summary>A plain Action.Submit (no imBack): Teams then delivers the data as the activity's value.</summary>
    private static JsonObject Submit(string title, string action, long id) =>
        AdaptiveCardJson.Submit(ReminderSkill.SkillId, title, new JsonObject { [ActionField] = action, [IdField] = id, ["text"] = title });
}
