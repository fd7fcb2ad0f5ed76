using System.Globalization;
using System.Text.Json;
using SalesCoach.Knowledge.Evaluation;

namespace SalesCoach.Bot.Commands;

/// <summary>Prints `kb eval` figures: the retrieval signals in use, overall and per language, then the misses.</summary>
internal static class KbEvalReport
{
    public static void Print(KbEvaluation evaluation, string predictions, string signals, bool json)
    {
        var rows = new[] { evaluation.Metrics(), evaluation.Metrics("zh"), evaluation.Metrics("en") };
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new { signals, metrics = rows }, NluCommand.Json));
            return;
        }
        static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
        static string P(double v) => v.ToString("0%", CultureInfo.InvariantCulture);
        Console.WriteLine($"{evaluation.Count} questions; predictions written to {predictions}");
        Console.WriteLine($"signals: {signals}");
        Console.WriteLine($"{"",-5} {"n",4} {"hit@1",6} {"hit@3",6} {"MRR",6} {"must-mention",13} {"unanswerable declined",22} {"answerable declined",20}");
        foreach (var m in rows)
            Console.WriteLine($"{m.Language,-5} {m.Questions,4} {F(m.HitAt1),6} {F(m.HitAt3),6} {F(m.Mrr),6} {F(m.MustMentionRecall),13} {$"{m.Declined}/{m.Unanswerable} {P(m.UnanswerableDeclinedShare)}",22} {$"{m.AnswerableDeclined}/{m.Answerable} {P(m.AnswerableDeclinedShare)}",20}");
        var misses = evaluation.Misses().ToList();
        if (misses.Count == 0) return;
        Console.WriteLine("misses:");
        foreach (var (question, grounded, rank) in misses)
        {
            var what = !question.Answerable ? "answered an unanswerable question" : !grounded ? "declined" : rank == 0 ? "not cited" : $"cited at rank {rank}";
            Console.WriteLine($"  {question.Id} ({question.Lang}) {what}: {question.Question}");
        }
    }
}
