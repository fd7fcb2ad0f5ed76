using System.Text.RegularExpressions;
using SalesCoach.Knowledge.Retrieval;

namespace SalesCoach.Knowledge.Answers;

/// <summary>
/// When the evidence is too thin to answer: the best passage covers too little of what the question asks
/// (weighted by how specific each word is), or the question asks for a figure (a price, a rate, a duration,
/// a date) and the passage holds none. Calibrated on the development questions as a whole, not per question.
/// </summary>
public static partial class AnswerPolicy
{
    /// <summary>Below this share of the question's weight covered by the best passage, the bot declines.</summary>
    public const double MinCoverage = 0.20;

    public static bool ShouldAnswer(RetrievalResult retrieval)
    {
        // The lexical evidence decides: a vector ranking may reorder passages but never makes an uncovered question answerable.
        if ((retrieval.Lexical ?? retrieval.Best) is not { } best) return false;
        if (best.Coverage < MinCoverage) return false;
        return !retrieval.Plan.AsksForFigure || Figure().IsMatch(best.Passage.Text);
    }

    [GeneratedRegex(@"\d+(\.\d+)?\s*(%|％|元|万|亿|美元|个月|年|天|周|小时|percent|dollars|days|weeks|months|years)|[$¥€£]\s*\d")]
    private static partial Regex Figure();
}
