using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SalesCoach.Skills.Risk;

/// <summary>
/// Ratings said in words: "发生的概率不大，但一旦出事影响很严重" is likelihood 2, impact 5; "likely, moderate
/// impact" is 4 and 3; "高 中" / "high medium" gives likelihood first. Each clause is about the dimension its
/// cue words name (影响/impact, 概率/likelihood); unnamed levels fill likelihood, then impact. The words are
/// data (Resources/risk-ratings.json).
/// </summary>
public static partial class RiskRatingWords
{
    private sealed record Lexicon(IReadOnlyList<(string Phrase, int Level)> Levels, string[] Impact, string[] Likelihood);

    private static readonly Lexicon Words = Load();

    /// <summary>Dimension cues that are not level phrases themselves, longest first.</summary>
    private static readonly string[] Cues = [.. Words.Impact.Concat(Words.Likelihood)
        .Where(c => Words.Levels.All(l => l.Phrase != c)).Distinct().OrderByDescending(c => c.Length)];

    [GeneratedRegex(@"[,，;；。.!！?？、]|\s+(?:but|and|with|while)\s+|但是?|不过|可是|而且|然而|就是|只是")]
    private static partial Regex ClauseBreak();

    /// <summary>The message names a dimension (影响/impact, 概率/likelihood ...).</summary>
    public static bool NamesDimension(string text)
    {
        var folded = " " + text.Normalize(NormalizationForm.FormKC).ToLowerInvariant() + " ";
        return Words.Impact.Concat(Words.Likelihood).Any(w => Has(folded, w));
    }

    /// <summary>Both ratings when the words give both; null otherwise (the parser then asks again).</summary>
    public static (int Likelihood, int Impact)? Read(string text) => ReadParts(text) is ({ } l, { } i) ? (l, i) : null;

    /// <summary>
    /// What the words give of either rating ("发生的可能性挺大的" is likelihood 4 and no impact yet). A level that names no
    /// dimension fills likelihood first, or impact when the likelihood is already known (<paramref name="likelihoodKnown"/>).
    /// </summary>
    public static (int? Likelihood, int? Impact) ReadParts(string text, bool likelihoodKnown = false)
    {
        var folded = " " + text.Normalize(NormalizationForm.FormKC).ToLowerInvariant() + " ";
        int? likelihood = null, impact = null;
        var unnamed = new List<int>();
        foreach (var raw in ClauseBreak().Split(folded))
        {
            var clause = " " + raw.Trim() + " ";
            if (clause.Trim().Length == 0) continue;
            var levels = LevelsIn(clause);
            if (levels.Count == 0) continue;
            var aboutImpact = Words.Impact.Any(w => Has(clause, w));
            // "likely"/"可能" are both a level and a likelihood cue; an impact cue in the clause wins.
            var aboutLikelihood = !aboutImpact && Words.Likelihood.Any(w => Has(clause, w));
            if (aboutImpact && impact is null) impact = levels[0];
            else if (aboutLikelihood && likelihood is null) likelihood = levels[0];
            else unnamed.AddRange(levels);
        }
        foreach (var level in unnamed)
        {
            if (likelihood is null && !likelihoodKnown) likelihood = level;
            else if (impact is null) impact = level;
        }
        return (likelihood, impact);
    }

    /// <summary>The levels named in a clause, in order, each phrase counted once (longest phrases first).</summary>
    private static List<int> LevelsIn(string clause)
    {
        var found = new List<(int At, int Level)>();
        var used = new bool[clause.Length];
        // Cue words are not levels: "可能" inside "可能性" says which dimension, not "possible".
        foreach (var cue in Cues)
        {
            var from = 0;
            int at;
            while ((at = IndexOf(clause, cue, from)) >= 0)
            {
                for (var k = at; k < at + cue.Length; k++) used[k] = true;
                from = at + cue.Length;
            }
        }
        foreach (var (phrase, level) in Words.Levels)
        {
            var start = 0;
            int at;
            while ((at = IndexOf(clause, phrase, start)) >= 0)
            {
                start = at + phrase.Length;
                if (Enumerable.Range(at, phrase.Length).Any(k => used[k])) continue;
                for (var k = at; k < at + phrase.Length; k++) used[k] = true;
                found.Add((at, level));
            }
        }
        return [.. found.OrderBy(f => f.At).Select(f => f.Level)];
    }

    private static bool Has(string clause, string word) => IndexOf(clause, word, 0) >= 0;

    /// <summary>English words match whole words; Chinese ones anywhere.</summary>
    private static int IndexOf(string text, string phrase, int start)
    {
        var latin = phrase.Any(c => c is >= 'a' and <= 'z');
        while (true)
        {
            var at = text.IndexOf(phrase, start, StringComparison.Ordinal);
            if (at < 0 || !latin) return at;
            var before = at == 0 || !char.IsLetter(text[at - 1]);
            var after = at + phrase.Length >= text.Length || !char.IsLetter(text[at + phrase.Length]);
            if (before && after) return at;
            start = at + 1;
        }
    }

    private static Lexicon Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SalesCoach.Skills.Resources.risk-ratings.json")
            ?? throw new InvalidOperationException("risk-ratings.json is not embedded");
        using var json = JsonDocument.Parse(stream);
        var levels = new List<(string, int)>();
        foreach (var level in json.RootElement.GetProperty("levels").EnumerateObject())
            foreach (var phrase in level.Value.EnumerateArray())
                levels.Add((phrase.GetString()!.ToLowerInvariant(), int.Parse(level.Name, System.Globalization.CultureInfo.InvariantCulture)));
        string[] Read(string name) => [.. json.RootElement.GetProperty(name).EnumerateArray().Select(e => e.GetString()!.ToLowerInvariant())];
        return new Lexicon([.. levels.OrderByDescending(l => l.Item1.Length)], Read("impact"), Read("likelihood"));
    }
}
