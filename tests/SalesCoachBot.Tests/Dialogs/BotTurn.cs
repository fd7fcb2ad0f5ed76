using SalesCoach.Skills.Conversation;

namespace SalesCoach.Tests.Dialogs;

/// <summary>What the bot answered to one user message, with transcript-style assertions.</summary>
public sealed record BotTurn(TurnOutcome Outcome)
{
    public string Text => string.Join("\n", Outcome.Replies.Select(r => r.Text));

    public IReadOnlyList<string> Buttons => Outcome.Replies.SelectMany(r => r.SuggestedActions ?? []).Select(a => a.Title).ToList();

    public BotTurn MustSay(params string[] fragments)
    {
        foreach (var fragment in fragments) Assert.Contains(fragment, Text);
        return this;
    }

    public BotTurn MustNotSay(string fragment)
    {
        Assert.DoesNotContain(fragment, Text);
        return this;
    }

    public BotTurn MustOffer(params string[] buttons)
    {
        foreach (var button in buttons) Assert.Contains(button, Buttons);
        return this;
    }

    public BotTurn MustAnswerIn(string locale)
    {
        Assert.Equal(locale, Outcome.Locale);
        return this;
    }
}
