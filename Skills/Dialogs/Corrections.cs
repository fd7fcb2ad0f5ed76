using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SalesCoach.Skills.Dialogs;

/// <summary>
/// What a correction says around its new value (Resources/dialog-acts.json): a hesitation before the cue ("hmm no,
/// 7 is better"), the alternative it rules out ("thursday not wednesday", "Sun Yong, not Sun Ming") and a comment
/// after it ("4pm works better", "orders instead"). Only the new value is re-read, so "wednesday" or "Sun Ming" is
/// not read again and "works better" is not taken for a request.
/// </summary>
internal static class Corrections
{
    private static readonly (string[] Hesitation, Regex Asides) Words = Load();

    public static string[] Hesitation => Words.Hesitation;

    /// <summary>"thursday not wednesday" → "thursday"; "4pm works better" → "4pm"; text with nothing to drop comes back as it is.</summary>
    public static string WithoutAsides(string text)
    {
        var rest = Words.Asides.Replace(text, " ").Trim(' ', ',', '，', '.', '。', '!', '！', ';', '；', '-', '—');
        return rest.Length > 0 ? Regex.Replace(rest, @"\s{2,}", " ") : text;
    }

    private static (string[], Regex) Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SalesCoach.Skills.Resources.dialog-acts.json")
            ?? throw new InvalidOperationException("dialog-acts.json is not embedded");
        using var json = JsonDocument.Parse(stream);
        string[] Read(string name) => [.. json.RootElement.GetProperty(name).EnumerateArray().Select(e => e.GetString()!.ToLowerInvariant()).OrderByDescending(p => p.Length)];
        static string Phrase(string p) => PhraseMatcher.IsLatin(p[0]) ? $@"(?<![A-Za-z']){Regex.Escape(p).Replace(@"\ ", @"\s+", StringComparison.Ordinal)}(?![A-Za-z])" : Regex.Escape(p);
        // "not X" runs to the next comma or the end; a comment at the end ("works better") only at the end.
        var not = string.Join('|', Read("correction_not").Select(Phrase));
        var tails = string.Join('|', Read("correction_tail").Select(Phrase));
        var asides = new Regex($@"[,，]?\s*(?:{not})\s+[^,，.。;；!！?？]+|(?:\s*(?:{tails}))+\s*[.!。！]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return (Read("hesitation"), asides);
    }
}
