using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Localization;
using SalesCoach.Skills.Nlu;
using SalesCoach.Skills.Routing;

namespace SalesCoach.Skills.Dialogs;

/// <summary>
/// Drives the skills' forms over the dialog stack kept in conversation state: starts a form for a form
/// intent, fills every slot a message provides, asks for the next one, validates, takes corrections,
/// answers follow-ups from context, and hands a complete form to its skill. Interruptions (cancel, help,
/// greeting, language switch, a knowledge question) are handled in one place before any form continues.
/// </summary>
public sealed class DialogEngine(FormRegistry forms)
{
    /// <summary>Enough choices to cover a real ambiguity without turning the question into a menu.</summary>
    private const int MaxClarifyOptions = 3;

    /// <summary>Forms may nest (a reminder asked for in the middle of a goal), but not without bound.</summary>
    public const int MaxDepth = 3;

    public FormRegistry Forms { get; } = forms;

    public async Task<DialogTurnResult> HandleAsync(DialogInput input, CoachUserState user, CoachConversationState state, CancellationToken cancellationToken = default)
    {
        Repair(state);
        var nlu = ChosenClarification(input, state) ?? input.Nlu;
        state.Clarification = null;
        var turn = new TurnScope(input with { Nlu = nlu }, user, state);

        if (nlu.IsConfident && await InterruptAsync(turn, cancellationToken))
            return turn.Result();
        if (state.Frames.Count > 0)
            await ContinueAsync(turn, cancellationToken);
        else
            await StartAsync(turn, cancellationToken);
        return turn.Result();
    }

    /// <summary>The one place for interruptions; true when the turn is fully answered by it.</summary>
    private async Task<bool> InterruptAsync(TurnScope turn, CancellationToken cancellationToken)
    {
        var state = turn.State;
        switch (turn.Input.Nlu.Intent)
        {
            case Intents.Cancel:
                var hadDialog = state.Frames.Count > 0 || state.DialogStack.Count > 0;
                state.Frames.Clear();
                state.DialogStack.Clear();
                state.LastCompleted = null;
                turn.Say(Reply.Plain(Strings.Get(turn.Locale, hadDialog ? "cancel.done" : "cancel.nothing")));
                return true;
            case Intents.Help:
                turn.Say(CoreReplies.Help(turn.Locale));
                break;
            case Intents.Greeting:
                turn.Say(CoreReplies.Greeting(turn.Locale, turn.Input.UserName));
                break;
            case Intents.LanguageSwitch:
                turn.Locale = turn.User.PreferredLocale = TargetLanguage(turn.Input.Text, turn.Locale);
                turn.Say(new Reply(Strings.Get(turn.Locale, "language.switched"), null, state.Frames.Count > 0 ? null : CoreReplies.StarterActions(turn.Locale)));
                break;
            case Intents.KbQuestion when Forms.Handler(Intents.KbQuestion) is { } answer:
                turn.Say(await answer(new IntentRequest(turn.Input.Text, turn.Input.Nlu, turn.Locale), cancellationToken));
                break;
            default:
                return false;
        }
        // The pending question comes back after the interruption, with a recap so the user knows where they were.
        if (Top(state) is { } top) turn.Say(Ask(top.Frame, top.Form, turn.Locale, withRecap: true));
        return true;
    }

    private async Task ContinueAsync(TurnScope turn, CancellationToken cancellationToken)
    {
        var (frame, form) = Top(turn.State)!.Value;
        var input = turn.Input;
        var fill = SlotFiller.Fill(frame, form, input.Nlu.Entities, input.Context);
        if (fill.IsEmpty) fill = SlotFiller.FillFromText(frame, form, input.Text, input.Context);

        if (fill.IsEmpty)
        {
            // Nothing for this form: a confident request for another form starts it on top of this one,
            // which resumes when it is done; anything else re-asks the pending question.
            if (input.Nlu.IsConfident && input.Nlu.Intent != form.Name && Forms.Form(input.Nlu.Intent) is { } other
                && turn.State.Frames.Count < MaxDepth)
            {
                await RunAsync(turn, Push(turn.State, other, turn.Locale), other, isFollowUp: false, cancellationToken);
                return;
            }
            // Asking for the same task again ("帮我设个目标" while setting one) is not a misunderstanding: say where we are.
            if (input.Nlu.IsConfident && input.Nlu.Intent == form.Name)
            {
                turn.Say(Ask(frame, form, turn.Locale, withRecap: true));
                return;
            }
            var again = Ask(frame, form, turn.Locale, withRecap: false);
            turn.Say(again with { Text = Strings.Get(turn.Locale, "dialog.notUnderstood") + "\n\n" + again.Text });
            return;
        }
        foreach (var slot in fill.Corrected)
            turn.Say(Reply.Plain(Strings.Get(turn.Locale, "dialog.corrected", Strings.Get(turn.Locale, slot.LabelKey), frame.Slots[slot.Name].Text)));
        await ProceedAsync(turn, frame, form, fill, isFollowUp: false, cancellationToken);
    }

