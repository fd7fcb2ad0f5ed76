using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Skills.Dialogs;

/// <summary>One user message as the dialog engine sees it: the text, how it was understood, and the turn's context (language, now).</summary>
public sealed record DialogInput(string Text, NluResult Nlu, NluContext Context, string? UserName = null, Requester? Requester = null)
{
    /// <summary>The data of an Adaptive Card submit (inputs included), for skills whose cards carry more than text: the requester's.</summary>
    public System.Text.Json.JsonElement? Value => Requester?.Submitted;
}
