using SalesCoach.Skills.Cards;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Localization;
using SalesCoach.Skills.Nlu;
using SalesCoach.Skills.Routing;

namespace SalesCoach.Skills;

/// <summary>
/// The channel-neutral brain of the bot: takes a Turn plus the persisted state and returns the replies.
/// The host (Bot/) loads and saves the state around each call.
/// </summary>
public sealed class CoachEngine
{
    private readonly IIntentRecognizer _recognizer;
    private readonly DialogEngine _dialogs;
    private readonly TimeProvider _time;
    private readonly IReadOnlyList<ITurnCommand> _commands;
    private readonly IReadOnlyList<ICardSubmitHandler> _submits;

    /// <summary>The offline recogniser and no skills registered: what tests of the core behaviour need.</summary>
    public CoachEngine()
        : this(new OfflineIntentRecognizer(), new FormRegistry())
    {
    }

    /// <summary>With a recogniser and the skills' forms: every message goes through the dialog engine.</summary>
    public CoachEngine(IIntentRecognizer recognizer, FormRegistry forms, TimeProvider? time = null, IEnumerable<ITurnCommand>? commands = null,
        IEnumerable<ICardSubmitHandler>? submits = null)
    {
        _commands = commands?.ToList() ?? [];
        _submits = submits?.ToList() ?? [];
        _recognizer = recognizer ?? throw new ArgumentNullException(nameof(recognizer));
        _dialogs = new DialogEngine(forms ?? throw new ArgumentNullException(nameof(forms)));
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Replies for the first contact in a conversation (install, conversationUpdate or first message).</summary>
    public IReadOnlyList<Reply> Welcome(string locale, CoachConversationState conversation)
    {
        if (conversation.Welcomed) return [];
        conversation.Welcomed = true;
        return [new Reply(null, WelcomeCard.Build(locale), CoreReplies.StarterActions(locale))];
    }

    public async Task<TurnOutcome> HandleAsync(Turn turn, CoachUserState user, CoachConversationState conversation, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var raw = turn.Text ?? string.Empty;
        var text = InputSanitizer.Clean(raw.Length > InputSanitizer.MaxTextLength * 4 ? raw[..(InputSanitizer.MaxTextLength * 4)] : raw);
        var locale = Locales.Resolve(user.PreferredLocale, turn.ChannelLocale, text);
        var replies = new List<Reply>();

        replies.AddRange(Welcome(locale, conversation));

        if (text.Length > InputSanitizer.MaxTextLength)
        {
            replies.Add(Reply.Plain(Strings.Get(locale, "input.tooLong", raw.Length, InputSanitizer.MaxTextLength)));
            return new TurnOutcome(locale, replies);
        }

        if (text.Length == 0)
        {
            // Nothing to understand: a card button without data we know, or an empty message.
            replies.Add(turn.Value is not null
                ? Reply.Plain(Strings.Get(locale, "card.unknownSubmit"))
                : new Reply(Strings.Get(locale, "fallback.empty"), null, CoreReplies.StarterActions(locale)));
            return new TurnOutcome(locale, replies);
        }

        // "用中文说吧，上个月的呢？": switch first, then answer the rest in the new language.
        if (LanguageSwitch.Split(text) is { } switched)
        {
            locale = user.PreferredLocale = switched.Locale;
            replies.Add(Reply.Plain(Strings.Get(locale, "language.switched.brief")));
            text = switched.Remainder;
        }

        var zone = UserZone(turn, user);
        var requester = new Requester(turn.UserId, turn.ChannelId, turn.AadObjectId, turn.UserName, user.DemoPersona, zone.Id, turn.Value);
        if (turn.Value is { ValueKind: System.Text.Json.JsonValueKind.Object } value)
        {
            foreach (var submit in _submits)
            {
                if (await submit.TryHandleAsync(value, requester, user, locale, cancellationToken) is { } handled)
                {
                    replies.Add(handled);
                    return new TurnOutcome(locale, replies) { Trace = TurnTrace.Of("card") };
                }
            }
        }
        foreach (var command in _commands)
        {
            if (await command.TryHandleAsync(text, requester, user, locale, cancellationToken) is { } handled)
            {
                replies.Add(handled);
                // What the message was, for the trace: an agreement or refusal answered a draft, anything else a command.
                var act = DialogActs.IsAffirmation(text) ? Intents.Affirm : DialogActs.IsRefusal(text) ? Intents.Deny : "command";
                return new TurnOutcome(locale, replies) { Trace = TurnTrace.Of(act) };
            }
        }

        // "好的" / "sounds good" with nothing waiting for an answer (no draft, plan, form or checklist): say so
        // kindly instead of "I didn't understand".
        if (conversation.Frames.Count == 0 && conversation.SkillDialog is null && (DialogActs.IsAffirmation(text) || DialogActs.IsRefusal(text)))
        {
            replies.Add(new Reply(Strings.Get(locale, "confirm.nothingPending"), null, CoreReplies.StarterActions(locale)));
            return new TurnOutcome(locale, replies) { Trace = TurnTrace.Of(DialogActs.IsAffirmation(text) ? Intents.Affirm : Intents.Deny) };
        }

        var context = new NluContext(locale, zone, TimeZoneInfo.ConvertTime(_time.GetUtcNow(), zone), _dialogs.ExpectedEntity(conversation));
        // "搞错了，应该是订单量" / "Actually, make that 40": the cue is not part of the request ("Actually" is not a
        // person); what follows revises the last request. Only when there is a finished request to revise: an open
        // form reads corrections of its own slots from the whole message ("不对，是下个季度").
        var correction = conversation.LastCompleted is not null && conversation.Frames.Count == 0 ? DialogActs.CorrectionRemainder(text) : null;
        var understood = correction ?? text;
        // Exact core phrases never wait for the recogniser (an LLM may sit behind it).
        var nlu = CoreCommandRecognizer.RecognizeIntent(understood) is { } core
            ? new NluResult(core, 1.0, [], true)
            : await _recognizer.RecognizeAsync(understood, context, cancellationToken);
        var result = await _dialogs.HandleAsync(new DialogInput(understood, nlu, context, turn.UserName, requester, IsCorrection: correction is not null),
            user, conversation, cancellationToken);
        replies.AddRange(result.Replies);
        return new TurnOutcome(result.Locale, ReplyNotice.OncePerConversation(replies, conversation)) { Trace = BuildTrace(nlu, conversation) };
    }

    private static TurnTrace BuildTrace(NluResult nlu, CoachConversationState conversation)
    {
        var entities = new Dictionary<string, string>();
        foreach (var entity in nlu.Entities)
            entities.TryAdd(entity.Name, entity.Text);
        return new TurnTrace(nlu.Intent, nlu.Confidence, entities, conversation.Frames.LastOrDefault()?.FormName);
    }

    /// <summary>
    /// "明天上午10点" means the user's tomorrow: the zone Teams reports (remembered, since not every activity
    /// carries it), else the company's (SalesCoach:TimeZone). An id the system does not know is ignored.
    /// </summary>
    private TimeZoneInfo UserZone(Turn turn, CoachUserState user)
    {
        if (Data.Reminders.LocalClock.FindZone(turn.TimeZone) is { } reported)
        {
            user.TimeZone = reported.Id;
            return reported;
        }
        return Data.Reminders.LocalClock.FindZone(user.TimeZone) ?? _time.LocalTimeZone;
    }
}
