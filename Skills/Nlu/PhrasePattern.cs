using System.Text.RegularExpressions;

namespace SalesCoach.Skills.Nlu;

/// <summary>
/// Builds the regex for a keyword phrase. Latin words get letter boundaries by look-around rather than
/// \b, because \b sees Chinese characters as word characters and would miss "本月revenue".
/// </summary>
public static class PhrasePattern
{
    public const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    public static Regex Build(string phrase) => new(Wrap(phrase), Options);

    public static string Wrap(string phrase)
    {
        var body = phrase.Replace(" ", @"\s+", StringComparison.Ordinal);
        var startsLatin = phrase.Length > 0 && char.IsAsciiLetter(phrase[0]);
        var endsLatin = phrase.Length > 0 && (char.IsAsciiLetter(phrase[^1]) || phrase.EndsWith('?') || phrase.EndsWith('*'));
        return (startsLatin ? "(?<![a-z])" : "") + "(?:" + body + ")" + (endsLatin ? "(?![a-z])" : "");
    }
}
