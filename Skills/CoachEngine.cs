using SalesCoach.Skills.Cards;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Dialogs.References;
using SalesCoach.Skills.Localization;
using SalesCoach.Skills.Nlu;
using SalesCoach.Skills.Nlu.Names;
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
    private readonly SkillCatalogue _skills;
    private readonly IDirectory? _directory;

    /// <summary>The offline recogniser and no skills registered: what tests of the core behaviour need.</summary>
    public CoachEngine()
        : this(new OfflineIntentRecognizer(), new SkillCatalogue())
    {
    }

    /// <summary>With a recogniser and skills (in the order they hear commands): every message goes through the dialog engine.</summary>
    public CoachEngine(IIntentRecognizer recognizer, IEnumerable<ISkill> skills, TimeProvider? time = null, IDirectory? directory = null)
        : this(recognizer, new SkillCatalogue(skills), time, directory)
    {
    }

    /// <summary>With a recogniser and the skills' declarations, checked and indexed (services.AddSkill builds it once).</summary>
    public CoachEngine(IIntentRecognizer recognizer, SkillCatalogue skills, TimeProvider? time = null, IDirectory? directory = null)
    {
        _directory = directory;
        _skills = skills ?? throw new ArgumentNullException(nameof(skills));
        _recognizer = recognizer ?? throw new ArgumentNullException(nameof(recognizer));
        _dialogs = new DialogEngine(skills);
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
        // The data's Chinese names do not make a message Chinese ("and 华东二组?" from an English chat).
        var names = _directory is null ? null : EnglishNames.For(_directory);
        var locale = Locales.Resolve(user.PreferredLocale, turn.ChannelLocale, names?.WithoutNames(text) ?? text);
        var replies = new List<Reply>();

        replies.AddRange(Welcome(locale, conversation));

        if (text.Length > InputSanitizer.MaxTextLength)
        {
            replies.Add(Reply.Plain(Strings.Get(locale, "input.tooLong", raw.Length, InputSanitizer.MaxTextLength)));
            return new TurnOutcome(locale, replies);
        }

        // A card button of ours names its skill (CardData): it goes to that skill before anything reads its words.
        if (turn.Value is { ValueKind: System.Text.Json.JsonValueKind.Object } submitted && CardData.SkillOf(submitted) is { } skillId)
        {
            var zoneOfSubmit = UserZone(turn, user);
            var submitter = new Requester(turn.UserId, turn.ChannelId, turn.AadObjectId, turn.UserName, user.DemoPersona, zoneOfSubmit.Id, turn.Value);
            if (await SubmitAsync(skillId, new CardSubmit(submitted, text, submitter, user, locale, turn.ConversationId), zoneOfSubmit, conversation, cancellationToken) is { } answered)
            {
                replies.AddRange(answered.Replies);
                return Remembered(new TurnOutcome(answered.Locale ?? locale, replies) { Trace = TurnTrace.Of("card") }, conversation, text);
            }
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

        // "how is Sun Yong doing in East China team 1": our names as the data spells them ("孙勇", "华东一组"), so every
        // skill's reading of names applies to English messages too.
        if (names is not null) text = names.Rewrite(text);

        var zone = UserZone(turn, user);
        var requester = new Requester(turn.UserId, turn.ChannelId, turn.AadObjectId, turn.UserName, user.DemoPersona, zone.Id, turn.Value);
        var context = new NluContext(locale, zone, TimeZoneInfo.ConvertTime(_time.GetUtcNow(), zone), _dialogs.ExpectedEntity(conversation), Topic: conversation.Context?.Topic);
        string? onTopic = null;
        // "the second one", "把它改到下午3点", "what could he practise", "list those again": resolved against what was
        // shown before anything else reads the message (ReferenceResolver).
        if (await ReferToAsync(text, context, requester, conversation, cancellationToken) is { } referred)
        {
            if (referred.Replies is { } acted)
            {
                replies.AddRange(acted);
                return Remembered(new TurnOutcome(locale, replies) { Trace = BuildTrace(referred.Nlu!, conversation) }, conversation, text);
            }
            text = referred.Text!;
            onTopic = conversation.Context?.Topic;
        }

        foreach (var skill in CommandsFor(text, conversation))
        {
            if (await skill.OnCommandAsync(text, requester, user, locale, cancellationToken) is { } handled)
            {
                replies.Add(handled);
                // What the message was, for the trace: an agreement or refusal answered a draft, anything else a command.
                var act = DialogActs.IsAffirmation(text) ? Intents.Affirm : DialogActs.IsRefusal(text) ? Intents.Deny : handled.Intent ?? "command";
                return Remembered(new TurnOutcome(locale, replies) { Trace = TurnTrace.Of(act) }, conversation, text);
            }
        }

        // "搞错了，应该是订单量" / "Actually, make that 40": the cue is not part of the request ("Actually" is not a
        // person); what follows revises the last request. Only when there is a finished request to revise: an open
        // form reads corrections of its own slots from the whole message ("不对，是下个季度").
        var correction = conversation.LastCompleted is { } last && conversation.Frames.Count == 0
            ? DialogActs.CorrectionRemainder(text, inside: conversation.Context?.Topic == last.FormName)
            : null;
        var understood = correction ?? text;
        var nlu = await RecognizeAsync(understood, correction is null ? context : context with { Revising = conversation.LastCompleted!.FormName }, cancellationToken);
        // "thats right, save" / "嗯这个可以，就这么定吧": an agreement in words the lexicon does not list, recognised by the
        // classifier, answers the proposal on screen as a plain yes would (the commands above know only the lexicon).
        // "算了，这个先不要了" likewise drops the draft on screen rather than saying nothing is running.
        // Only the current topic's own proposal: the classifier's reading is weaker than a listed word, and must not accept
        // a plan or draft waiting under another topic ("break it down by team" after a KPI answer is no yes to a training plan).
        if (correction is null && nlu.IsConfident && DialogActs.PlainAnswer(nlu.Intent) is { } plain && conversation.Frames.Count == 0 && conversation.SkillDialog is null
            && conversation.Context?.Topic is { } proposalTopic)
        {
            foreach (var skill in _skills.Skills.Where(c => c.AnswersTopic == proposalTopic))
            {
                if (await skill.OnCommandAsync(plain, requester, user, locale, cancellationToken) is { } agreed)
                {
                    replies.Add(agreed);
                    return Remembered(new TurnOutcome(locale, replies) { Trace = BuildTrace(nlu, conversation) }, conversation, text);
                }
            }
        }
        var result = await _dialogs.HandleAsync(new DialogInput(understood, nlu, context, turn.UserName, requester, IsCorrection: correction is not null, OnTopic: onTopic),
            user, conversation, cancellationToken);
        replies.AddRange(result.Replies);
        // The topic is the task that answered: a correction or follow-up read as a KPI question may have revised the goal draft.
        return Remembered(new TurnOutcome(result.Locale, ReplyNotice.OncePerConversation(replies, conversation)) { Trace = BuildTrace(nlu, conversation) },
            conversation, understood, result.Topic);
    }

    /// <summary>
    /// Exact core phrases and exact dialog acts ("好的", "nope": dialog-acts.json) never wait for the recogniser (an
    /// LLM may sit behind it); the lexicon is the one reading of a bare yes or no, the classifier reads the rest.
    /// </summary>
    private async Task<NluResult> RecognizeAsync(string text, NluContext context, CancellationToken cancellationToken)
    {
        if (CoreCommandRecognizer.RecognizeIntent(text) is { } core) return new NluResult(core, 1.0, [], true);
        // "great thanks" that no draft or plan took (CommandsFor) is thanks, not a yes to nothing.
        if (DialogActs.IsAffirmation(text)) return new NluResult(DialogActs.IsThanks(text) ? Intents.Greeting : Intents.Affirm, 1.0, [], true);
        if (DialogActs.IsRefusal(text)) return new NluResult(Intents.Deny, 1.0, [], true);
        return await _recognizer.RecognizeAsync(text, context, cancellationToken);
    }

    /// <summary>
    /// The skills in the order they hear a command: a bare yes or no first to the current topic's own; thanks after
    /// an answer that proposed nothing ("great thanks" once the digest moved) to none that waits for a yes.
    /// </summary>
    private IEnumerable<ISkill> CommandsFor(string text, CoachConversationState conversation)
    {
        var skills = _skills.Skills;
        if (conversation.Context?.Topic is not { } topic || !(DialogActs.IsAffirmation(text) || DialogActs.IsRefusal(text))) return skills;
        if (skills.Any(c => c.AnswersTopic == topic)) return skills.OrderBy(c => c.AnswersTopic == topic ? 0 : 1);
        return DialogActs.IsThanks(text) ? skills.Where(c => c.AnswersTopic is null) : skills;
    }

    /// <summary>
    /// A card submit to the skill its data names. A skill no longer registered (retired, or a card from another
    /// deployment) gets a polite answer and the pending question again: nothing in the conversation is touched.
    /// Null: the skill lets the button's words go on as a message.
    /// </summary>
    private async Task<CardAnswer?> SubmitAsync(string skillId, CardSubmit submit, TimeZoneInfo zone, CoachConversationState conversation, CancellationToken cancellationToken)
    {
        if (_skills.Skill(skillId) is { } skill) return await skill.OnCardSubmitAsync(submit, cancellationToken);
        var locale = submit.Locale;
        var said = new List<Reply> { Reply.Plain(Strings.Get(locale, "card.unknownSkill")) };
        var context = new NluContext(locale, zone, TimeZoneInfo.ConvertTime(_time.GetUtcNow(), zone), _dialogs.ExpectedEntity(conversation));
        var input = new DialogInput(submit.Text, new NluResult(Intents.None, 0, [], false), context, submit.Requester.Name, submit.Requester);
        if (_dialogs.PendingQuestion(input, locale, conversation) is { } pending) said.Add(pending);
        return new CardAnswer(said);
    }

    private sealed record Referred(string? Text, IReadOnlyList<Reply>? Replies, NluResult? Nlu);

    /// <summary>
    /// A reference to what the bot showed: "list those again" asks the list's request again; an act on things a
    /// skill showed ("drop the second one", "move it to 7:30") goes to that skill; a person, team or customer
    /// pointed at is named instead ("他" → "孙勇") so the message reads as if typed in full. Null: no reference.
    /// </summary>
    private async Task<Referred?> ReferToAsync(string text, NluContext context, Requester requester, CoachConversationState conversation, CancellationToken cancellationToken)
    {
        // A yes or no answers the draft or question on screen, never "that" in it; an exact command ("cancel") is one.
        if (DialogActs.IsAffirmation(text) || DialogActs.IsRefusal(text) || CoreCommandRecognizer.RecognizeIntent(text) is not null) return null;
        var free = conversation.Frames.Count == 0 && conversation.SkillDialog is null;
        if (ReferenceResolver.Resolve(text, conversation.Context) is not { } reference)
            return free && CorrectionOfFocus(text, conversation.Context) is { } correction ? await ActOnAsync(correction, context, requester, cancellationToken) : null;
        if (reference.How == ReferenceHow.Again) return free ? new Referred(reference.List!.Request, null, null) : null;
        if (free && reference.Act is not null && await ActOnAsync(reference, context, requester, cancellationToken) is { } acted) return acted;
        return reference.Rewritten is { } rewritten ? new Referred(rewritten, null, null) : null;
    }

    /// <summary>The skill that owns the referents acts on them; null when it cannot do what was asked.</summary>
    private async Task<Referred?> ActOnAsync(Reference reference, NluContext context, Requester requester, CancellationToken cancellationToken)
    {
        if (_skills.Referents(reference.Items[0].Kind) is not { } act) return null;
        var nlu = await RecognizeAsync(reference.Text, context, cancellationToken);
        return await act(new ReferentRequest(reference, nlu, context, context.Locale, requester), cancellationToken) is { Count: > 0 } acted
            ? new Referred(null, acted, nlu)
            : null;
    }

    /// <summary>
    /// "actually 4pm works better", "hmm no, 7 is better", "sorry, thursday not wednesday" right after a reminder was
    /// created or the digest set: a correction with no "it" still means the thing the last answer was about, and asks
    /// to change it to the new value (only the value is passed on: the cue and the asides are dropped).
    /// </summary>
    private static Reference? CorrectionOfFocus(string text, ConversationContext? context)
    {
        if (context?.RecentFocus is not { } focus || context.FocusTurn != context.Turn || ReferentKinds.IsNamed(focus.Kind)) return null;
        return DialogActs.CorrectionRemainder(text) is { } remainder ? new Reference([focus], ReferenceHow.Thing, remainder, 0, 0, "change", null) : null;
    }

    private static TurnOutcome Remembered(TurnOutcome outcome, CoachConversationState conversation, string request, string? topic = null)
    {
        ConversationMemory.Remember(conversation.Context ??= new(), outcome.Replies, topic ?? outcome.Trace?.Intent, request);
        return outcome;
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
