using System.Text.RegularExpressions;

namespace SalesCoach.Skills.Nlu;

/// <summary>One explainable piece of evidence: when <see cref="Pattern"/> matches, <see cref="Intent"/> gains <see cref="Weight"/>.</summary>
// Letter look-arounds keep "hit" out of "white" while leaving Chinese next to Latin ("本月revenue") matchable.
public sealed record IntentFeature(string Intent, double Weight, Regex Pattern, string Source)
{
    public static IntentFeature Of(string intent, double weight, string pattern) =>
        new(intent, weight, new Regex($"(?<![a-z])(?:{pattern})(?![a-z])", PhrasePattern.Options), pattern);
}