    private async Task StartAsync(TurnScope turn, CancellationToken cancellationToken)
    {
        var nlu = turn.Input.Nlu;
        if (FollowUp(turn.State, nlu) is { } previous)
        {
            var frame = Push(turn.State, previous.Form, turn.Locale);
            foreach (var (name, value) in previous.Frame.Slots) frame.Slots[name] = value;
            await RunAsync(turn, frame, previous.Form, isFollowUp: true, cancellationToken);
            return;
        }
        if (!nlu.IsConfident || nlu.Intent == Intents.None)
        {
            Clarify(turn);
            return;
        }
        if (Forms.Form(nlu.Intent) is { } form)
        {
            turn.State.LastCompleted = null;
            await RunAsync(turn, Push(turn.State, form, turn.Locale), form, isFollowUp: false, cancellationToken);
        }
        else if (Forms.Handler(nlu.Intent) is { } handler)
            turn.Say(await handler(new IntentRequest(turn.Input.Text, nlu, turn.Locale), cancellationToken));
        else
            turn.Say(CoreReplies.NotUnderstood(turn.Locale, turn.Input.Text));
    }

    /// <summary>Fills a freshly pushed frame from the message, then asks or completes.</summary>
    private async Task RunAsync(TurnScope turn, DialogFrame frame, FormDefinition form, bool isFollowUp, CancellationToken cancellationToken)
    {
        var fill = SlotFiller.Fill(frame, form, turn.Input.Nlu.Entities, turn.Input.Context);
        await ProceedAsync(turn, frame, form, fill, isFollowUp, cancellationToken);
    }

    private async Task ProceedAsync(TurnScope turn, DialogFrame frame, FormDefinition form, SlotFill fill, bool isFollowUp, CancellationToken cancellationToken)
    {
        frame.Locale = turn.Locale;
        if (fill.Refused.Count > 0)
        {
            var (slot, errorKey, text) = fill.Refused[0];
            frame.PendingSlot = slot.Name;
            var ask = Ask(frame, form, turn.Locale, withRecap: false);
            turn.Say(ask with { Text = Strings.Get(turn.Locale, errorKey, text) + "\n\n" + ask.Text });
            return;
        }
        var next = form.Slots.FirstOrDefault(s => s.Required && !frame.Slots.ContainsKey(s.Name));
        if (next is not null)
        {
            frame.PendingSlot = next.Name;
            turn.Say(Ask(frame, form, turn.Locale, withRecap: false));
            return;
        }
        await CompleteAsync(turn, frame, form, isFollowUp, cancellationToken);
    }

    private async Task CompleteAsync(TurnScope turn, DialogFrame frame, FormDefinition form, bool isFollowUp, CancellationToken cancellationToken)
    {
        var state = turn.State;
        state.Frames.Remove(frame);
        SyncNames(state);
        frame.PendingSlot = null;
        state.LastCompleted = form.AllowsFollowUps ? frame : null;
        var completed = new FormCompleted(form.Name, new Dictionary<string, SlotValue>(frame.Slots), turn.Locale, isFollowUp);
        turn.Completed = completed;
        turn.Say(await form.OnCompleted(completed, cancellationToken));
        if (Top(state) is { } below) turn.Say(Ask(below.Frame, below.Form, turn.Locale, withRecap: true));
    }

    /// <summary>
    /// A message with no clear intent of its own (or the same intent) whose entities all fit the last
    /// answered query ("那上个月呢?" after a revenue figure) re-runs that query with those slots replaced.
    /// </summary>
    private (DialogFrame Frame, FormDefinition Form)? FollowUp(CoachConversationState state, NluResult nlu)
    {
        if (state.LastCompleted is not { } last || Forms.Form(last.FormName) is not { AllowsFollowUps: true } form) return null;
        if (nlu.Entities.Count == 0 || !nlu.Entities.All(e => form.Slots.Any(s => s.Entity == e.Name))) return null;
        var unclear = !nlu.IsConfident || nlu.Intent == Intents.None || !Forms.Handles(nlu.Intent);
        if (!unclear && nlu.Intent != form.Name) return null;
        // The new values replace the old ones of their kind; the other slots are carried over.
        var carried = new DialogFrame { FormName = last.FormName, Locale = last.Locale };
        foreach (var slot in form.Slots)
            if (last.Slots.TryGetValue(slot.Name, out var value) && nlu.Entities.All(e => e.Name != slot.Entity))
                carried.Slots[slot.Name] = value;
        return (carried, form);
    }

