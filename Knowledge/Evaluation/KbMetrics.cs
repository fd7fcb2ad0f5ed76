namespace SalesCoach.Knowledge.Evaluation;

/// <summary>The figures `kb eval` prints, for one language or all.</summary>
public sealed record KbMetrics(
    string Language,
    int Questions,
    int Answerable,
    double HitAt1,
    double HitAt3,
    double Mrr,
    double RefusalAccuracy,
    int Declined,
    int Unanswerable,
    double MustMentionRecall,
    int AnswerableDeclined)
{
    /// <summary>Share of the unanswerable questions that were declined (the right reply).</summary>
    public double UnanswerableDeclinedShare => Unanswerable == 0 ? 0 : (double)Declined / Unanswerable;

    /// <summary>Share of the answerable questions that were declined (a wrong reply).</summary>
    public double AnswerableDeclinedShare => Answerable == 0 ? 0 : (double)AnswerableDeclined / Answerable;
}
