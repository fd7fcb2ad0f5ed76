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
    double MustMentionRecall);
