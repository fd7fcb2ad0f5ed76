namespace SalesCoach.Skills.Conversation;

/// <summary>
/// A note said once per conversation (by <paramref name="Key"/>): the engine adds it under the first reply
/// that carries it and drops it from later ones, so a notice does not repeat under every answer.
/// </summary>
public sealed record ReplyNotice(string Key, string Text)
{
    /// <summary>The replies with each notice shown at most once in the conversation; remembers what it showed.</summary>
    public static List<Reply> OncePerConversation(IEnumerable<Reply> replies, CoachConversationState conversation) =>
        replies.Select(reply =>
        {
            if (reply.Notice is not { } notice) return reply;
            if (conversation.NoticesShown.Contains(notice.Key)) return reply with { Notice = null };
            conversation.NoticesShown.Add(notice.Key);
            return reply with { Text = string.IsNullOrEmpty(reply.Text) ? notice.Text : reply.Text + "\n\n" + notice.Text, Notice = null };
        }).ToList();
}
