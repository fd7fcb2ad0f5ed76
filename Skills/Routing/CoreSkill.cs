using Microsoft.Extensions.Options;
using SalesCoach.Data;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Kpi;
using SalesCoach.Skills.Localization;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Skills.Routing;

/// <summary>
/// What every conversation has whatever else is running: help, cancel, greeting, the language switch and the plain
/// "that's beyond me" (interruptions: the pending question comes back after them), and who the user is to the bot
/// ("扮演 王芳" / "act as manager", "我是谁", demo mode only). Always in the catalogue; the host registers it with the
/// persona command, tests of the engine get it without.
/// </summary>
public sealed class CoreSkill(DemoPersonaCommand? persona = null, IOptions<DataOptions>? data = null) : ISkill
{
    /// <summary>The id its cards carry (CardData.SkillKey).</summary>
    public const string SkillId = "core";

    public string Id => SkillId;

    public void Declare(SkillDeclaration skill)
    {
        skill.Interruption(Intents.Cancel, CancelAsync)
            .Interruption(Intents.Help, Say(request => CoreReplies.Help(request.Locale, request.HelpNotes)))
            .Interruption(Intents.Greeting, Say(request => CoreReplies.Greeting(request.Locale, request.Input.UserName)))
            .Interruption(Intents.LanguageSwitch, SwitchAsync)
            // Declined plainly, never answered by another skill; the pending question comes back after it.
            .Interruption(Intents.OutOfScope, Say(request => CoreReplies.OutOfScope(request.Locale)));
        // In demo mode, help says whose figures these are and how to see another role's (the KPI answers say it once).
        if (data?.Value.DemoData == true) skill.HelpNote("help.demo");
    }

    /// <summary>Heard before understanding: it changes user state the dialogs cannot reach.</summary>
    public Task<Reply?> OnCommandAsync(string text, Requester requester, CoachUserState user, string locale, CancellationToken cancellationToken) =>
        persona is null ? Task.FromResult<Reply?>(null) : persona.TryHandleAsync(text, requester, user, locale, cancellationToken);

    /// <summary>Clears every form and dialog (nothing is left to come back to) and says whether there was anything.</summary>
    private static Task<InterruptionAnswer> CancelAsync(InterruptionRequest request, CancellationToken cancellationToken)
    {
        var state = request.State;
        var hadDialog = state.Frames.Count > 0 || state.SkillDialog is not null;
        state.Frames.Clear();
        state.SkillDialog = null;
        state.LastCompleted = null;
        return Task.FromResult(new InterruptionAnswer([Reply.Plain(Strings.Get(request.Locale, hadDialog ? "cancel.done" : "cancel.nothing"))], ThenPendingQuestion: false));
    }

    /// <summary>Remembered for the user; the slots are kept and the pending question is asked again in the new language.</summary>
    private static Task<InterruptionAnswer> SwitchAsync(InterruptionRequest request, CancellationToken cancellationToken)
    {
        var locale = request.User.PreferredLocale = TargetLanguage(request.Input.Text, request.Locale);
        var reply = new Reply(Strings.Get(locale, "language.switched"), null, request.State.Frames.Count > 0 ? null : CoreReplies.StarterActions(locale));
        return Task.FromResult(new InterruptionAnswer([reply], locale));
    }

    /// <summary>An interruption that is one reply.</summary>
    private static InterruptionHandler Say(Func<InterruptionRequest, Reply> reply) =>
        (request, _) => Task.FromResult(new InterruptionAnswer([reply(request)]));

    private static string TargetLanguage(string text, string current) => CoreCommandRecognizer.Recognize(text) switch
    {
        CoreCommand.SwitchToEnglish => Locales.English,
        CoreCommand.SwitchToChinese => Locales.Chinese,
        _ => CoreCommandRecognizer.LanguageNamed(text) ?? (current == Locales.Chinese ? Locales.English : Locales.Chinese),
    };
}
