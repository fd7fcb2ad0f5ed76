using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Localization;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Skills.Dialogs;

/// <summary>
/// Drives the skills' forms over the dialog stack kept in conversation state: starts a form for a form
/// intent, fills every slot a message provides, asks for the next one, validates, takes corrections,
/// answers follow-ups from context, and hands a complete form to its skill. Interruptions (cancel, help,
/// greeting, language switch, a knowledge question) are handled in one place before any form continues.
/// </summary>
public sealed class DialogEngine(SkillCatalogue forms)
{
    /// <summary>Forms may nest (a reminder asked for in the middle of a goal), but not without bound.</summary>
    public const int MaxDepth = 3;

    public SkillCatalogue Forms { get; } = forms;

    /// <summary>The entity kind the pending question asks for, so the recogniser can read a bare answer.</summary>
    public string? ExpectedEntity(CoachConversationState state) =>
        state.Frames.Count > 0 && state.Frames[^1] is { PendingSlot: { } pending } frame
            ? Forms.Form(frame.FormName)?.Slot(pending)?.Entity
            : null;

    public async Task<DialogTurnResult> HandleAsync(DialogInput input, CoachUserState user, CoachConversationState state, CancellationToken cancellationToken = default)
    {
        Repair(state);
        input = Clarifier.Chosen(input, state) ?? input;
        state.Clarification = null;
        input = StayOnTopic(input, state);
        var nlu = input.Nlu;
        var turn = new TurnScope(input, user, state);

        if (nlu.IsConfident && await InterruptAsync(turn, cancellationToken))
            return turn.Result();
        if (state.Frames.Count > 0)
            await ContinueAsync(turn, cancellationToken);
        else if (ActiveDialog(state) is { } dialog)
            await ContinueDialogAsync(turn, dialog, cancellationToken);
        else
            await StartAsync(turn, cancellationToken);
        return turn.Result();
    }

    /// <summary>
    /// A message that points back at the last answer ("what could he practise by himself?" after training advice) and
    /// that the recogniser reads as that answer's task, though unsure, continues the task instead of asking which one.
    /// Without a resolved pointer, a message that still leans on the last answer ("why?", "第二项具体讲讲", "what should I
    /// do about it?") takes the conversation's topic as a prior: when the recogniser is unsure, the task the last answer
    /// served counts <see cref="TopicPrior"/> times as much as the other readings; it wins only if that makes it the
    /// likeliest and at least even. A message that stands alone ("张总那边跟进一下") is asked about as before.
    /// </summary>
    private DialogInput StayOnTopic(DialogInput input, CoachConversationState state)
    {
        var nlu = input.Nlu;
        if (nlu.IsConfident) return input;
        if (input.OnTopic is { } pointed && Forms.Handles(pointed))
        {
            // The three likeliest: the clarifying question hides some intents, so "second" on screen may be third here.
            var likely = new[] { nlu.Intent }.Concat((nlu.Alternatives ?? []).Select(a => a.Intent)).Take(3);
            return likely.Contains(pointed) ? input with { Nlu = nlu with { Intent = pointed, IsConfident = true }, ContinuesTopic = true } : input;
        }
        if (state.Context?.Topic is not { } topic || !Forms.Handles(topic) || input.IsCorrection
            || !References.ReferenceResolver.LeansOnContext(input.Text)) return input;
        if (nlu.Intent == Intents.None)
        {
            // "and one for 天成医药 friday 9am" right after a reminder was set: no intent of its own, but every thing it names
            // fits the task the conversation is on, and it says it follows: another one of the same (when nothing is open).
            var free = state.Frames.Count == 0 && state.SkillDialog is null && state.LastCompleted is null;
            return free && Forms.Form(topic) is { } form && nlu.Entities.Count > 0 && nlu.Entities.All(e => form.Slots.Any(s => s.Entity == e.Name))
                ? input with { Nlu = nlu with { Intent = topic, IsConfident = true }, ContinuesTopic = true }
                : input;
        }
        var readings = new[] { (nlu.Intent, nlu.Confidence) }.Concat((nlu.Alternatives ?? []).Select(a => (a.Intent, a.Confidence))).ToList();
        var onTopic = readings.FirstOrDefault(r => r.Item1 == topic).Item2;
        var best = readings.Where(r => r.Item1 != topic).Select(r => r.Item2).DefaultIfEmpty(0).Max();
        var boosted = onTopic * TopicPrior / (1 - onTopic + onTopic * TopicPrior);
        return onTopic > 0 && onTopic * TopicPrior > best && boosted >= 0.5
            ? input with { Nlu = nlu with { Intent = topic, Confidence = Math.Round(boosted, 3), IsConfident = true }, ContinuesTopic = true }
            : input;
    }

