using SalesCoach.Skills.Cards;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Localization;
using SalesCoach.Skills.Routing;

namespace SalesCoach.Skills;

/// <summary>
/// The channel-neutral brain of the bot: takes a Turn plus the persisted state and returns the replies.
/// The host (Bot/) loads and saves the state around each call.
/// </summary>
public sealed class CoachEngine
{
    /// <summary>Replies for the first contact in a conversation (install, conversationUpdate or first message).</summary>
    public IReadOnlyList<Reply> Welcome(string locale, CoachConversationState conversation)
    {
        if (conversation.Welcomed) return [];
        conversation.Welcomed = true;
        return [new Reply(null, WelcomeCard.Build(locale), StarterActions(locale))];
    }

    public Task<TurnOutcome> HandleAsync(Turn turn, CoachUserState user, CoachConversationState conversation, CancellationToken cancellationToken = default)
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
            return Task.FromResult(new TurnOutcome(locale, replies));
        }

        switch (CoreCommandRecognizer.Recognize(text))
        {
            case CoreCommand.Help:
                replies.Add(Help(locale));
                break;
            case CoreCommand.Cancel:
                var hadDialog = conversation.DialogStack.Count > 0;
                conversation.DialogStack.Clear();
                replies.Add(Reply.Plain(Strings.Get(locale, hadDialog ? "cancel.done" : "cancel.nothing")));
                break;
            case CoreCommand.SwitchToChinese:
                user.PreferredLocale = locale = Locales.Chinese;
                replies.Add(new Reply(Strings.Get(Locales.Chinese, "language.switched"), null, StarterActions(Locales.Chinese)));
                break;
            case CoreCommand.SwitchToEnglish:
                user.PreferredLocale = locale = Locales.English;
                replies.Add(new Reply(Strings.Get(Locales.English, "language.switched"), null, StarterActions(Locales.English)));
                break;
            case CoreCommand.Greeting:
                var name = string.IsNullOrWhiteSpace(turn.UserName) ? string.Empty : (locale == Locales.Chinese ? "，" : ", ") + turn.UserName;
                replies.Add(new Reply(Strings.Get(locale, "greeting.reply", name), null, StarterActions(locale)));
                break;
            default:
                if (turn.Value is not null && text.Length == 0)
                    replies.Add(Reply.Plain(Strings.Get(locale, "card.unknownSubmit")));
                else if (text.Length == 0)
                    replies.Add(new Reply(Strings.Get(locale, "fallback.empty"), null, StarterActions(locale)));
                else
                    // Until the intent router lands (issue 3), anything else gets an honest "not understood".
                    replies.Add(new Reply(Strings.Get(locale, "fallback.unsure", Shorten(text)), null, StarterActions(locale)));
                break;
        }
        return Task.FromResult(new TurnOutcome(locale, replies));
    }

    private static Reply Help(string locale)
    {
        string[] examples = ["goals", "kpi", "reminders", "training", "risks", "knowledge"];
        // Markdown: paragraphs need a blank line between them, list items one line each.
        var list = string.Join("\n", examples.Select(e => "- " + Strings.Get(locale, $"help.example.{e}")));
        var text = string.Join("\n\n", $"**{Strings.Get(locale, "help.title")}**", Strings.Get(locale, "help.intro"), list, Strings.Get(locale, "help.commands"));
        return new Reply(text, null, StarterActions(locale));
    }

    private static IReadOnlyList<SuggestedAction> StarterActions(string locale) =>
        new[] { "suggest.kpi", "suggest.goal", "suggest.reminder", "suggest.knowledge", "suggest.english" }
            .Select(k => Strings.Get(locale, k))
            .Select(t => new SuggestedAction(t, t))
            .ToList();

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
