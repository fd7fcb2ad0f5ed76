using System.Text.RegularExpressions;

namespace SalesCoach.Skills.Nlu;

/// <summary>One explainable piece of evidence: when <see cref="Pattern"/> matches, <see cref="Intent"/> gains <see cref="Weight"/>.</summary>
public sealed record IntentFeature(string Intent, double Weight, Regex Pattern, string Source)
{
    // Letter boundaries only where the match itself begins or ends with a Latin letter: "hit" is not in
    // "white", yet "目标" right after "revenue" ("revenue目标") still matches.
    private const string LatinStart = "(?:(?<![a-z])|(?![a-z]))";
    private const string LatinEnd = "(?:(?![a-z])|(?<![a-z]))";

    public static IntentFeature Of(string intent, double weight, string pattern) =>
        new(intent, weight, new Regex($"{LatinStart}(?:{pattern}){LatinEnd}", PhrasePattern.Options), pattern);
}
