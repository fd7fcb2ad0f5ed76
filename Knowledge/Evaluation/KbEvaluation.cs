using SalesCoach.Knowledge.Answers;
using SalesCoach.Knowledge.Text;

namespace SalesCoach.Knowledge.Evaluation;

/// <summary>
/// Scores answers against a question set: hit@1, hit@3 and MRR over the answerable questions (a declined one
/// scores 0), refusal accuracy over all, must-mention recall (terms found in the answer text, pooled), per
/// language and overall.
/// </summary>
public sealed class KbEvaluation
{
    private readonly List<Scored> _scored = [];

    public int Count => _scored.Count;

    public void Add(KbQuestion question, KnowledgeAnswer answer)
    {
        var rank = 0;
        if (question.Answerable && answer.Grounded)
        {
            for (var i = 0; i < answer.Citations.Count && rank == 0; i++)
                if (SectionMatcher.Matches(answer.Citations[i].Section, question.Section, answer.Citations[i].Title)) rank = i + 1;
        }
        // What the reader sees: the answer and, under an answer in another language than its source, the source's terms.
        var text = Script.ToHalfWidth(string.Join('\n', answer.SourceTerms.Prepend(answer.Text))).ToLowerInvariant();
        var mentioned = question.Answerable ? question.MustMention.Count(m => text.Contains(Script.ToHalfWidth(m).ToLowerInvariant(), StringComparison.Ordinal)) : 0;
        _scored.Add(new Scored(question, answer.Grounded, rank, mentioned));
    }

    public KbMetrics Metrics(string? lang = null)
    {
        var set = _scored.Where(s => lang is null || s.Question.Lang == lang).ToList();
        var answerable = set.Where(s => s.Question.Answerable).ToList();
        var unanswerable = set.Where(s => !s.Question.Answerable).ToList();
        double Share(int count, int of) => of == 0 ? 0 : (double)count / of;
        return new KbMetrics(
            lang ?? "all",
            set.Count,
            answerable.Count,
            Share(answerable.Count(s => s.Rank == 1), answerable.Count),
            Share(answerable.Count(s => s.Rank is >= 1 and <= 3), answerable.Count),
            answerable.Count == 0 ? 0 : answerable.Sum(s => s.Rank > 0 ? 1.0 / s.Rank : 0) / answerable.Count,
            Share(set.Count(s => s.Grounded == s.Question.Answerable), set.Count),
            unanswerable.Count(s => !s.Grounded),
            unanswerable.Count,
            Share(answerable.Sum(s => s.Mentioned), answerable.Sum(s => s.Question.MustMention.Count)),
            answerable.Count(s => !s.Grounded));
    }

    /// <summary>The questions answered wrongly, for the report: id, what was expected, what was cited.</summary>
    public IEnumerable<(KbQuestion Question, bool Grounded, int Rank)> Misses() =>
        _scored.Where(s => s.Question.Answerable ? s.Rank != 1 : s.Grounded).Select(s => (s.Question, s.Grounded, s.Rank));

    private sealed record Scored(KbQuestion Question, bool Grounded, int Rank, int Mentioned);
}