    /// <summary>
    /// The question the conversation is waiting on (a form's next slot with a recap, or the running dialog's), for a
    /// turn that answered something else and must not lose the user's place; null when nothing is pending.
    /// </summary>
    public Reply? PendingQuestion(DialogInput input, string locale, CoachConversationState state)
    {
        if (Top(state) is { } top) return FormPrompts.Ask(top.Frame, top.Form, locale, withRecap: true);
        return ActiveDialog(state) is { } dialog ? dialog.Reprompt(new SkillDialogContext(input, locale, state, dialog.Name, false)) : null;
    }

    /// <summary>How much more likely an unsure message is to continue the current task than to start another.</summary>
    public const double TopicPrior = 3.0;

    /// <summary>The one place for interruptions; true when the turn is fully answered by it.</summary>
    private async Task<bool> InterruptAsync(TurnScope turn, CancellationToken cancellationToken)
    {
        var state = turn.State;
        // "stop here, show me what we have so far" in a checklist finishes it with a result, whatever the words alone
        // suggest ("不弄了，直接给我看结果吧" reads as cancel, "今天先评到这，把已经评的结果给我" as out of scope): it is not thrown away.
        if (state.SkillDialog is not null && DialogActs.IsStopEarly(turn.Input.Text)) return false;
        var intent = turn.Input.Nlu.Intent;
        if (Forms.Interruption(intent) is { } interruption)
        {
            var answer = await interruption(new InterruptionRequest(turn.Input, turn.Locale, turn.User, state, Forms.HelpNotes), cancellationToken);
            turn.Locale = answer.Locale ?? turn.Locale;
            turn.Say(answer.Replies);
            if (!answer.ThenPendingQuestion) return true;
        }
        else if (intent == Intents.KbQuestion && Forms.Handler(Intents.KbQuestion) is { } knowledge)
        {
            turn.Say(await knowledge(new IntentRequest(turn.Input.Text, turn.Input.Nlu, turn.Locale, turn.Input.Requester), cancellationToken));
            turn.Answered = Intents.KbQuestion;
        }
        else
            return false;
        // The pending question comes back after the interruption, with a recap so the user knows where they were.
        if (Top(state) is { } top) turn.Say(FormPrompts.Ask(top.Frame, top.Form, turn.Locale, withRecap: true));
        else if (ActiveDialog(state) is { } dialog) turn.Say(dialog.Reprompt(DialogContext(turn, dialog)));
        return true;
    }

    /// <summary>
    /// A skill dialog reads the message first; what it cannot take as an answer and another skill can answer is
    /// routed as usual, the dialog staying paused in state until the user comes back to it.
    /// </summary>
    private async Task ContinueDialogAsync(TurnScope turn, ISkillDialog dialog, CancellationToken cancellationToken)
    {
        var step = await dialog.ContinueAsync(DialogContext(turn, dialog), cancellationToken);
        if (step.Handled) turn.Answered = dialog.Name;
        else await StartAsync(turn, cancellationToken);
        turn.Say(step.Replies);
    }

    private SkillDialogContext DialogContext(TurnScope turn, ISkillDialog dialog)
    {
        var nlu = turn.Input.Nlu;
        var other = nlu.IsConfident && nlu.Intent != dialog.Name && nlu.Intent != Intents.None && Forms.Handles(nlu.Intent);
        return new SkillDialogContext(turn.Input, turn.Locale, turn.State, dialog.Name, other);
    }

    private ISkillDialog? ActiveDialog(CoachConversationState state) => Forms.Dialog(state.SkillDialog?.Name);

