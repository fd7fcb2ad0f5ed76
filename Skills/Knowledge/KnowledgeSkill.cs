using SalesCoach.Knowledge;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Dialogs;

namespace SalesCoach.Skills.Knowledge;

/// <summary>
/// Answers kb_question turns from the knowledge base: a card with the grounded answer, its sources and feedback
/// buttons; a question the knowledge base does not cover gets a plain "not covered" with what it can answer.
/// </summary>
public sealed class KnowledgeSkill(KnowledgeBase knowledge)
{
    public async Task<IReadOnlyList<Reply>> AnswerAsync(IntentRequest request, CancellationToken cancellationToken)
    {
        var answer = await knowledge.AskAsync(request.Text, cancellationToken);
        if (!answer.Grounded) return [Reply.Plain(KnowledgeAnswerText.Body(answer, request.Locale))];
        return [new Reply(null, KnowledgeCard.Build(answer, request.Locale, request.Text))];
    }
}
