using System.Text.RegularExpressions;
using SalesCoach.Skills.Nlu.Language;

namespace SalesCoach.Skills.Nlu.Classifier;

/// <summary>The language files' intent patterns, compiled once; each match is one classifier feature.</summary>
public sealed class PatternFeatures
{
    // Letter boundaries only where the match itself begins or ends with a Latin letter: "hit" is not in
    // "white", yet "目标" right after "revenue" ("revenue目标") still matches.
    private const string LatinStart = "(?:(?<![a-z])|(?![a-z]))";
    private const string LatinEnd = "(?:(?![a-z])|(?<![a-z]))";

    private static readonly Lazy<PatternFeatures> Shared = new(() => new PatternFeatures(LanguageData.Current));

    private readonly (string Feature, Regex Pattern)[] _patterns;

    public PatternFeatures(LanguageData data)
    {
        var list = new List<(string, Regex)>();
        foreach (var file in data.Files)
            foreach (var (intent, entry) in file.Intents)
                for (var i = 0; i < entry.Patterns.Count; i++)
                {
                    try
                    {
                        list.Add(($"x:{intent}:{file.Locale}:{i}", new Regex($"{LatinStart}(?:{entry.Patterns[i]}){LatinEnd}", PhrasePattern.Options)));
                    }
                    catch (ArgumentException ex)
                    {
                        throw new FormatException($"{file.Locale}.yml, {intent}, pattern {i + 1}: {ex.Message}", ex);
                    }
                }
        _patterns = [.. list];
    }

    public static PatternFeatures Instance => Shared.Value;

    public void AddMatches(string folded, ISet<string> features)
    {
        // No match timeout: a timeout would make a feature depend on how busy the machine is (the first match
        // of a compiled pattern includes its JIT), and the patterns are ours, with bounded gaps, on capped text.
        foreach (var (feature, pattern) in _patterns)
            if (pattern.IsMatch(folded)) features.Add(feature);
    }
}
