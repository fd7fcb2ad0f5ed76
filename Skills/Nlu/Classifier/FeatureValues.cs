namespace SalesCoach.Skills.Nlu.Classifier;

/// <summary>
/// How much each present feature counts: the text's n-grams and words share one unit of length (so a long
/// message does not outvote a short one), while a pattern or finder feature ("x:…", "p:…") counts fully
/// however long the text is: one precise match is as much evidence in a long sentence as in a short one.
/// </summary>
public static class FeatureValues
{
    /// <summary>A precise match counts as much as a short sentence's worth of n-grams twice over (1 to 3 made no difference in `nlu cv`; 2 kept the most of the earlier rules' tests).</summary>
    private const float WholeValue = 2f;

    public static bool IsWhole(string feature) => feature.StartsWith("x:", StringComparison.Ordinal) || feature.StartsWith("p:", StringComparison.Ordinal);

    /// <summary>Values for the features of one text, given which of them are whole.</summary>
    public static float[] Of(ReadOnlySpan<bool> whole)
    {
        var textual = 0;
        foreach (var w in whole) if (!w) textual++;
        var share = textual == 0 ? 0f : (float)(1.0 / Math.Sqrt(textual));
        var values = new float[whole.Length];
        for (var i = 0; i < whole.Length; i++) values[i] = whole[i] ? WholeValue : share;
        return values;
    }
}
