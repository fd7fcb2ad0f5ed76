using SalesCoach.Skills.Localization;

namespace SalesCoach.Skills.Training;

/// <summary>Punctuation between listed clauses and names: typography, not text, so it lives here rather than in the string files.</summary>
internal static class TrainingSeparators
{
    public static string Clause(string locale) => Locales.Normalize(locale) == Locales.Chinese ? "；" : "; ";

    public static string Names(string locale) => Locales.Normalize(locale) == Locales.Chinese ? "、" : ", ";
}