    /// <summary>An unsure parse gets a short question whose buttons are the likely intents, not a guess.</summary>
    private void Clarify(TurnScope turn)
    {
        var nlu = turn.Input.Nlu;
        var options = new[] { nlu.Intent }.Concat((nlu.Alternatives ?? []).Select(a => a.Intent))
            .Where(i => Forms.Handles(i) && Strings.Keys(turn.Locale).Contains(LabelKey(i)))
            .Distinct()
            .Take(MaxClarifyOptions)
            .ToList();
        if (options.Count == 0)
        {
            turn.Say(CoreReplies.NotUnderstood(turn.Locale, turn.Input.Text));
            return;
        }
        turn.State.Clarification = new DialogClarification { Intents = options, Entities = nlu.Entities.Select(SlotValue.From).ToList() };
        var actions = options.Select(i => Strings.Get(turn.Locale, LabelKey(i))).Select(t => new SuggestedAction(t, t))
            .Append(new SuggestedAction(Strings.Get(turn.Locale, "suggest.help"), Strings.Get(turn.Locale, "suggest.help")))
            .ToList();
        turn.Say(new Reply(Strings.Get(turn.Locale, "dialog.clarify", CoreReplies.Shorten(turn.Input.Text)), null, actions));
    }

    /// <summary>A tap on one of last turn's clarifying buttons means that intent, with the entities of the original message.</summary>
    private static NluResult? ChosenClarification(DialogInput input, CoachConversationState state)
    {
        if (state.Clarification is not { } asked) return null;
        var said = CoreCommandRecognizer.Normalize(input.Text);
        var chosen = asked.Intents.FirstOrDefault(i =>
            new[] { Locales.Chinese, Locales.English }.Any(l => CoreCommandRecognizer.Normalize(Strings.Get(l, LabelKey(i))) == said));
        return chosen is null ? null : new NluResult(chosen, 1.0, asked.Entities.Select(e => e.ToSpan()).ToList(), true);
    }

    private static Reply Ask(DialogFrame frame, FormDefinition form, string locale, bool withRecap)
    {
        frame.Locale = locale;
        var slot = form.Slot(frame.PendingSlot ?? string.Empty) ?? form.Slots.First(s => !frame.Slots.ContainsKey(s.Name));
        frame.PendingSlot = slot.Name;
        var question = Strings.Get(locale, slot.QuestionKey);
        var actions = slot.SuggestionKeys?.Select(k => Strings.Get(locale, k)).Select(t => new SuggestedAction(t, t)).ToList();
        // Chinese sentences run on after "。"; English ones need a space.
        var text = withRecap ? Recap(frame, form, locale) + (locale == Locales.Chinese ? string.Empty : " ") + question : question;
        return new Reply(text, null, actions);
    }

    /// <summary>One line: the task and what is known so far, in declared slot order.</summary>
    private static string Recap(DialogFrame frame, FormDefinition form, string locale)
    {
        var title = Strings.Get(locale, form.TitleKey);
        var known = form.Slots.Where(s => frame.Slots.ContainsKey(s.Name)).Select(s => frame.Slots[s.Name].Text).ToList();
        return known.Count == 0
            ? Strings.Get(locale, "dialog.recapEmpty", title)
            : Strings.Get(locale, "dialog.recap", title, string.Join(locale == Locales.Chinese ? "，" : ", ", known));
    }

    private static DialogFrame Push(CoachConversationState state, FormDefinition form, string locale)
    {
        var frame = new DialogFrame { FormName = form.Name, Locale = locale };
        state.Frames.Add(frame);
        SyncNames(state);
        return frame;
    }

    private (DialogFrame Frame, FormDefinition Form)? Top(CoachConversationState state) =>
        state.Frames.Count > 0 && Forms.Form(state.Frames[^1].FormName) is { } form ? (state.Frames[^1], form) : null;

    /// <summary>
    /// State comes back from storage written by older versions or edited by hand: nulls become empty, and a
    /// frame whose form is no longer registered (a skill removed between deployments) cannot be continued.
    /// </summary>
    private void Repair(CoachConversationState state)
    {
        state.DialogStack ??= [];
        state.Frames ??= [];
        foreach (var frame in state.Frames.Where(f => f is not null)) frame.Slots ??= [];
        if (state.Frames.RemoveAll(f => f is null || Forms.Form(f.FormName) is null) > 0) SyncNames(state);
        if (state.LastCompleted is { Slots: null }) state.LastCompleted = null;
    }

    private static void SyncNames(CoachConversationState state) => state.DialogStack = state.Frames.Select(f => f.FormName).ToList();

    private static string TargetLanguage(string text, string current) => CoreCommandRecognizer.Recognize(text) switch
    {
        CoreCommand.SwitchToEnglish => Locales.English,
        CoreCommand.SwitchToChinese => Locales.Chinese,
        _ when text.Contains("english", StringComparison.OrdinalIgnoreCase) || text.Contains('英') => Locales.English,
        _ when text.Contains("chinese", StringComparison.OrdinalIgnoreCase) || text.Contains('中') => Locales.Chinese,
        _ => current == Locales.Chinese ? Locales.English : Locales.Chinese,
    };

    private static string LabelKey(string intent) => "intent." + intent;
}
