using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Nlu;

namespace SalesCoach.Skills.Dialogs;

/// <summary>One user message as the dialog engine sees it: the text, how it was understood, and the turn's context (language, now).</summary>
/// <param name="OnTopic">The intent of the answer this message pointed back at ("what could he practise" after training advice), if it did.</param>
/// <param name="IsCorrection">The message started with a correction cue ("搞错了，", "Actually,"): it revises the last request, whatever intent its words suggest.</param>
/// <param name="ContinuesTopic">Read as the current task only because the conversation is on it (the recogniser was unsure): what it does not say is what the last request said.</param>
public sealed record DialogInput(string Text, NluResult Nlu, NluContext Context, string? UserName = null, Requester? Requester = null, bool IsCorrection = false, string? OnTopic = null, bool ContinuesTopic = false)
{
    /// <summary>The data of an Adaptive Card submit (inputs included), for skills whose cards carry more than text: the requester's.</summary>
    public System.Text.Json.JsonElement? Value => Requester?.Submitted;
}
