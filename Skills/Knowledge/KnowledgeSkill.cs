using SalesCoach.Knowledge;
using SalesCoach.Skills.Conversation;
using SalesCoach.Skills.Dialogs;
using SalesCoach.Skills.Kpi;
using SalesCoach.Skills.Nlu;
using SalesCoach.Skills.Routing;

namespace SalesCoach.Skills.Knowledge;

/// <summary>
/// Answers kb_question turns from the knowledge base: a card with the grounded answer, its sources and feedback
/// buttons; a question the knowledge base does not cover gets a plain "not covered" with what it can answer.
/// Its card's helpful / not helpful buttons come back here and are recorded.
/// </summary>
public sealed class KnowledgeSkill(KnowledgeBase knowledge, KnowledgeFeedbackRecorder? feedback = null, KpiSkill? kpi = null) : ISkill
{
    /// <summary>The id its cards carry (CardData.SkillKey).</summary>
    public const string SkillId = "knowledge";

    public string Id => SkillId;

    /// <summary>"什么是客户响应时间?" is defined by the KPI catalogue (when the KPI skill is there); every other question by the knowledge base.</summary>
    public void Declare(SkillDeclaration skill) => skill.Handler(Intents.KbQuestion, async (request, cancellationToken) =>
        kpi?.Definition(request) is { } definition ? [definition] : await AnswerAsync(request, cancellationToken));

    /// <summary>A tap on an answer's feedback button: stored and thanked, never read as a new question.</summary>
    public async Task<CardAnswer?> OnCardSubmitAsync(CardSubmit submit, CancellationToken cancellationToken) =>
        feedback is null ? null : await feedback.TryRecordAsync(submit, cancellationToken);

    public async Task<IReadOnlyList<Reply>> AnswerAsync(IntentRequest request, CancellationToken cancellationToken)
    {
        var answer = await knowledge.AskAsync(request.Text, cancellationToken);
        if (!answer.Grounded) return [Reply.Plain(KnowledgeAnswerText.Body(answer, request.Locale))];
        return [new Reply(null, KnowledgeCard.Build(answer, request.Locale, request.Text))];
    }
}
