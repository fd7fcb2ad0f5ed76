namespace SalesCoach.Knowledge.Retrieval;

/// <summary>Reciprocal rank fusion: each ranking adds 1/(k + rank); robust to rankings whose scores are on different scales.</summary>
public static class ReciprocalRankFusion
{
    public const int K = 60;

    public static IReadOnlyList<(T Item, double Score)> Fuse<T>(params IReadOnlyList<T>[] rankings) where T : notnull =>
        Fuse(rankings.Select(r => (r, 1.0)).ToArray());

    /// <summary>Weighted: each ranking adds weight/(k + rank), so a ranking trusted less moves an item less.</summary>
    public static IReadOnlyList<(T Item, double Score)> Fuse<T>(params (IReadOnlyList<T> Ranking, double Weight)[] weighted) where T : notnull
    {
        var rankings = weighted.Select(w => w.Ranking).ToArray();
        var scores = new Dictionary<T, double>();
        foreach (var (ranking, weight) in weighted)
            for (var rank = 0; rank < ranking.Count; rank++)
                scores[ranking[rank]] = scores.GetValueOrDefault(ranking[rank]) + weight / (K + rank + 1);
        // Ties keep the first ranking's order (the lexical one): stable sort over first appearance.
        var order = rankings.SelectMany(r => r).Distinct().Select((item, i) => (item, i)).ToDictionary(x => x.item, x => x.i);
        return scores.OrderByDescending(s => s.Value).ThenBy(s => order[s.Key]).Select(s => (s.Key, s.Value)).ToList();
    }
}
