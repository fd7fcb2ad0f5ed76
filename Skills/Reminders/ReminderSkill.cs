using System.Text.Json;
using SalesCoach.Data.Reminders;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Localization;
using SalesCoach.Skills.Nlu;
using SalesCoach.Skills.Routing;

namespace SalesCoach.Skills.Reminders;

/// <summary>
/// Creating a reminder: a form whose required slots are the time and what to do (both usually in the first
/// message); the customer is linked when the name matches one the user may see, and the reminder is created
/// either way, saying so when it is not linked.
/// </summary>
public sealed class ReminderSkill(ReminderStore store, CustomerQueries customers, ReminderOwners owners, ReminderScheduling scheduling,
    ReminderCommands commands, ReminderReferents referents, ReminderManager manager) : ISkill
{
    // Reminders, callback suggestions and the digest: one skill, one id on their cards.
    /// <summary>The id its cards carry (CardData.SkillKey).</summary>
    public const string SkillId = "reminders";

    public string Id => SkillId;

    public void Declare(SkillDeclaration skill) => skill
        .Form(Form)
        .Handler(Intents.ReminderList, commands.ListAsync)
        .Handler(Intents.ReminderCancel, commands.CancelAsync)
        .Handler(Intents.DigestSettings, commands.DigestSettingsAsync)
        .Referents(ReferentKinds.Reminder, referents.RemindersAsync)
        .Referents(ReferentKinds.Digest, referents.DigestAsync);

    /// <summary>
    /// A reminder card's Snooze / Done / Cancel: the action and the reminder id come from the card's data (an old card
    /// acts on its own reminder, not the latest), checked against the owner. Data without them goes on as its words.
    /// </summary>
    public async Task<CardAnswer?> OnCardSubmitAsync(CardSubmit submit, CancellationToken cancellationToken)
    {
        var value = submit.Data;
        if (!value.TryGetProperty(ReminderCard.ActionField, out var action) || action.ValueKind != JsonValueKind.String) return null;
        if (!value.TryGetProperty(ReminderCard.IdField, out var idValue)) return null;
        long id;
        if (idValue.ValueKind == JsonValueKind.Number && idValue.TryGetInt64(out var n)) id = n;
        else if (idValue.ValueKind == JsonValueKind.String && long.TryParse(idValue.GetString(), out var parsed)) id = parsed;
        else return null;
        return CardAnswer.Of(await manager.ActAsync(submit.Requester, id, action.GetString()!, submit.Locale, cancellationToken));
    }

    /// <summary>"done", "snooze 2 hours", "show my reminders", "send me the digest at 8" and the like, read before understanding.</summary>
    public Task<Reply?> OnCommandAsync(string text, Requester requester, CoachUserState user, string locale, CancellationToken cancellationToken) =>
        commands.TryHandleAsync(text, requester, user, locale, cancellationToken);

    public FormDefinition Form => new(Intents.ReminderCreate, "form.reminder_create.title",
    [
        new SlotDefinition("when", EntityNames.DateTime, "reminders.ask.when", "reminders.slot.when",
            SuggestionKeys: ["reminders.suggest.tomorrow10", "reminders.suggest.monday9"], Validator: ReminderValidators.Future),
        new SlotDefinition("subject", ReminderEntityNames.Subject, "reminders.ask.subject", "reminders.slot.subject", FromText: true),
        new SlotDefinition("customer", EntityNames.Customer, "reminders.ask.subject", "reminders.slot.customer", Required: false),
        new SlotDefinition("person", EntityNames.Person, "reminders.ask.subject", "reminders.slot.customer", Required: false),
        new SlotDefinition("recurrence", ReminderEntityNames.Recurrence, "reminders.ask.when", "reminders.slot.recurrence", Required: false),
    ], CreateAsync, Entities: ReminderEntityReader.Read);

    public async Task<IReadOnlyList<Reply>> CreateAsync(FormCompleted completed, CancellationToken cancellationToken)
    {
        var locale = completed.Locale;
        if (completed.Requester is not { } requester || !ReminderValidators.TryInstant(completed["when"]?.Resolution, out var due))
            return [Reply.Plain(Strings.Get(locale, "reminders.invalid.when", completed["when"]?.Text ?? ""))];
        var (owner, viewer, zone) = await owners.ResolveAsync(requester, cancellationToken);
        var customerName = (completed["customer"] ?? completed["person"])?.Text;
        var linked = customerName is not null && viewer is not null ? await customers.FindVisibleAsync(viewer, customerName, cancellationToken) : null;

        var reminder = await store.AddAsync(new Reminder
        {
            ChannelId = owner.ChannelId,
            ChannelUserId = owner.ChannelUserId,
            SalesUserId = owner.SalesUserId,
            CustomerId = linked?.Id,
            CustomerName = linked?.Name ?? customerName,
            Subject = Clip(completed["subject"]?.Text ?? customerName ?? "", 500),
            DueUtc = due.ToUniversalTime(),
            TimeZoneId = zone.Id,
            Recurrence = completed["recurrence"]?.Resolution,
            Locale = locale,
        }, cancellationToken);
        await scheduling.ApplyAsync(reminder, cancellationToken);

        var text = Strings.Get(locale, reminder.Rule is null ? "reminders.created" : "reminders.createdRepeating",
            ReminderFormat.WhenWithZone(reminder.DueUtc, zone, locale));
        if (customerName is not null && linked is null) text += "\n\n" + Strings.Get(locale, "reminders.customerNotFound", customerName);
        return [new Reply(text, ReminderCard.Build(reminder, zone, locale, Strings.Get(locale, "reminders.card.createdTitle")))
            { Focus = ReminderManager.AsReferent(reminder) }];
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}
