using SalesCoach.Knowledge.Answers;
using SalesCoach.Skills.Knowledge;

namespace SalesCoach.Bot.Commands;

/// <summary>One prediction line: {"id","grounded","answer","citations":[{"source","section","score"}]}.</summary>
internal static class KbPrediction
{
    public static object From(string? id, KnowledgeAnswer answer, string locale) => new
    {
        id,
        grounded = answer.Grounded,
        answer = KnowledgeAnswerText.Body(answer, locale),
        citations = answer.Citations.Select(c => new { source = c.Source, section = c.Section, score = c.Score }),
    };
}