    private async Task ContinueAsync(TurnScope turn, CancellationToken cancellationToken)
    {
        var (frame, form) = Top(turn.State)!.Value;
        var input = turn.Input;
        var fill = SlotFiller.Fill(frame, form, form.EntitiesOf(input), input.Context);
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
                turn.Say(FormPrompts.Ask(frame, form, turn.Locale, withRecap: true));
                return;
            }
            var again = FormPrompts.Ask(frame, form, turn.Locale, withRecap: false);
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
        if (FollowUps.Find(Forms, turn.State, turn.Input) is { } previous)
        {
            var frame = Push(turn.State, previous.Form, turn.Locale);
            turn.Answered = previous.Form.Name;
            foreach (var (name, value) in previous.Frame.Slots) frame.Slots[name] = value;
            if (previous.Frame.PendingSlot is { } answering)
            {
                // A correction that is only a value ("no, change it to 450") answers the form's free-text slot.
                frame.PendingSlot = answering;
                frame.Slots.Remove(answering);
                await ProceedAsync(turn, frame, previous.Form, SlotFiller.FillFromText(frame, previous.Form, turn.Input.Text, turn.Input.Context), isFollowUp: true, cancellationToken);
                return;
            }
            await RunAsync(turn, frame, previous.Form, isFollowUp: true, cancellationToken);
            return;
        }
        if (!nlu.IsConfident || nlu.Intent == Intents.None)
        {
            Clarifier.Ask(Forms, turn);
            return;
        }
        if (Forms.Handles(nlu.Intent)) turn.Answered = nlu.Intent;
        if (Forms.Dialog(nlu.Intent) is { } dialog)
            turn.Say(await dialog.StartAsync(DialogContext(turn, dialog), cancellationToken));
        else if (Forms.Form(nlu.Intent) is { } form)
        {
            var last = turn.State.LastCompleted;
            turn.State.LastCompleted = null;
            var frame = Push(turn.State, form, turn.Locale);
            // Ellipsis: "第二项具体讲讲，怎么练" after training advice for 马洋 is still about 马洋; what the message says replaces.
            var continues = turn.Input.ContinuesTopic && last is not null && last.FormName == form.Name;
            if (continues)
                foreach (var slot in form.Slots.Where(s => s.CarriedOver))
                    if (last!.Slots.TryGetValue(slot.Name, out var value)) frame.Slots[slot.Name] = value;
            await RunAsync(turn, frame, form, isFollowUp: continues, cancellationToken);
        }
        else if (Forms.Handler(nlu.Intent) is { } handler)
            turn.Say(await handler(new IntentRequest(turn.Input.Text, nlu, turn.Locale, turn.Input.Requester), cancellationToken));
        else if (nlu.Intent is Intents.Affirm or Intents.Deny)
            turn.Say(new Reply(Strings.Get(turn.Locale, "confirm.nothingPending"), null, CoreReplies.StarterActions(turn.Locale)));
        else
            turn.Say(CoreReplies.NotAvailableYet(turn.Locale, nlu.Intent));
    }

    /// <summary>Fills a freshly pushed frame from the message, then asks or completes.</summary>
    private async Task RunAsync(TurnScope turn, DialogFrame frame, FormDefinition form, bool isFollowUp, CancellationToken cancellationToken)
    {
        var fill = SlotFiller.Fill(frame, form, form.EntitiesOf(turn.Input), turn.Input.Context);
        await ProceedAsync(turn, frame, form, fill, isFollowUp, cancellationToken);
    }

    private async Task ProceedAsync(TurnScope turn, DialogFrame frame, FormDefinition form, SlotFill fill, bool isFollowUp, CancellationToken cancellationToken)
    {
        frame.Locale = turn.Locale;
        if (fill.Refused.Count > 0)
        {
            var (slot, errorKey, text) = fill.Refused[0];
            frame.PendingSlot = slot.Name;
            var ask = FormPrompts.Ask(frame, form, turn.Locale, withRecap: false);
            turn.Say(ask with { Text = Strings.Get(turn.Locale, errorKey, text) + "\n\n" + ask.Text });
            return;
        }
        var next = form.Slots.FirstOrDefault(s => s.Required && !frame.Slots.ContainsKey(s.Name));
        if (next is not null)
        {
            frame.PendingSlot = next.Name;
            // "帮孙勇定个新客户目标，8个" → "设定目标：孙勇，新客户，8个。截止到什么时候？": the user sees what was understood.
            turn.Say(FormPrompts.Ask(frame, form, turn.Locale, withRecap: frame.Slots.Count > 0));
            return;
        }
        await CompleteAsync(turn, frame, form, isFollowUp, cancellationToken);
    }

    private async Task CompleteAsync(TurnScope turn, DialogFrame frame, FormDefinition form, bool isFollowUp, CancellationToken cancellationToken)
    {
        var state = turn.State;
        state.Frames.Remove(frame);
        frame.PendingSlot = null;
        state.LastCompleted = form.AllowsFollowUps ? frame : null;
        var completed = new FormCompleted(form.Name, new Dictionary<string, SlotValue>(frame.Slots), turn.Locale, isFollowUp, turn.Input.Requester);
        turn.Completed = completed;
        turn.Say(await form.OnCompleted(completed, cancellationToken));
        if (Top(state) is { } below) turn.Say(FormPrompts.Ask(below.Frame, below.Form, turn.Locale, withRecap: true));
    }

    private static DialogFrame Push(CoachConversationState state, FormDefinition form, string locale)
    {
        var frame = new DialogFrame { FormName = form.Name, Locale = locale };
        state.Frames.Add(frame);
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
        state.Frames ??= [];
        foreach (var frame in state.Frames.Where(f => f is not null)) frame.Slots ??= [];
        state.Frames.RemoveAll(f => f is null || Forms.Form(f.FormName) is null);
        if (state.LastCompleted is { Slots: null }) state.LastCompleted = null;
        if (state.SkillDialog is { } running && Forms.Dialog(running.Name) is null) state.SkillDialog = null;
    }
}
